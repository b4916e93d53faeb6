package fi.ptvintegration.routes.store;

/** What a put, an update or a removal did. */
public enum StoreOutcome {
    /** A new record was stored (put). */
    CREATED,
    /** The record was replaced with a new version (update). */
    UPDATED,
    /** The same content was already stored; nothing changed. */
    UNCHANGED,
    /** A put for a code that holds different content, or a change of kind. */
    CONFLICT,
    /** An update or a removal for a code that is not stored. */
    NOT_FOUND,
    /** The record was marked removed (removal). */
    REMOVED,
    /**
     * A put or update for the code of a removed record: refused, the code stays taken (PTV keeps
     * an archived item's sourceId for ever); the record can only be restored.
     */
    CODE_RETIRED
}
