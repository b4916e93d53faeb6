package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.ptv.port.PtvApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * PTV API v12's errors (RFC 7807 problem details, {@code errors[{path, message}]} on a 400) as the
 * port's field errors. v12 names fields in its own terms; until the write paths exist there is
 * no body to name them from, so PTV's path is kept as both the PAT and the PTV name.
 */
final class V12Problems {

    private V12Problems() {}

    static List<PtvApiException.FieldError> fieldErrors(String body) {
        List<PtvApiException.FieldError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return errors;
        }
        try {
            JsonNode problem = V12Json.MAPPER.readTree(body);
            for (JsonNode error : problem.path("errors")) {
                String path = error.path("path").asText("");
                errors.add(new PtvApiException.FieldError(path, path, error.path("message").asText("")));
            }
        } catch (java.io.IOException notJson) {
            return errors;
        }
        return errors;
    }
}
