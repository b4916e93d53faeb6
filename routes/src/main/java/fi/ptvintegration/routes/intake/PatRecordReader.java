package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.core.JsonLocation;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Reads the body of an intake call into a {@link PatRecord}, refusing what cannot be read with
 * an answer Drupal can act on: a content type other than JSON (415), a body over the configured
 * limit (413, read no further than the limit), malformed JSON (400, with line and column), and
 * JSON of the wrong shape (422: unknown field, wrong kind for this endpoint, a value of the
 * wrong type, each with its field path).
 */
public class PatRecordReader implements Processor {

    private static final ObjectMapper JSON = PatJson.mapper();

    private final int maxBodyBytes;
    private final Set<RecordKind> acceptedKinds;
    private final RecordKind defaultKind;
    private final String otherEndpointHint;

    /**
     * @param acceptedKinds the kinds this endpoint takes
     * @param defaultKind the kind when the body names none, or null when {@code kind} is required
     * @param otherEndpointHint said when a body has a kind this endpoint does not take
     */
    public PatRecordReader(int maxBodyBytes, Set<RecordKind> acceptedKinds, RecordKind defaultKind, String otherEndpointHint) {
        this.maxBodyBytes = maxBodyBytes;
        this.acceptedKinds = Set.copyOf(acceptedKinds);
        this.defaultKind = defaultKind;
        this.otherEndpointHint = otherEndpointHint;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        requireJson(message.getHeader(Exchange.CONTENT_TYPE, String.class));
        Long declaredLength = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declaredLength != null && declaredLength > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] body = readAtMost(message.getBody(InputStream.class));
        String text = new String(body, StandardCharsets.UTF_8);
        exchange.setProperty(ExchangeKeys.RAW_BODY, text);
        if (text.isBlank()) {
            throw new CallRefusal(400, "empty-body", "the body is empty: send one PAT record as a JSON object");
        }

        JsonNode tree = parse(body);
        if (!(tree instanceof ObjectNode object)) {
            throw new CallRefusal(422, "validation", "the body must be one JSON object",
                    List.of(new Violation("", "type", "expected a JSON object, got " + tree.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        checkKind(object);
        PatRecord record = bind(object);
        exchange.setProperty(ExchangeKeys.RECORD, record);
        message.setBody(record);
    }

    private void requireJson(String contentType) {
        if (contentType == null) {
            throw unsupported("no Content-Type: send application/json");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw unsupported("Content-Type '" + parts[0].strip() + "' is not accepted: send application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                throw unsupported("charset '" + parameter.substring(8) + "' is not accepted: send UTF-8");
            }
        }
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBodyBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new CallRefusal(400, "malformed-json", "the body holds no JSON value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CallRefusal(400, "malformed-json", "malformed JSON" + where + ": " + Texts.firstLine(e.getOriginalMessage(), 300));
        } catch (IOException e) {
            throw new CallRefusal(400, "malformed-json", "the body could not be read as JSON: " + Texts.firstLine(e.getMessage(), 300));
        }
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


    private CallRefusal tooLarge() {
        return new CallRefusal(413, "body-too-large", "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static CallRefusal unsupported(String message) {
        return new CallRefusal(415, "unsupported-media-type", message);
    }
}
