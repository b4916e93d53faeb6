package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Texts;
import fi.ptvintegration.routes.http.CallRefusal;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads the body of an intake call into a {@link PatRecord}, refusing what cannot be read with
 * an answer Drupal can act on: what {@link JsonObjectBody} refuses (content type, size, malformed
 * JSON), and JSON of the wrong shape (422: unknown field, wrong kind for this endpoint, a value
 * of the wrong type, each with its field path).
 */
public class PatRecordReader implements Processor {

    private static final ObjectMapper JSON = PatJson.mapper();

    private final JsonObjectBody body;
    private final Set<RecordKind> acceptedKinds;
    private final RecordKind defaultKind;
    private final String otherEndpointHint;

    /**
     * @param acceptedKinds the kinds this endpoint takes
     * @param defaultKind the kind when the body names none, or null when {@code kind} is required
     * @param otherEndpointHint said when a body has a kind this endpoint does not take
     */
    public PatRecordReader(int maxBodyBytes, Set<RecordKind> acceptedKinds, RecordKind defaultKind, String otherEndpointHint) {
        this.body = new JsonObjectBody(maxBodyBytes);
        this.acceptedKinds = Set.copyOf(acceptedKinds);
        this.defaultKind = defaultKind;
        this.otherEndpointHint = otherEndpointHint;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        ObjectNode object = body.read(exchange, "send one PAT record as a JSON object");
        checkKind(object);
        PatRecord record = bind(object);
        exchange.setProperty(ExchangeKeys.RECORD, record);
        exchange.getMessage().setBody(record);
    }

    private void checkKind(ObjectNode object) {
        JsonNode kind = object.get("kind");
        if (kind == null || kind.isNull()) {
            if (defaultKind == null) {
                throw new CallRefusal(422, "validation", "say which kind of record this is",
                        List.of(new Violation("kind", "required", "one of " + names(acceptedKinds) + " is needed")));
            }
            object.put("kind", defaultKind.jsonName());
            return;
        }
        RecordKind named = RecordKind.fromJsonName(kind.asText()).orElse(null);
        if (named == null || !acceptedKinds.contains(named)) {
            String hint = named == null ? "" : " " + otherEndpointHint;
            throw new CallRefusal(422, "validation", "this endpoint does not take kind '" + kind.asText() + "'" + hint,
                    List.of(new Violation("kind", "one-of", "'" + kind.asText() + "' is not one of " + names(acceptedKinds) + hint)));
        }
    }

    private static PatRecord bind(ObjectNode object) {
        try {
            return JSON.treeToValue(object, PatRecord.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CallRefusal(422, "validation", "the record has a field the contract does not know",
                    List.of(new Violation(path(e), "unknown-field", "'" + e.getPropertyName() + "' is not a field of this kind")));
        } catch (JsonMappingException e) {
            throw new CallRefusal(422, "validation", "a value has the wrong type or form",
                    List.of(new Violation(path(e), "type", Texts.firstLine(e.getOriginalMessage(), 300))));
        } catch (JsonProcessingException e) {
            throw new CallRefusal(400, "malformed-json", "the body could not be read: " + Texts.firstLine(e.getOriginalMessage(), 300));
        }
    }

    /** Jackson's reference path as a PAT field path: {@code addresses[0].postalCode}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String names(Set<RecordKind> kinds) {
        return kinds.stream().map(RecordKind::jsonName).sorted().collect(Collectors.joining(", "));
    }


}
