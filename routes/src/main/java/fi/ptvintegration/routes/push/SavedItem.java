package fi.ptvintegration.routes.push;

/** What PTV answered to a successful save: the item's PTV id and status, and the whole answer for the log. */
public record SavedItem(String ptvId, String publishingStatus, Object answer) {}
