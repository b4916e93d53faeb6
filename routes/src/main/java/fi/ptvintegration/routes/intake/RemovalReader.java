package fi.ptvintegration.routes.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads a removal call's body, {@code {"kind": "service", "code": "turku-uimahallit"}} (an
 * offering's {@code kind} may be left out), into a {@link Removal}, refusing what cannot be read
 * as {@link JsonObjectBody} does and a body without a known kind or a code, or with other fields
 * (422, naming the field).
 */
public class RemovalReader implements Processor {

    /** The exchange property the removal is handed on in. */
    public static final String REMOVAL = "ptvRemoval";

    /** Which record Drupal says is gone. */
    public record Removal(RecordKind kind, String code) {}

    private static final Set<String> FIELDS = Set.of("kind", "code");

    private final JsonObjectBody body;
    private final Set<RecordKind> acceptedKinds;
    private final RecordKind defaultKind;

    /**
     * @param defaultKind the kind when the body names none, or null when {@code kind} is required
     */
    public RemovalReader(int maxBodyBytes, Set<RecordKind> acceptedKinds, RecordKind defaultKind) {
        this.body = new JsonObjectBody(maxBodyBytes);
        this.acceptedKinds = Set.copyOf(acceptedKinds);
        this.defaultKind = defaultKind;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        ObjectNode object = body.read(exchange, "send {\"kind\": ..., \"code\": ...} of the record that is gone");
        List<Violation> violations = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                violations.add(new Violation(name, "unknown-field", "'" + name + "' is not a field of a removal (kind, code)"));
            }
        }
        RecordKind kind = kind(object.get("kind"), violations);
        JsonNode code = object.get("code");
        if (code == null || !code.isTextual() || code.asText().isBlank()) {
            violations.add(new Violation("code", "required", "the code of the record that is gone"));
        }
        if (!violations.isEmpty()) {
            throw new CallRefusal(422, "validation", "the removal cannot be read", violations);
        }
        exchange.setProperty(REMOVAL, new Removal(kind, code.asText()));
    }

    private RecordKind kind(JsonNode named, List<Violation> violations) {
        if (named == null || named.isNull()) {
            if (defaultKind == null) {
                violations.add(new Violation("kind", "required", "one of " + names() + " is needed"));
            }
            return defaultKind;
        }
        RecordKind kind = RecordKind.fromJsonName(named.asText()).filter(acceptedKinds::contains).orElse(null);
        if (kind == null) {
            violations.add(new Violation("kind", "one-of", "'" + named.asText() + "' is not one of " + names()));
        }
        return kind;
    }

    private String names() {
        return acceptedKinds.stream().map(RecordKind::jsonName).sorted().collect(Collectors.joining(", "));
    }
}
