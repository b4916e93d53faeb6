package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;

/**
 * A PAT record as PTV holds it after a successful push: sourceId, PTV id, publishing status,
 * and the stored version and content hash that were sent.
 */
public record PtvItem(
        String code,
        String sourceId,
        String ptvId,
        String publishingStatus,
        int sentVersion,
        String sentHash,
        OffsetDateTime sentAt) {}
