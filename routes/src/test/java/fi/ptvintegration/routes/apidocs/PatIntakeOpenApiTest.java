package fi.ptvintegration.routes.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.model.WebPageChannel;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the published contract and the code in step: a field or example that drifts fails here. */
class PatIntakeOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode document;

    private static final Map<String, Class<?>> SCHEMAS = Map.of(
            "Organization", Organization.class,
            "Service", Service.class,
            "EChannel", EChannel.class,
            "PhoneChannel", PhoneChannel.class,
            "ServiceLocationChannel", ServiceLocationChannel.class,
            "PrintableFormChannel", PrintableFormChannel.class,
            "WebPageChannel", WebPageChannel.class,
            "ServiceOffering", ServiceOffering.class);

    @BeforeAll
    static void readDocument() throws Exception {
        try (InputStream in = PatIntakeOpenApiTest.class.getResourceAsStream(ApiDocsRouteBuilder.DOCUMENT)) {
            document = JSON.readTree(in);
        }
    }

    @Test
    void everyRecordFieldIsDescribedAndNothingElse() {
        SCHEMAS.forEach((schema, type) -> {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            JsonNode properties = document.path("components").path("schemas").path(schema).path("properties");
            List<String> described = new java.util.ArrayList<>();
            properties.fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of schema %s", schema).containsExactlyInAnyOrderElementsOf(fields);
        });
    }

    @Test
    void everySchemaCarriesTheShippedExampleOfItsKind() throws Exception {
        for (String schema : SCHEMAS.keySet()) {
            JsonNode example = document.path("components").path("schemas").path(schema).path("example");
            String kind = example.path("kind").asText();
            try (InputStream in = PatJson.class.getResourceAsStream("/fi/ptvintegration/pat/examples/" + kind + ".json")) {
                assertThat(example).as("example of %s", schema).isEqualTo(JSON.readTree(in));
            }
        }
    }

    @Test
    void everyIntakeEndpointTakesPostAndPutAndDocumentsItsErrors() {
        for (String path : List.of("/yleiset/put", "/yleiset/update", "/palvelukanava/putPalvelutarjous",
                "/palvelukanava/updatePalvelutarjous")) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = document.path("paths").path(path).path(method);
                assertThat(operation.isMissingNode()).as("%s %s", method, path).isFalse();
                List<String> statuses = new java.util.ArrayList<>();
                operation.path("responses").fieldNames().forEachRemaining(statuses::add);
                assertThat(statuses).as("answers of %s %s", method, path).contains("400", "401", "413", "415", "422");
            }
        }
    }

    @Test
    void theRemovalCallAndTheStatusAnswerAreDocumentedFieldForField() {
        Map<String, Class<?>> answers = Map.of(
                "Removal", fi.ptvintegration.routes.intake.RemovalReader.Removal.class,
                "RemovalAnswer", fi.ptvintegration.routes.intake.RemovalAnswer.class,
                "ItemStatus", fi.ptvintegration.routes.status.ItemStatus.class);
        answers.forEach((schema, type) -> {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> described = new java.util.ArrayList<>();
            document.path("components").path("schemas").path(schema).path("properties").fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of schema %s", schema).containsExactlyInAnyOrderElementsOf(fields);
        });
        for (String path : List.of("/yleiset/remove", "/palvelukanava/removePalvelutarjous")) {
            for (String method : List.of("post", "put")) {
                List<String> statuses = new java.util.ArrayList<>();
                document.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(statuses::add);
                assertThat(statuses).as("answers of %s %s", method, path).contains("200", "404", "409", "422");
            }
        }
        for (String path : List.of("/ptv/{kind}/status/{code}", "/ptv/servicechannel/{kind}/status/{code}")) {
            assertThat(document.path("paths").path(path).path("get").path("responses").path("200").path("content")
                    .path("application/json").path("schema").path("$ref").asText()).as(path).isEqualTo("#/components/schemas/ItemStatus");
        }
    }
}
