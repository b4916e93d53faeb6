package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.validation.Violation;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChannelMapperTest {

    private static final String ORG = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private final ChannelMapper mapper = new ChannelMapper();

    private V12Request mapped(String kind, Consumer<ObjectNode> edit) {
        return mapper.toV12((ServiceChannel) V12Bodies.record(kind, edit), ORG);
    }

    private static JsonNode json(String text) throws Exception {
        return V12Bodies.JSON.readTree(text);
    }

    @Test
    void givenTheEChannelExample_whenMapped_thenEachLanguageHasItsAddressAndAccessibilityLevel() throws Exception {
        V12Request request = mapped("echannel", t -> {});
        JsonNode body = json(request.json());

        assertThat(request.createSchema()).isEqualTo("PostEServiceChannelRequest");
        assertThat(request.sourceId()).as("v12 channels have no externalId").isNull();
        assertThat(body.path("organizationContentId").asText()).isEqualTo(ORG);
        assertThat(body.path("allowedConnectionType").asText()).isEqualTo("OwnOrganizations");
        assertThat(body.path("area").path("areaType").asText()).isEqualTo("WholeCountry");
        assertThat(body.path("electronicIdentification").asText()).isEqualTo("Required");
        assertThat(body.path("electronicSignature")).isEqualTo(json("{\"type\":\"NotRequired\"}"));
        JsonNode fi = body.path("languageVersions").path("fi");
        JsonNode en = body.path("languageVersions").path("en");
        assertThat(body.path("languageVersions").has("sv")).isFalse();
        assertThat(fi.path("webAddress")).isEqualTo(json("{\"url\":\"https://varaamo.turku.fi/fi\",\"name\":\"Liikuntapaikkojen varaus\"}"));
        assertThat(en.path("webAddress").path("url").asText()).isEqualTo("https://varaamo.turku.fi/en");
        assertThat(en.path("accessibilityClassificationLevel").asText()).isEqualTo("PartiallyCompliant");
        assertThat(en.path("summary").asText()).isEqualTo("Book a slot at a city sports venue online.");
        assertThat(request.notCarried()).extracting(Violation::path)
                .containsExactly("accessibilityClassification[0]", "accessibilityClassification[1]");
    }

    @Test
    void givenTheServiceLocationExample_whenMapped_thenAddressesPhonesAndHoursAreWhereV12KeepsThem() throws Exception {
        V12Request request = mapped("servicelocation", t -> {});
        JsonNode body = json(request.json());

        JsonNode street = body.path("location").path("streetAddresses").get(0);
        assertThat(street.path("streetName").path("sv").asText()).isEqualTo("Simhallsstigen");
        assertThat(street.path("coordinates").path("system").asText()).isEqualTo("EPSG:3067");
        assertThat(street.path("coordinates").path("northing").asDouble()).isBetween(6_700_000.0, 6_720_000.0);
        JsonNode sv = body.path("languageVersions").path("sv");
        assertThat(sv.path("contactPhoneNumbers").get(0).path("number").asText()).isEqualTo("22623588");
        assertThat(body.path("languageVersions").path("en").path("contactPhoneNumbers")).isEmpty();
        assertThat(body.path("languageVersions").path("fi").path("contactEmails").get(0).path("email").asText()).isEqualTo("impivaara@turku.fi");
        assertThat(body.path("languageVersions").path("fi").path("contactWebPages").get(0).path("name").asText())
                .isEqualTo("Impivaaran uimahalli");
        assertThat(request.notCarried()).extracting(Violation::path)
                .contains("serviceHours", "addresses[0].municipalityCode", "faxNumbers[0]");
    }

    @Test
    void givenThePhoneExample_whenMapped_thenEachLanguageHasItsNumbers() throws Exception {
        JsonNode body = json(mapped("phone", t -> {}).json());

        assertThat(body.path("languageVersions").path("fi").path("phoneNumbers").get(0).path("dialCode").asText()).isEqualTo("+358");
        assertThat(body.path("languageVersions").path("sv").path("phoneNumbers").get(0).path("chargeDescription").asText())
                .isEqualTo("Lokalnät- eller mobilsamtalsavgift");
        assertThat(body.path("languageVersions").path("sv").path("webAddress")).as("both nullable, both sent").isEqualTo(json("{\"url\":null,\"name\":null}"));
    }

    @Test
    void givenThePrintableFormExample_whenMapped_thenItsFilesAndDeliveryAddressAreV12s() throws Exception {
        JsonNode body = json(mapped("printableform", t -> {}).json());

        JsonNode sv = body.path("languageVersions").path("sv");
        assertThat(sv.path("formIdentifier").asText()).isEqualTo("LP-12");
        assertThat(sv.path("formFiles")).isEqualTo(json("[{\"name\":\"Ansökan om fast tur\",\"url\":\"https://www.turku.fi/lomakkeet/lp-12-sv.pdf\",\"type\":\"pdf\"}]"));
        JsonNode delivery = body.path("deliveryAddresses").get(0);
        assertThat(delivery.path("deliveryAddressType").asText()).isEqualTo("PostOfficeBox");
        assertThat(delivery.path("postOfficeBox")).isEqualTo(json("{\"fi\":\"PL 355\",\"sv\":\"PB 355\"}"));
        assertThat(delivery.path("recipient")).isEqualTo(json("{\"fi\":\"Liikuntapalvelut, vuorovaraukset\",\"sv\":\"Idrottstjänster, turbokningar\"}"));
    }

    @Test
    void givenTheWebPageExample_whenMapped_thenEachLanguageHasItsAddress() throws Exception {
        JsonNode body = json(mapped("webpage", t -> {}).json());

        assertThat(body.path("languageVersions").path("sv").path("webAddress").path("url").asText())
                .isEqualTo("https://www.turku.fi/sv/simhallar");
        assertThat(body.path("languageVersions").path("fi").path("accessibilityClassificationLevel").asText()).isEqualTo("FullyCompliant");
    }

    @Test
    void givenASignatureWithoutItsNumber_whenMapped_thenRefused() {
        assertThatThrownBy(() -> mapped("echannel", t -> t.put("requiresSignature", true)))
                .isInstanceOfSatisfying(V12Unmappable.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("signatureQuantity"));
    }
}
