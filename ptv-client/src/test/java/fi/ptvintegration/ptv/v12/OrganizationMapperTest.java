package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.validation.Violation;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

    private static final String PARENT = "5b1e0f2c-8d4a-4e3b-9f6c-7a8b9c0d1e2f";
    private final OrganizationMapper mapper = new OrganizationMapper();

    private static JsonNode json(String text) throws Exception {
        return V12Bodies.JSON.readTree(text);
    }

    private V12Request mapped(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit, String parent) {
        return mapper.toV12((Organization) V12Bodies.record("organization", edit), "turku-turku-liikuntapalvelut", parent);
    }

    @Test
    void givenTheExample_whenMapped_thenEachLanguageHasItsNameSummaryDescriptionAndContacts() throws Exception {
        JsonNode body = json(mapped(t -> {}, null).json());

        JsonNode fi = body.path("languageVersions").path("fi");
        JsonNode sv = body.path("languageVersions").path("sv");
        JsonNode en = body.path("languageVersions").path("en");
        assertThat(fi.path("name").asText()).isEqualTo("Turun kaupunki, liikuntapalvelut");
        assertThat(sv.path("name").asText()).isEqualTo("Åbo stad, idrottstjänster");
        assertThat(en.path("name").asText()).isEqualTo("City of Turku, Sports Services");
        assertThat(sv.path("summary").asText()).isEqualTo("Åbo stads idrottstjänster sköter simhallar, planer och friluftsleder.");
        assertThat(en.path("description").asText()).isEqualTo("Sports Services offers sports venues and guided exercise for residents of all ages.");
        assertThat(fi.path("alternativeName").isNull()).isTrue();
        assertThat(fi.path("isAlternativeNamePrimary").asBoolean()).isFalse();
        assertThat(fi.path("contactEmails").get(0).path("email").asText()).isEqualTo("liikuntapalvelut@turku.fi");
        assertThat(sv.path("contactEmails")).isEmpty();
        assertThat(fi.path("contactWebPages").get(0).path("url").asText()).isEqualTo("https://www.turku.fi/liikunta");
        assertThat(sv.path("contactWebPages").get(0).path("name").asText()).isEqualTo("Idrott");
        assertThat(en.path("contactWebPages").get(0).path("url").asText()).isEqualTo("https://www.turku.fi/en/sports");
        JsonNode phone = fi.path("contactPhoneNumbers").get(0);
        assertThat(phone.path("type").asText()).isEqualTo("InternationalPhone");
        assertThat(phone.path("dialCode").asText()).isEqualTo("+358");
        assertThat(phone.path("number").asText()).isEqualTo("22620000");
        assertThat(phone.path("chargeType").asText()).isEqualTo("Charged");
        assertThat(phone.path("chargeDescription").asText()).isEqualTo("Paikallisverkko- tai matkapuhelinmaksu");
        assertThat(en.path("contactPhoneNumbers")).isEmpty();
    }

    @Test
    void givenTheExample_whenMapped_thenItsIdentityTypeAreaAndAddressAreV12s() throws Exception {
        V12Request request = mapped(t -> {}, null);
        JsonNode body = json(request.json());
        JsonNode update = json(request.updateJson());

        assertThat(body.path("externalId").asText()).isEqualTo("turku-turku-liikuntapalvelut");
        assertThat(update.has("externalId")).as("v12's Put schemas have no externalId").isFalse();
        assertThat(request.createSchema()).isEqualTo("PostMainOrganizationExternalIdRequest");
        assertThat(request.updateSchema()).isEqualTo("PutMainOrganizationRequest");
        assertThat(body.path("businessId").asText()).isEqualTo("0204819-8");
        assertThat(body.path("organizationType").asText()).isEqualTo("Municipality");
        assertThat(body.path("area")).isEqualTo(json("{\"areaType\":\"LimitedArea\",\"municipalities\":[\"853\"]}"));
        assertThat(body.path("oid").isNull()).isTrue();
        assertThat(body.path("eInvoiceAddresses")).isEmpty();
        JsonNode street = body.path("location").path("streetAddresses").get(0);
        assertThat(street.path("streetName")).isEqualTo(json("{\"fi\":\"Blomberginaukio\",\"sv\":\"Blombergsplan\",\"en\":\"Blomberginaukio\"}"));
        assertThat(street.path("addressDetail").asText()).isEqualTo("4");
        assertThat(street.path("postalCode").asText()).isEqualTo("20100");
        assertThat(street.path("coordinates").isNull()).isTrue();
        assertThat(body.path("contactAddresses").path("streetAddresses")).isEmpty();
        assertThat(request.notCarried()).extracting(Violation::path).containsExactly("addresses[0].municipalityCode");
    }

    @Test
    void givenASubOrganizationWithAnAlternativeNameShown_whenMapped_thenItNamesItsParentAndPrimaryName() throws Exception {
        V12Request request = mapped(t -> {
            t.put("parentOrganizationCode", "turku");
            t.put("displayNameType", "AlternativeName");
            t.putObject("alternativeNames").put("fi", "Liikunta").put("sv", "Idrott").put("en", "Sports");
        }, PARENT);
        JsonNode body = json(request.json());

        assertThat(request.createSchema()).isEqualTo("PostSubOrganizationExternalIdReques");
        assertThat(body.path("parentOrganizationContentId").asText()).isEqualTo(PARENT);
        assertThat(body.path("languageVersions").path("sv").path("alternativeName").asText()).isEqualTo("Idrott");
        assertThat(body.path("languageVersions").path("en").path("isAlternativeNamePrimary").asBoolean()).isTrue();
    }

    @Test
    void givenAVisitingAddressWithAPosition_whenMapped_thenItsCoordinatesAreEtrsTm35FinMetres() throws Exception {
        V12Request request = mapped(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t.withArray("addresses").get(0))
                .put("latitude", 60.4518).put("longitude", 22.2666), null);

        JsonNode point = json(request.json()).path("location").path("streetAddresses").get(0).path("coordinates");
        EtrsTm35Fin.Point expected = EtrsTm35Fin.toTm35Fin(60.4518, 22.2666);
        assertThat(point.path("system").asText()).isEqualTo("EPSG:3067");
        assertThat(point.path("easting").asDouble()).isCloseTo(expected.easting(), org.assertj.core.data.Offset.offset(0.001))
                .isBetween(235_000.0, 245_000.0);
        assertThat(point.path("northing").asDouble()).isCloseTo(expected.northing(), org.assertj.core.data.Offset.offset(0.001))
                .isBetween(6_705_000.0, 6_715_000.0);
    }

    @Test
    void givenNoBusinessIdAndAWebPageWithoutName_whenMapped_thenV12sRequirementsAreNamedInPatTerms() {
        assertThatThrownBy(() -> mapped(t -> {
            t.remove("businessCode");
            ((com.fasterxml.jackson.databind.node.ObjectNode) t.withArray("webPages").get(1)).remove("name");
        }, null)).isInstanceOfSatisfying(V12Unmappable.class, e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("businessCode", "v12-required"),
                        org.assertj.core.groups.Tuple.tuple("webPages[1].name", "v12-required")));
    }

    @Test
    void givenAnAreaOfHospitalDistricts_whenMapped_thenRefusedAsV12HasNone() {
        assertThatThrownBy(() -> mapped(t -> {
            t.put("organizationType", "Organization");
            t.put("areaType", "LimitedType");
            t.putArray("areas").addObject().put("type", "HospitalDistrict").putArray("codes").add("03");
        }, null)).isInstanceOfSatisfying(V12Unmappable.class, e -> assertThat(e.violations())
                .extracting(Violation::path).containsExactly("areas[0].type"));
    }
}
