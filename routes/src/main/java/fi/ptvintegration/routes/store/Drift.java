package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Fields someone changed in PTV since this system last wrote or read the item ({@code ptv_drift}).
 *
 * @param detectedBy {@code push} (the check before a write) or {@code scan} (the scheduled scan)
 * @param ptvModified PTV's modification time of the item as read
 * @param outcome {@link #OPEN} or {@link #REFUSED} while it stands; {@link #OVERWRITTEN}, {@link #ACCEPTED} or
 *     {@link #REVERTED} once resolved
 * @param resolvedAt when a push wrote over it, an admin accepted it, or PTV no longer differed; null while it stands
 */
public record Drift(
        long id,
        String namespace,
        String code,
        String kind,
        String ptvId,
        OffsetDateTime detectedAt,
        String detectedBy,
        OffsetDateTime ptvModified,
        List<Change> changes,
        String outcome,
        OffsetDateTime resolvedAt) {

    public static final String OPEN = "open";
    public static final String REFUSED = "refused";
    public static final String OVERWRITTEN = "overwritten";
    public static final String ACCEPTED = "accepted";
    /** PTV holds again what this system last saw: the edit was undone there. */
    public static final String REVERTED = "reverted";

    /**
     * One field that differs: PTV's field path, its language when the path names one, what this
     * system last saw and what PTV holds now (null when added or removed).
     */
    public record Change(String path, String language, String type, String before, String after) {}
}
