package fi.ptvintegration.routes.ptv;

import java.util.Locale;

/**
 * What a push does when someone changed the item in PTV's editor since this system last wrote
 * or read it ({@code drift.policy} of {@code fi.ptvintegration.runtime}).
 */
public enum DriftPolicy {
    /** Push, and record the differences that were written over (the default). */
    REPORT,
    /** Do not push: answer 409 naming the fields edited in PTV, until an admin accepts the edits. */
    REFUSE,
    /** Push without reading PTV first and without a record. */
    OVERWRITE;

    public static DriftPolicy of(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("drift.policy must be report, refuse or overwrite, was '" + value + "'");
        }
    }
}
