package fi.ptvintegration.ptv.simulator.v12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DVV's PTV API v12 beta document (OpenAPI 3.1.1, packed from {@code ptv-client/src/main/openapi})
 * as JSON Schema: validates a JSON value against one of its {@code components/schemas} with JSON
 * Schema 2020-12, OpenAPI 3.1's schema dialect ({@code com.networknt:json-schema-validator}),
 * formats ({@code uuid}, {@code email}, {@code uri}, {@code date}, {@code date-time}) asserted as
 * PTV would. The simulator uses it for v12 request bodies and to keep its own v12 answers true to
 * the document; the v12 mapper tests of ptv-client use it for every body they map.
 */
public final class V12Schemas {

    /** Where the document is on the class path. */
    public static final String DOCUMENT = "fi/ptvintegration/ptv/simulator/ptv-openapi-v12-beta.json";

    /** One place where a value breaks the schema: a JSON Pointer into the value, and why. */
    public record SchemaError(String path, String message) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile V12Schemas loaded;

    private final SchemaRegistry registry;
    private final Set<String> schemaNames;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private V12Schemas(SchemaRegistry registry, Set<String> schemaNames) {
        this.registry = registry;
        this.schemaNames = schemaNames;
    }

    /** The document read once per class loader. */
    public static V12Schemas load() {
        V12Schemas schemas = loaded;
        if (schemas == null) {
            synchronized (V12Schemas.class) {
                if (loaded == null) {
                    loaded = read();
                }
                schemas = loaded;
            }
        }
        return schemas;
    }

    private static V12Schemas read() {
        try (InputStream in = V12Schemas.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            JsonNode document = JSON.readTree(in);
            Set<String> names = new TreeSet<>();
            document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build();
            // Plain 2020-12: the document's discriminators name no mapping and use values other than
            // the schema names, which OpenAPI's discriminator rules would read as no match.
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config));
            return new V12Schemas(registry, Collections.unmodifiableSet(names));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    /** The names under {@code components/schemas}. */
    public Set<String> schemaNames() {
        return schemaNames;
    }

    /**
     * Where {@code value} breaks schema {@code schemaName}, in the order of the paths; empty when
     * it is valid. An error that repeats (a {@code oneOf} alternative naming the same place for
     * the same reason) is given once.
     *
     * @throws IllegalArgumentException for a name the document does not have
     */
    public List<SchemaError> validate(String schemaName, JsonNode value) {
        if (!schemaNames.contains(schemaName)) {
            throw new IllegalArgumentException("the v12 document has no schema '" + schemaName + "'");
        }
        Schema schema = schemas.computeIfAbsent(schemaName,
                name -> registry.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#/components/schemas/" + name)));
        Set<SchemaError> errors = new LinkedHashSet<>();
        for (Error error : schema.validate(value)) {
            String path = error.getInstanceLocation().toString();
            errors.add(new SchemaError(path.isEmpty() ? "/" : path, error.getMessage()));
        }
        List<SchemaError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(SchemaError::path));
        return sorted;
    }
}
