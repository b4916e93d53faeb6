package fi.ptvintegration.routes.store;

/** What a put or an update did. */
public enum StoreOutcome {
    /** A new record was stored (put). */
    CREATED,
    /** The record was replaced with a new version (update). */
    UPDATED,
    /** The same content was already stored; nothing changed. */
    UNCHANGED,
    /** A put for a code that holds different content, or a change of kind. */
    CONFLICT,
    /** An update for a code that is not stored. */
    NOT_FOUND
}
