package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;

/**
 * A PAT record as the store holds it: its canonical JSON, that JSON's SHA-256, its version
 * (1 for the first) and when it was created and last changed.
 */
public record StoredRecord(
        RecordKind kind,
        String code,
        int version,
        String contentHash,
        String body,
        OffsetDateTime createdAt,
        OffsetDateTime changedAt) {}
