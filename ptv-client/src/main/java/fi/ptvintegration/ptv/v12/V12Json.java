package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.v12.generated.invoker.ApiClient;

/**
 * The JSON form of v12 bodies and answers. Required properties are always written, {@code null}
 * included (the generated models mark them, and v12 wants every field of a body, nullable ones as
 * {@code null}); optional ones only when set. Unknown properties in PTV's answers are ignored (the
 * read models are beta and may grow).
 */
final class V12Json {

    static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private V12Json() {}

    static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a v12 model could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
