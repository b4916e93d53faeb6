package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;

/**
 * A PAT record mapped to the body PTV takes, ready to create or update; made by
 * {@link PtvWriter#prepare}. Opaque outside the adapter that made it: only its JSON is shown,
 * for the integration log.
 */
public interface PtvRequest {

    RecordKind kind();

    String sourceId();

    /** The body as it would be sent to create the item. */
    String json();
}
