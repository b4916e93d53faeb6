package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiEmail;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiPhone;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiAddressIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiWebPage;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiNameTypeByLanguage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String PARENT = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";

    private final OrganizationMapper mapper = new OrganizationMapper();

    private static Organization example(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = JSON.valueToTree(PatJson.example("organization"));
        edit.accept(tree);
        return (Organization) JSON.treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);
    }

    private V9VmOpenApiOrganizationIn mapped() throws Exception {
        return mapper.toPtv(example(tree -> {}), "turku-turku-liikuntapalvelut", PARENT);
    }

    @Test
    void identityFieldsAndStatus() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapped();

        assertThat(ptv.getSourceId()).isEqualTo("turku-turku-liikuntapalvelut");
        assertThat(ptv.getOrganizationType()).isEqualTo("Municipality");
        assertThat(ptv.getPublishingStatus()).isEqualTo("Published");
        assertThat(ptv.getBusinessCode()).isEqualTo("0204819-8");
        assertThat(ptv.getMunicipality()).isEqualTo("853");
        assertThat(ptv.getParentOrganizationId()).isEqualTo(PARENT);
        assertThat(ptv.getOid()).isNull();
    }

    @Test
    void namesInFinnishSwedishAndEnglishWithADisplayTypePerLanguage() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapped();

        assertThat(ptv.getOrganizationNames())
                .extracting(VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getValue)
                .containsExactly(
                        tuple("fi", "Name", "Turun kaupunki, liikuntapalvelut"),
                        tuple("sv", "Name", "Åbo stad, idrottstjänster"),
                        tuple("en", "Name", "City of Turku, Sports Services"));
        assertThat(ptv.getDisplayNameType())
                .extracting(VmOpenApiNameTypeByLanguage::getLanguage, VmOpenApiNameTypeByLanguage::getType)
                .containsExactly(tuple("fi", "Name"), tuple("sv", "Name"), tuple("en", "Name"));
    }

    @Test
    void alternativeNamesAndTheirDisplayType() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapper.toPtv(example(tree -> {
            tree.putObject("alternativeNames").put("fi", "Liikunta").put("sv", "Idrott").put("en", "Sports");
            tree.put("displayNameType", "AlternativeName");
        }), "s", null);

        assertThat(ptv.getOrganizationNames()).filteredOn(n -> n.getType().equals("AlternativeName"))
                .extracting(VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getValue)
                .containsExactly(tuple("fi", "Liikunta"), tuple("sv", "Idrott"), tuple("en", "Sports"));
        assertThat(ptv.getDisplayNameType()).extracting(VmOpenApiNameTypeByLanguage::getType).containsOnly("AlternativeName");
    }

    @Test
    void summaryAndDescriptionInEveryLanguage() throws Exception {
        assertThat(mapped().getOrganizationDescriptions())
                .extracting(VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getLanguage)
                .containsExactly(tuple("Summary", "fi"), tuple("Summary", "sv"), tuple("Summary", "en"),
                        tuple("Description", "fi"), tuple("Description", "sv"), tuple("Description", "en"));
        assertThat(mapped().getOrganizationDescriptions().get(1).getValue()).startsWith("Åbo stads idrottstjänster");
    }

    @Test
    void aLimitedAreaBecomesSubAreaTypeAndCodes() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapped();

        assertThat(ptv.getAreaType()).isEqualTo("LimitedType");
        assertThat(ptv.getSubAreaType()).isEqualTo("Municipality");
        assertThat(ptv.getAreas()).containsExactly("853");
    }

    @Test
    void nationwideHasNoSubArea() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapper.toPtv(example(tree -> {
            tree.put("areaType", "Nationwide");
            tree.remove("areas");
        }), "s", null);

        assertThat(ptv.getSubAreaType()).isNull();
        assertThat(ptv.getAreas()).isEmpty();
    }

    @Test
    void emailsPhonesAndWebPages() throws Exception {
        V9VmOpenApiOrganizationIn ptv = mapped();

        assertThat(ptv.getEmails()).extracting(V4VmOpenApiEmail::getLanguage, V4VmOpenApiEmail::getValue)
                .containsExactly(tuple("fi", "liikuntapalvelut@turku.fi"));
        assertThat(ptv.getPhoneNumbers()).singleElement().satisfies(phone -> {
            assertThat(phone.getLanguage()).isEqualTo("fi");
            assertThat(phone.getPrefixNumber()).isEqualTo("+358");
            assertThat(phone.getNumber()).isEqualTo("22620000");
            assertThat(phone.getIsFinnishServiceNumber()).isFalse();
            assertThat(phone.getServiceChargeType()).isEqualTo("Chargeable");
            assertThat(phone.getChargeDescription()).isEqualTo("Paikallisverkko- tai matkapuhelinmaksu");
        });
        assertThat(ptv.getWebPages()).extracting(V9VmOpenApiWebPage::getLanguage, V9VmOpenApiWebPage::getUrl, V9VmOpenApiWebPage::getValue)
                .containsExactly(
                        tuple("fi", "https://www.turku.fi/liikunta", "Liikunta"),
                        tuple("sv", "https://www.turku.fi/sv/idrott", "Idrott"),
                        tuple("en", "https://www.turku.fi/en/sports", "Sports"));
    }

    @Test
    void aFinnishServiceNumberIsSentWithoutPrefix() throws Exception {
        V4VmOpenApiPhone phone = OrganizationMapper.phone(new fi.ptvintegration.pat.model.Phone(
                fi.ptvintegration.pat.model.Language.SV, "Phone", null, "0800123456", true, "FreeOfCharge", null, "Jour"));

        assertThat(phone.getIsFinnishServiceNumber()).isTrue();
        assertThat(phone.getPrefixNumber()).isNull();
        assertThat(phone.getLanguage()).isEqualTo("sv");
        assertThat(phone.getAdditionalInformation()).isEqualTo("Jour");
    }

    @Test
    void aVisitingStreetAddressWithItsStreetInEachLanguage() throws Exception {
        V9VmOpenApiAddressIn address = mapped().getAddresses().get(0);

        assertThat(address.getType()).isEqualTo("Visiting");
        assertThat(address.getSubType()).isEqualTo("Street");
        assertThat(address.getStreetAddress().getStreet()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                .containsExactly(tuple("fi", "Blomberginaukio"), tuple("sv", "Blombergsplan"), tuple("en", "Blomberginaukio"));
        assertThat(address.getStreetAddress().getStreetNumber()).isEqualTo("4");
        assertThat(address.getStreetAddress().getPostalCode()).isEqualTo("20100");
        assertThat(address.getStreetAddress().getMunicipality()).isEqualTo("853");
        assertThat(address.getPostOfficeBoxAddress()).isNull();
    }

    @Test
    void givenADisplayNameTypePerLanguageWhenMappedThenEachDeclaredLanguageGetsItsOwnAndTheRestName() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) fi.ptvintegration.pat.model.PatJson.mapper()
                .valueToTree(fi.ptvintegration.pat.model.PatJson.example("organization"));
        tree.set("displayNameType", fi.ptvintegration.pat.model.PatJson.mapper().createObjectNode().put("sv", "AlternativeName"));
        tree.set("alternativeNames", fi.ptvintegration.pat.model.PatJson.mapper().createObjectNode().put("sv", "Åbo idrott"));
        var org = (fi.ptvintegration.pat.model.Organization) fi.ptvintegration.pat.model.PatJson.mapper()
                .treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);

        var ptv = new OrganizationMapper().toPtv(org, "o", null);

        assertThat(ptv.getDisplayNameType()).extracting(d -> d.getLanguage() + "=" + d.getType())
                .containsExactly("fi=Name", "sv=AlternativeName", "en=Name");
        assertThat(ptv.getPhoneNumbers()).allSatisfy(p -> assertThat(p).hasNoNullFieldsOrPropertiesExcept(
                "id", "ownerReferenceId", "ownerReferenceId2", "orderNumber", "additionalInformation"));
    }

    @Test
    void aPostOfficeBoxAndAnAddressAbroad() throws Exception {
        V9VmOpenApiAddressIn box = OrganizationMapper.address(new fi.ptvintegration.pat.model.Address("Postal", "PostOfficeBox", null,
                null, "20101", "853", fi.ptvintegration.pat.model.LocalizedText.of(java.util.Map.of(
                        fi.ptvintegration.pat.model.Language.FI, "PL 355", fi.ptvintegration.pat.model.Language.SV, "PB 355")),
                null, null, null, null, null, null));
        V9VmOpenApiAddressIn abroad = OrganizationMapper.address(new fi.ptvintegration.pat.model.Address("Postal", "Abroad",
                fi.ptvintegration.pat.model.LocalizedText.of(java.util.Map.of(fi.ptvintegration.pat.model.Language.EN, "1 Main St, Tallinn")),
                null, null, null, null, null, null, null, null, null, "EE"));

        assertThat(box.getSubType()).isEqualTo("PostOfficeBox");
        assertThat(box.getPostOfficeBoxAddress().getPostOfficeBox()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("PL 355", "PB 355");
        assertThat(box.getPostOfficeBoxAddress().getPostalCode()).isEqualTo("20101");
        assertThat(abroad.getSubType()).isEqualTo("Foreign");
        assertThat(abroad.getCountry()).isEqualTo("EE");
        assertThat(abroad.getForeignAddress()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("1 Main St, Tallinn");
    }

    @Test
    void givenWgs84DegreesWhenMappedThenPtvGetsEtrsTm35FinMetresWithTheNorthingAsLatitude() {
        var street = OrganizationMapper.street(new fi.ptvintegration.pat.model.Address("Visiting", "Street",
                fi.ptvintegration.pat.model.LocalizedText.of(java.util.Map.of(fi.ptvintegration.pat.model.Language.FI, "Uimahallinpolku")),
                "4", "20700", "853", null, 60.4562, 22.2921, null, null, null, null));

        // PROJ 9.1.1: cs2cs EPSG:4258 EPSG:3067 gives E 241177.8293, N 6711477.5819.
        assertThat(street.getLatitude()).isEqualTo("6711477.582");
        assertThat(street.getLongitude()).isEqualTo("241177.829");
    }

    @Test
    void givenEtrsTm35FinMetresWhenMappedThenTheyAreSentAsGiven() {
        var street = OrganizationMapper.street(new fi.ptvintegration.pat.model.Address("Visiting", "Street",
                fi.ptvintegration.pat.model.LocalizedText.of(java.util.Map.of(fi.ptvintegration.pat.model.Language.FI, "Vaasanpuistikko")),
                "10", "65100", "905", null, null, null, 228184.6, 7007482.053, null, null));

        assertThat(street.getLatitude()).isEqualTo("7007482.053");
        assertThat(street.getLongitude()).isEqualTo("228184.6");
    }

    @Test
    void givenAnAddressWithoutCoordinatesWhenMappedThenNoneAreSent() {
        var street = OrganizationMapper.street(new fi.ptvintegration.pat.model.Address("Visiting", "Street",
                fi.ptvintegration.pat.model.LocalizedText.of(java.util.Map.of(fi.ptvintegration.pat.model.Language.FI, "Vaasanpuistikko")),
                "10", "65100", "905", null, null, null, null, null, null, null));

        assertThat(street.getLatitude()).isNull();
        assertThat(street.getLongitude()).isNull();
    }
}
