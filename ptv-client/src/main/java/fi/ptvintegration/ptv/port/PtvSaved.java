package fi.ptvintegration.ptv.port;

/**
 * PTV's answer to a successful create, update or status change: the item's PTV id and
 * publishing status, PTV's copy of the item as a {@link PtvItemView} (what PTV holds right after
 * this system wrote it; null when the answer could not be read into one), and the call.
 */
public record PtvSaved(String ptvId, String publishingStatus, PtvItemView item, PtvCall call) {}
