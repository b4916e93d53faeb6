package fi.ptvintegration.routes.store;

/**
 * The outcome of a put or update and the record as stored afterwards (for CONFLICT, the record
 * that is already there; for NOT_FOUND, null).
 */
public record StoreResult(StoreOutcome outcome, StoredRecord record) {}
