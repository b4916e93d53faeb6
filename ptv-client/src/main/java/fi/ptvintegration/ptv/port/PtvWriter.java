package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.ServiceOffering;
import java.util.List;
import java.util.Set;

/**
 * PTV's write side as this system uses it, the same for every API version: map a PAT record to
 * the body PTV takes, create it, update it (the whole object, clearing the lists the PAT model
 * owns), archive it and publish an archived one again, and set a service's connections as a
 * whole set. Every failure of a call is a {@link PtvApiException} that carries the call and what
 * PTV's answer means; a version that cannot write at all answers {@link PtvWritesUnavailable}
 * without calling PTV.
 */
public interface PtvWriter {

    /**
     * Maps the record (not an offering) to PTV's body for its kind. Pure: the referred records
     * are already resolved in {@code references}.
     *
     * @throws PtvUnmappable when the configured API version cannot take the record as it is
     */
    PtvRequest prepare(PatRecord record, String sourceId, PtvReferences references);

    PtvSaved create(PtvRequest request) throws PtvApiException;

    /** Updates with the whole object; PTV keeps nothing of the PAT-owned fields that the body leaves empty. */
    PtvSaved update(PtvRequest request, PtvTarget target) throws PtvApiException;

    /**
     * Archives the item: PTV keeps it, and its sourceId for ever, but stops publishing it; reads
     * of it answer 404 from then on. PTV allows it from Published (and from Deleted, which
     * changes nothing), not from Draft, and refuses an organisation that services, channels or
     * users still belong to. {@code request} is the item as last stored: v11 archives with the
     * update of the whole object and {@code publishingStatus} Deleted, validating the body as
     * for any update and then ignoring its content.
     */
    PtvSaved archive(PtvRequest request, PtvTarget target) throws PtvApiException;

    /**
     * Publishes an archived item again, with the content of {@code request} (v11: the update of
     * the whole object with {@code publishingStatus} Published, which PTV allows from Deleted).
     */
    PtvSaved restore(PtvRequest request, PtvTarget target) throws PtvApiException;

    /**
     * Sets the service's connections to exactly these offerings (PTV removes the ones left out);
     * {@code channels} holds the PTV id of every offering's channel.
     */
    PtvResult<Void> replaceConnections(String serviceId, List<ServiceOffering> offerings, PtvReferences channels)
            throws PtvApiException;

    /** The PTV ids of the channels PTV holds as the service's connections now. */
    PtvResult<Set<String>> connectedChannels(String serviceId) throws PtvApiException;
}
