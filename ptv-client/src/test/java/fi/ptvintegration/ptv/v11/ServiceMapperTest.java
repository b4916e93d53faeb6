package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ServiceMapperTest {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String ORG = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String OTHER = "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b";

    private final ServiceMapper mapper = new ServiceMapper();

    private static Service example(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = JSON.valueToTree(PatJson.example("service"));
        edit.accept(tree);
        return (Service) JSON.treeToValue(tree, PatRecord.class);
    }

    private V9VmOpenApiServiceIn mapped() throws Exception {
        return mapper.toPtv(example(t -> {}), "turku-turku-uimahallit", Map.of("turku-liikuntapalvelut", ORG));
    }

    @Test
    void identityClassificationAndFunding() throws Exception {
        V9VmOpenApiServiceIn ptv = mapped();

        assertThat(ptv.getSourceId()).isEqualTo("turku-turku-uimahallit");
        assertThat(ptv.getPublishingStatus()).isEqualTo("Published");
        assertThat(ptv.getType()).isEqualTo("Service");
        assertThat(ptv.getFundingType()).isEqualTo("PubliclyFunded");
        assertThat(ptv.getServiceChargeType()).isEqualTo("Chargeable");
        assertThat(ptv.getGeneralDescriptionId()).isNull();
        assertThat(ptv.getLanguages()).as("the service languages, which may go beyond the content languages")
                .containsExactly("fi", "sv", "en", "ru");
        assertThat(ptv.getMainResponsibleOrganization()).isEqualTo(ORG);
        assertThat(ptv.getServiceClasses()).containsExactly("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1");
        assertThat(ptv.getOntologyTerms()).containsExactly("http://www.yso.fi/onto/koko/p10415");
        assertThat(ptv.getTargetGroups()).containsExactly("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1");
        assertThat(ptv.getServiceVouchersInUse()).isFalse();
    }

    @Test
    void namesInEveryLanguage() throws Exception {
        assertThat(mapped().getServiceNames())
                .extracting(VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getValue)
                .containsExactly(tuple("fi", "Name", "Uimahallit"), tuple("sv", "Name", "Simhallar"), tuple("en", "Name", "Swimming halls"));
    }

    @Test
    void descriptionsByPtvType() throws Exception {
        V9VmOpenApiServiceIn ptv = mapper.toPtv(example(t -> {
            t.putObject("deadline").put("fi", "Ei määräaikaa");
            t.putObject("processingTime").put("fi", "Heti");
            t.putObject("validityTime").put("fi", "Vuoden");
            t.putObject("chargeTypeAdditionalInfo").put("fi", "Katso hinnasto");
        }), "s", Map.of("turku-liikuntapalvelut", ORG));

        assertThat(ptv.getServiceDescriptions()).extracting(VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getLanguage)
                .containsExactly(
                        tuple("Summary", "fi"), tuple("Summary", "sv"), tuple("Summary", "en"),
                        tuple("Description", "fi"), tuple("Description", "sv"), tuple("Description", "en"),
                        tuple("UserInstruction", "fi"), tuple("UserInstruction", "sv"), tuple("UserInstruction", "en"),
                        tuple("ChargeTypeAdditionalInfo", "fi"), tuple("DeadLine", "fi"), tuple("ProcessingTime", "fi"),
                        tuple("ValidityTime", "fi"));
        assertThat(ptv.getServiceDescriptions().get(1).getValue()).startsWith("I Åbo simhallar");
    }

    @Test
    void keywordsRequirementsAndAreas() throws Exception {
        V9VmOpenApiServiceIn ptv = mapper.toPtv(example(t -> t.putObject("requirements").put("fi", "Uimataito").put("sv", "Simkunnighet")),
                "s", Map.of("turku-liikuntapalvelut", ORG));

        assertThat(ptv.getKeywords()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                .containsExactly(tuple("fi", "uinti"), tuple("sv", "simning"), tuple("en", "swimming"));
        assertThat(ptv.getRequirements()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("Uimataito", "Simkunnighet");
        assertThat(ptv.getAreaType()).isEqualTo("LimitedType");
        assertThat(ptv.getAreas()).singleElement().satisfies(area -> {
            assertThat(area.getType()).isEqualTo("Municipality");
            assertThat(area.getAreaCodes()).containsExactly("853");
        });
    }

    @Test
    void producersAndOtherResponsibleOrganisationsByPtvId() throws Exception {
        V9VmOpenApiServiceIn ptv = mapper.toPtv(example(t -> {
            t.putArray("otherResponsibleOrganizationCodes").add("turku-sivistys");
            ((ObjectNode) t.get("producers").get(0)).putObject("additionalInformation").put("fi", "Omana työnä");
        }), "s", Map.of("turku-liikuntapalvelut", ORG, "turku-sivistys", OTHER));

        assertThat(ptv.getOtherResponsibleOrganizations()).containsExactly(UUID.fromString(OTHER));
        assertThat(ptv.getServiceProducers()).singleElement().satisfies(producer -> {
            assertThat(producer.getProvisionType()).isEqualTo("SelfProducedServices");
            assertThat(producer.getOrganizations()).containsExactly(UUID.fromString(ORG));
            assertThat(producer.getAdditionalInformation()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("Omana työnä");
        });
    }
}
