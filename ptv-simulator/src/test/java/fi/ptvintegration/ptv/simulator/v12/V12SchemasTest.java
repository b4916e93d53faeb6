package fi.ptvintegration.ptv.simulator.v12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class V12SchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final V12Schemas schemas = V12Schemas.load();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void givenTheBetaDocument_whenLoaded_thenItsRequestSchemasAreThere() {
        assertThat(schemas.schemaNames()).hasSize(320)
                .contains("PostServiceRequest", "PutServiceRequest", "ServiceExternalIdRequest", "PostMainOrganizationRequest",
                        "PostSubOrganizationExternalIdReques", "PostEServiceChannelRequest", "PutWebPageChannelRequest",
                        "ConnectionRequest");
    }

    @Test
    void givenAConnectionOfTwoContentIds_whenValidated_thenNoErrors() throws Exception {
        JsonNode body = json("{\"serviceContentId\":\"0b8f5c36-3f0e-4a8e-9d1c-2a8f8b7c1d2e\","
                + "\"channelContentId\":\"6c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\"}");

        assertThat(schemas.validate("ConnectionRequest", body)).isEmpty();
    }

    @Test
    void givenAConnectionWithoutItsChannel_whenValidated_thenTheMissingPropertyIsNamed() throws Exception {
        JsonNode body = json("{\"serviceContentId\":\"0b8f5c36-3f0e-4a8e-9d1c-2a8f8b7c1d2e\"}");

        List<V12Schemas.SchemaError> errors = schemas.validate("ConnectionRequest", body);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("/");
            assertThat(error.message()).contains("channelContentId");
        });
    }

    @Test
    void givenAContentIdThatIsNoUuid_whenValidated_thenTheFormatIsAsserted() throws Exception {
        JsonNode body = json("{\"serviceContentId\":\"turku-uimahallit\",\"channelContentId\":\"6c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\"}");

        assertThat(schemas.validate("ConnectionRequest", body))
                .extracting(V12Schemas.SchemaError::path).containsExactly("/serviceContentId");
    }

    @Test
    void givenAPropertyAClosedSchemaDoesNotHave_whenValidated_thenItIsRefused() throws Exception {
        JsonNode body = json("{\"areaType\":\"WholeCountry\",\"publishingStatus\":\"Published\"}");

        assertThat(schemas.validate("WholeCountry", body)).isNotEmpty()
                .anySatisfy(error -> assertThat(error.message()).contains("publishingStatus"));
    }

    @Test
    void givenAnAreaOfNoKnownKind_whenValidatedAgainstTheOneOf_thenItIsRefused() throws Exception {
        assertThat(schemas.validate("AreaTypesRequest", json("{\"areaType\":\"WholeCountry\"}"))).isEmpty();
        assertThat(schemas.validate("AreaTypesRequest", json("{\"areaType\":\"Nationwide\"}"))).isNotEmpty();
    }

    @Test
    void givenANameTheDocumentDoesNotHave_whenValidated_thenItSaysSo() {
        assertThatThrownBy(() -> schemas.validate("V9VmOpenApiServiceIn", JSON.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V9VmOpenApiServiceIn");
    }
}
