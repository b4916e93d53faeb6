package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;

/**
 * What to look for in the integration log; every field is optional and null means "any".
 *
 * @param code the PAT code the calls were about
 * @param correlationId one call from Drupal and the PTV calls it made
 * @param outcome e.g. created, refused-validation, ptv-400
 * @param direction IN (calls from Drupal) or OUT (calls to PTV)
 * @param from first moment, inclusive
 * @param to last moment, exclusive
 * @param limit most entries to return, newest first (1-1000)
 */
public record IntegrationLogQuery(
        String code, String correlationId, String outcome, String direction, OffsetDateTime from, OffsetDateTime to, int limit) {

    public static final int MAX_LIMIT = 1000;

    public IntegrationLogQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
