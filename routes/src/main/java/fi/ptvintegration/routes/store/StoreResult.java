package fi.ptvintegration.routes.store;

/**
 * The outcome of a put, update or removal and the record as stored afterwards (for CONFLICT and
 * CODE_RETIRED, the record that is already there; for NOT_FOUND, null).
 */
public record StoreResult(StoreOutcome outcome, StoredRecord record) {}
