package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import java.sql.SQLException;

/**
 * What differs per kind when a record is pushed: how it maps to PTV's IN model (with the PTV ids
 * of the records it refers to), and which PTV operations create and update it. Everything else
 * (sourceId, the id map, logging, PTV's errors, the answer) is {@code PtvPushProcessor}'s.
 */
public interface PtvItemPusher {

    RecordKind kind();

    /** PTV's path for the kind after {@code /api/vNN/}: {@code Organization}, {@code ServiceChannel/Phone}... */
    String ptvPath();

    /** The PTV IN model (for create) of the record. */
    Object toPtv(PatRecord record, String sourceId, PtvIdLookup references) throws SQLException;

    SavedItem create(PtvClient client, Object body) throws PtvApiException;

    /**
     * Updates with the whole object, clearing every empty list with its {@code deleteAll*} flag;
     * by PTV id when known, else by sourceId.
     */
    SavedItem update(PtvClient client, String ptvId, String sourceId, Object body) throws PtvApiException;
}
