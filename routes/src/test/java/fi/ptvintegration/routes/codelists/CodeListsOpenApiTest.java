package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.routes.apidocs.ApiDocsRouteBuilder;
import fi.ptvintegration.routes.intake.IntakeAnswer;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI contract against the code-list endpoint's code. */
class CodeListsOpenApiTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws Exception {
        try (InputStream in = CodeListsOpenApiTest.class.getResourceAsStream(ApiDocsRouteBuilder.DOCUMENT)) {
            document = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void everyParameterOfTheSearchIsDocumentedAndNothingElse() throws Exception {
        Method search = Arrays.stream(CodeListsResource.class.getMethods()).filter(m -> m.getName().equals("search")).findFirst()
                .orElseThrow();
        List<String> inCode = new ArrayList<>();
        for (Annotation[] annotations : search.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam q) {
                    inCode.add(q.value());
                } else if (annotation instanceof PathParam p) {
                    inCode.add(p.value());
                } else if (annotation instanceof HeaderParam h) {
                    inCode.add(h.value());
                }
            }
        }
        List<String> documented = new ArrayList<>();
        document.path("paths").path("/codelists/{list}").path("get").path("parameters").forEach(p -> documented.add(p.path("name").asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    void theDocumentedListsAreTheListsThereAre() {
        List<String> documented = new ArrayList<>();
        document.path("paths").path("/codelists/{list}").path("get").path("parameters").get(0).path("schema").path("enum")
                .forEach(n -> documented.add(n.asText()));

        assertThat(documented).containsExactlyElementsOf(Arrays.stream(PtvCodeList.values()).map(PtvCodeList::id).toList());
    }

    @Test
    void theAnswerSchemasHoldExactlyTheFieldsTheCodeSends() {
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(fieldNames(schemas.path("CodeListItem").path("properties"))).containsExactlyElementsOf(components(CodeListItem.class));
        assertThat(fieldNames(schemas.path("CodeListPage").path("properties"))).containsExactlyElementsOf(components(CodeListPage.class));
        assertThat(fieldNames(schemas.path("CodeListIndex").path("properties")))
                .containsExactlyElementsOf(components(CodeListStatusProcessor.Lists.class));
        assertThat(fieldNames(schemas.path("IntakeAnswer").path("properties"))).containsExactlyElementsOf(components(IntakeAnswer.class));
    }

    @Test
    void theSearchDocumentsCachingAndEveryRefusal() {
        JsonNode responses = document.path("paths").path("/codelists/{list}").path("get").path("responses");

        assertThat(fieldNames(responses)).contains("200", "304", "400", "401", "404");
        assertThat(fieldNames(responses.path("200").path("headers"))).contains("ETag", "Cache-Control");
    }
}
