package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.port.PtvRequest;
import java.util.List;

/**
 * A PAT record mapped to PTV API v12's request bodies: the body that creates the item (with the
 * {@code externalId} where v12 has one) and the one that updates it, each with the name of the
 * schema of DVV's beta document it answers to, and the PAT fields the bodies leave out because
 * the beta document has no place for them.
 *
 * @param createSchema the {@code components/schemas} name the create body validates against
 * @param updateSchema the same for the update body (v12's {@code Put*} schemas have no {@code externalId})
 * @param notCarried PAT fields with content that v12 bodies cannot carry yet, rule {@code v12-not-carried}
 */
public record V12Request(
        RecordKind kind,
        String sourceId,
        String createSchema,
        Object createBody,
        String updateSchema,
        Object updateBody,
        List<Violation> notCarried) implements PtvRequest {

    public V12Request {
        notCarried = List.copyOf(notCarried);
    }

    @Override
    public String json() {
        return V12Json.write(createBody);
    }

    /** The update body as JSON. */
    public String updateJson() {
        return V12Json.write(updateBody);
    }
}
