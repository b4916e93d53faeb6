package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.validation.Violation;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ServiceMapperTest {

    private static final String ORG = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String OTHER = "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b";
    private final ServiceMapper mapper = new ServiceMapper();

    private V12Request mapped(Consumer<ObjectNode> edit) {
        return mapper.toV12((Service) V12Bodies.record("service", edit), "turku-turku-uimahallit",
                Map.of("turku-liikuntapalvelut", ORG, "turku-sivistys", OTHER));
    }

    private static JsonNode json(String text) throws Exception {
        return V12Bodies.JSON.readTree(text);
    }

    @Test
    void givenTheExample_whenMapped_thenEachLanguageCarriesItsTexts() throws Exception {
        JsonNode versions = json(mapped(t -> {}).json()).path("languageVersions");

        assertThat(versions.path("fi").path("name").asText()).isEqualTo("Uimahallit");
        assertThat(versions.path("sv").path("name").asText()).isEqualTo("Simhallar");
        assertThat(versions.path("en").path("name").asText()).isEqualTo("Swimming halls");
        assertThat(versions.path("sv").path("summary").asText()).isEqualTo("I Åbo simhallar kan du simma, basta och delta i vattengymnastik.");
        assertThat(versions.path("fi").path("description").asText()).startsWith("Uimahalleissa on altaita kuntouintiin");
        assertThat(versions.path("en").path("userInstructions").asText()).isEqualTo("Buy a ticket at the desk or online.");
        assertThat(versions.path("fi").path("freelyAssignedKeywords")).containsExactly(V12Bodies.JSON.getNodeFactory().textNode("uinti"));
        assertThat(versions.path("sv").path("freelyAssignedKeywords")).containsExactly(V12Bodies.JSON.getNodeFactory().textNode("simning"));
        assertThat(versions.path("en").path("conditions").isNull()).isTrue();
        assertThat(versions.path("en").path("voucher").path("voucherType").asText()).isEqualTo("NotUsed");
        assertThat(versions.path("fi").path("legislationLinks")).isEmpty();
    }

    @Test
    void givenTheExample_whenMapped_thenClassificationsOrganisationsAndIdentityAreV12s() throws Exception {
        V12Request request = mapped(t -> {});
        JsonNode body = json(request.json());

        assertThat(request.createSchema()).isEqualTo("ServiceExternalIdRequest");
        assertThat(body.path("externalId").asText()).isEqualTo("turku-turku-uimahallit");
        assertThat(json(request.updateJson()).has("externalId")).isFalse();
        assertThat(body.path("serviceType").asText()).isEqualTo("Service");
        assertThat(body.path("organizationContentId").asText()).isEqualTo(ORG);
        assertThat(body.path("chargeType").asText()).isEqualTo("Charged");
        assertThat(body.path("fundingType").asText()).isEqualTo("PubliclyFunded");
        assertThat(body.path("serviceLanguages")).as("the record's service languages, not its content languages")
                .isEqualTo(json("[\"fi\",\"sv\",\"en\",\"ru\"]"));
        assertThat(body.path("serviceClasses")).isEqualTo(json("[\"P27.1\"]"));
        assertThat(body.path("targetGroups")).isEqualTo(json("[\"KR1\"]"));
        assertThat(body.path("ontologyTerms")).isEqualTo(json("[\"http://www.yso.fi/onto/koko/p11070\"]"));
        assertThat(body.path("area")).isEqualTo(json("{\"areaType\":\"LimitedArea\",\"municipalities\":[\"853\"],\"regions\":[],\"wellbeingServicesCounties\":[]}"));
        assertThat(body.path("producers").path("selfProducedProducers").path("organizations")).isEqualTo(json("[\"" + ORG + "\"]"));
        assertThat(body.path("generalDescriptionContentId").isNull()).as("a nullable field is sent as null").isTrue();
    }

    @Test
    void givenAPermitWithTimeTextsAndProcuredProducers_whenMapped_thenV12sPermitFieldsCarryThem() throws Exception {
        V12Request request = mapped(t -> {
            t.put("type", "PermitOrObligation");
            t.putObject("processingTime").put("fi", "Kaksi viikkoa").put("sv", "Två veckor").put("en", "Two weeks");
            t.put("serviceVouchersInUse", true);
            ObjectNode procured = t.putArray("producers").addObject().put("provisionType", "ProcuredServices");
            procured.putArray("organizationCodes").add("turku-sivistys");
            procured.putObject("additionalInformation").put("fi", "Uimaseura ry");
        });
        JsonNode body = json(request.json());

        assertThat(body.path("serviceType").asText()).isEqualTo("PermitOrOtherObligation");
        assertThat(body.path("languageVersions").path("sv").path("processingTimeAdditionalInformation").asText()).isEqualTo("Två veckor");
        assertThat(body.path("languageVersions").path("fi").path("deadlineAdditionalInformation").isNull()).isTrue();
        assertThat(body.path("languageVersions").path("fi").path("voucher").path("voucherType").asText()).isEqualTo("WithAdditionalInformation");
        assertThat(body.path("producers").path("procuredProducers").path("organizations")).isEqualTo(json("[\"" + OTHER + "\"]"));
        assertThat(body.path("producers").path("procuredProducers").path("other").get(0).path("name").path("fi").asText()).isEqualTo("Uimaseura ry");
        assertThat(request.notCarried()).isEmpty();
    }

    @Test
    void givenATypeServiceWithTimeTexts_whenMapped_thenTheyAreListedAsNotCarried() {
        V12Request request = mapped(t -> t.putObject("deadline").put("fi", "31.1.").put("sv", "31.1.").put("en", "31 Jan"));

        assertThat(request.notCarried()).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("deadline", "v12-not-carried"));
    }

    @Test
    void givenNoTypeAndAKeywordLongerThanV12Takes_whenMapped_thenBothAreRefused() {
        assertThatThrownBy(() -> mapped(t -> {
            t.remove("type");
            t.put("generalDescriptionId", "9c7a6b5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
            t.putArray("keywords").addObject().put("language", "fi").put("value", "k".repeat(101));
        })).isInstanceOfSatisfying(V12Unmappable.class, e -> assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("type", "keywords[0].value"));
    }

    @Test
    void givenADescriptionPastV12sRenderedLength_whenMapped_thenRefused() {
        assertThatThrownBy(() -> mapped(t -> ((ObjectNode) t.get("description")).put("sv", "a".repeat(5001))))
                .isInstanceOfSatisfying(V12Unmappable.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("description.sv", "v12-max-length")));
    }
}
