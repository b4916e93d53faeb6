package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads the body of an intake call as one JSON object, refusing what cannot be read with an
 * answer Drupal can act on: a content type other than JSON (415), a body over the configured
 * limit (413, read no further than the limit), an empty body (400), malformed JSON (400, with
 * line and column), and JSON that is not an object (422). Keeps the raw body for the
 * integration log. Shared by the record readers and the removal reader.
 */
final class JsonObjectBody {

    private static final ObjectMapper JSON = PatJson.mapper();

    private final int maxBodyBytes;

    JsonObjectBody(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * @param what what the body must hold, for the refusal of an empty one: "send one PAT record as a JSON object"
     */
    ObjectNode read(Exchange exchange, String what) throws IOException {
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
            throw new CallRefusal(400, "empty-body", "the body is empty: " + what);
        }
        JsonNode tree = parse(body);
        if (!(tree instanceof ObjectNode object)) {
            throw new CallRefusal(422, "validation", "the body must be one JSON object",
                    List.of(new Violation("", "type", "expected a JSON object, got " + tree.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        return object;
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



    private CallRefusal tooLarge() {
        return new CallRefusal(413, "body-too-large", "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static CallRefusal unsupported(String message) {
        return new CallRefusal(415, "unsupported-media-type", message);
    }
}
