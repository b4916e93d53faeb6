package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON form of PAT records, one configuration for intake, the store and tests: unknown
 * properties, duplicate keys and anything after the JSON value are refused (a misspelt or
 * repeated field must not vanish or be guessed at), dates are ISO strings, and empty
 * values are left out when writing so that the stored form and its hash do not depend on how
 * Drupal spelled "nothing".
 */
public final class PatJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "{...} trailing" and {"code":"a","code":"b"} are ambiguous: refuse them, do not guess.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private PatJson() {}

    /** Thread-safe; do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads one of the example records shipped with this bundle, e.g. {@code service}. */
    public static PatRecord example(String kind) {
        try (InputStream in = PatJson.class.getResourceAsStream("/fi/ptvintegration/pat/examples/" + kind + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example for kind '" + kind + "'");
            }
            return MAPPER.readValue(in, PatRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
