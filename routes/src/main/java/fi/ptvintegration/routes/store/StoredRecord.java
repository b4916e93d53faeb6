package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;

/**
 * A PAT record as the store holds it: its canonical JSON, that JSON's SHA-256, its version
 * (1 for the first), when it was created and last changed, and when Drupal said it is gone.
 *
 * @param removedAt when the record was marked removed (its PTV item is to be archived); null while it is live
 */
public record StoredRecord(
        RecordKind kind,
        String code,
        int version,
        String contentHash,
        String body,
        OffsetDateTime createdAt,
        OffsetDateTime changedAt,
        OffsetDateTime removedAt) {

    /** A live record. */
    public StoredRecord(RecordKind kind, String code, int version, String contentHash, String body, OffsetDateTime createdAt,
            OffsetDateTime changedAt) {
        this(kind, code, version, contentHash, body, createdAt, changedAt, null);
    }

    public boolean removed() {
        return removedAt != null;
    }
}
