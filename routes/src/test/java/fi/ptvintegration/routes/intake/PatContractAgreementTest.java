package fi.ptvintegration.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.pat.validation.Violation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contract (the OpenAPI document's JSON Schemas) and {@link PatValidator} encode the
 * same required fields, enumerations, patterns and lengths twice. Each payload here, the shipped
 * examples, variants the contract allows and bad payloads, is validated against the contract's
 * schema of its kind with networknt's JSON Schema validator (OpenAPI 3.0 dialect, formats
 * asserted) and through the intake's own parse and validation; both must give the same verdict.
 * The rules only the validator can know (Posti's postal codes, check digits, languages declared
 * but not written, points outside Finland, holiday dates) are listed apart: the schema takes those
 * payloads and the validator refuses them.
 */
class PatContractAgreementTest {

    private static final String DOCUMENT = "/fi/ptvintegration/routes/openapi/pat-intake-openapi.json";
    private static final ObjectMapper JSON = PatJson.mapper();
    private static final PatValidator VALIDATOR = new PatValidator(ReferenceData.bundled());
    private static final Map<String, String> SCHEMA_OF_KIND = Map.of(
            "organization", "Organization", "service", "Service", "echannel", "EChannel", "phone", "PhoneChannel",
            "servicelocation", "ServiceLocationChannel", "printableform", "PrintableFormChannel", "webpage", "WebPageChannel",
            "offering", "ServiceOffering");
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    @BeforeAll
    static void readTheContract() throws Exception {
        JsonNode document;
        try (InputStream in = PatContractAgreementTest.class.getResourceAsStream(DOCUMENT)) {
            document = new ObjectMapper().readTree(in);
        }
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        for (Map.Entry<String, String> kind : SCHEMA_OF_KIND.entrySet()) {
            // A schema document whose root refers to the component, with the document's components beside it.
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("$ref", "#/components/schemas/" + kind.getValue());
            root.set("components", document.get("components"));
            SCHEMAS.put(kind.getKey(), registry.getSchema(root));
        }
    }

    private static ObjectNode example(String kind) {
        try (InputStream in = PatJson.class.getResourceAsStream("/fi/ptvintegration/pat/examples/" + kind + ".json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Arguments payload(String kind, String what, Consumer<ObjectNode> edit) {
        ObjectNode tree = example(kind);
        edit.accept(tree);
        return Arguments.of(kind, what, tree);
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    static Stream<Arguments> shippedExamplesAndAllowedVariants() {
        return Stream.of(
                payload("organization", "shipped example", t -> { }),
                payload("service", "shipped example", t -> { }),
                payload("echannel", "shipped example", t -> { }),
                payload("phone", "shipped example", t -> { }),
                payload("servicelocation", "shipped example", t -> { }),
                payload("printableform", "shipped example", t -> { }),
                payload("webpage", "shipped example", t -> { }),
                payload("offering", "shipped example", t -> { }),
                payload("organization", "phone saying type Phone where PTV keeps none", t -> at(t, "/phoneNumbers/0").put("type", "Phone")),
                payload("organization", "display-name type per language",
                        t -> t.set("displayNameType", JSON.createObjectNode().put("fi", "Name").put("sv", "Name"))),
                payload("service", "service languages beyond the content languages",
                        t -> t.set("serviceLanguages", JSON.createArrayNode().add("fi").add("de").add("se"))),
                payload("service", "industrial class for businesses", t -> {
                    t.set("industrialClasses", JSON.createArrayNode().add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110"));
                    t.set("targetGroups", JSON.createArrayNode().add("KR2").add("KR2.3"));
                }),
                payload("servicelocation", "ETRS-TM35FIN metres instead of degrees",
                        t -> metres(t, 239_818.4, 6_711_270.7)),
                payload("printableform", "address told as text, PDF link with ä and a space", t -> {
                    t.set("deliveryAddress", JSON.createObjectNode().put("subType", "NoAddress").set("addressText",
                            JSON.createObjectNode().put("fi", "Palauta päiväkotiin.").put("sv", "Lämna till daghemmet.")));
                    at(t, "/formUrls/0").put("url", "https://www.vaasa.fi/lomakkeet/hakemus päivähoitoon.pdf");
                }),
                payload("offering", "charge type Other", t -> t.put("chargeType", "Other")),
                payload("echannel", "support phone without a type", t -> t.withArray("supportPhones").addObject()
                        .put("language", "fi").put("prefix", "+358").put("number", "22623500").put("chargeType", "FreeOfCharge")));
    }

    /** The first address's point as ETRS-TM35FIN metres instead of WGS84 degrees. */
    private static void metres(ObjectNode tree, double easting, double northing) {
        ObjectNode address = at(tree, "/addresses/0");
        address.remove(List.of("latitude", "longitude"));
        address.put("easting", easting).put("northing", northing);
    }

    static Stream<Arguments> badPayloads() {
        String long101 = "x".repeat(101);
        return Stream.of(
                payload("organization", "names missing", t -> t.remove("names")),
                payload("organization", "unknown organisation type", t -> t.put("organizationType", "City")),
                payload("organization", "misspelt field", t -> t.set("nmaes", t.get("names"))),
                payload("organization", "name over 100 characters", t -> at(t, "/names").put("fi", long101)),
                payload("organization", "phone number with spaces", t -> at(t, "/phoneNumbers/0").put("number", "02 262 0000")),
                payload("organization", "fax type where PTV keeps no type", t -> at(t, "/phoneNumbers/0").put("type", "Fax")),
                payload("organization", "business id without its check digit", t -> t.put("businessCode", "0204819")),
                payload("organization", "latitude over 90", t -> at(t, "/addresses/0").put("latitude", 95.0).put("longitude", 22.0)),
                payload("organization", "display-name type not Name or AlternativeName",
                        t -> t.set("displayNameType", JSON.createObjectNode().put("fi", "Nickname"))),
                payload("organization", "display-name type in a language PTV has no content in",
                        t -> t.set("displayNameType", JSON.createObjectNode().put("de", "Name"))),
                payload("service", "funding type missing", t -> t.remove("fundingType")),
                payload("service", "industrial class as a bare code", t -> {
                    t.set("industrialClasses", JSON.createArrayNode().add("93110"));
                    t.set("targetGroups", JSON.createArrayNode().add("KR2").add("KR2.3"));
                }),
                payload("service", "service language written out", t -> t.set("serviceLanguages", JSON.createArrayNode().add("Finnish"))),
                payload("service", "summary over 150 characters", t -> at(t, "/summary").put("sv", "x".repeat(151))),
                payload("service", "keyword over 150 characters", t -> at(t, "/keywords/0").put("value", "x".repeat(151))),
                payload("service", "v7 service type spelling", t -> t.put("type", "Permit")),
                payload("servicelocation", "opening time without its leading zero", t -> at(t, "/serviceHours/0/openingHours/0").put("from", "6:00")),
                payload("servicelocation", "holiday PTV does not know", t -> at(t, "/serviceHours/1").put("holiday", "Halloween")),
                payload("servicelocation", "service hours in v7 terms", t -> at(t, "/serviceHours/0").put("type", "Standard")),
                payload("servicelocation", "weekday abbreviated", t -> at(t, "/serviceHours/0/openingHours/0").put("dayFrom", "Mon")),
                payload("servicelocation", "easting outside Finland's bounds", t -> metres(t, 22.29, 6_711_270.7)),
                payload("servicelocation", "fax number with letters", t -> at(t, "/faxNumbers/0").put("number", "fax")),
                payload("servicelocation", "phone type on a service location phone", t -> at(t, "/phoneNumbers/0").put("type", "Sms")),
                payload("phone", "phone channel number without its type", t -> at(t, "/phoneNumbers/0").remove("type")),
                payload("phone", "charge type in v7 terms", t -> at(t, "/phoneNumbers/0").put("chargeType", "Free")),
                payload("echannel", "accessibility level PTV does not know", t -> at(t, "/accessibilityClassification/0").put("level", "Good")),
                payload("echannel", "signature wanted but count given as text", t -> t.put("signatureQuantity", "two")),
                payload("webpage", "support phone typed Sms", t -> t.withArray("supportPhones").addObject()
                        .put("language", "fi").put("type", "Sms").put("prefix", "+358").put("number", "401234567").put("chargeType", "Chargeable")),
                payload("webpage", "URL over 500 characters", t -> at(t, "/urls").put("fi", "https://www.turku.fi/" + "a".repeat(490))),
                payload("printableform", "delivery address abroad", t -> at(t, "/deliveryAddress").put("subType", "Abroad")),
                payload("printableform", "delivery address with an address type", t -> at(t, "/deliveryAddress").put("type", "Postal")),
                payload("printableform", "form file type PTV does not know", t -> at(t, "/formUrls/0").put("type", "ODT")),
                payload("printableform", "receiver over 100 characters", t -> at(t, "/deliveryAddress/receiver").put("fi", long101)),
                payload("offering", "charge type in v7 terms", t -> t.put("chargeType", "Charged")),
                payload("offering", "contact address of a kind a connection has not",
                        t -> at(t, "/contactDetails/addresses/0").put("subType", "Single")),
                payload("offering", "contact phone typed Sms", t -> at(t, "/contactDetails/phoneNumbers/0").put("type", "Sms")),
                payload("offering", "service code missing", t -> t.remove("serviceCode")),
                payload("offering", "unknown contact list", t -> at(t, "/contactDetails").set("telexNumbers", JSON.createArrayNode())),
                payload("offering", "description over 500 characters", t -> at(t, "/description").put("fi", "x".repeat(501))));
    }

    static Stream<Arguments> rulesOnlyTheValidatorKnows() {
        return Stream.of(
                payload("servicelocation", "postal code not in Posti's list", t -> at(t, "/addresses/0").put("postalCode", "12345")),
                payload("organization", "business id with a wrong check digit", t -> t.put("businessCode", "0204819-7")),
                payload("service", "declared language without its name", t -> at(t, "/names").remove("en")),
                payload("servicelocation", "WGS84 point in Paris", t -> at(t, "/addresses/0").put("latitude", 48.8566).put("longitude", 2.3522)),
                payload("servicelocation", "Christmas Eve on the wrong day", t -> at(t, "/serviceHours/1").put("validFrom", "2026-12-23")),
                payload("service", "only main service classes",
                        t -> t.set("serviceClasses", JSON.createArrayNode().add("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shippedExamplesAndAllowedVariants")
    void givenAPayloadTheContractAllowsWhenValidatedBothWaysThenBothAcceptIt(String kind, String what, ObjectNode payload) {
        List<String> schemaErrors = schemaErrors(kind, payload);
        List<String> violations = validatorVerdict(payload);

        assertThat(schemaErrors).as("contract's schema errors for %s: %s", kind, what).isEmpty();
        assertThat(violations).as("PatValidator's violations for %s: %s", kind, what).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badPayloads")
    void givenABadPayloadWhenValidatedBothWaysThenBothRefuseIt(String kind, String what, ObjectNode payload) {
        List<String> schemaErrors = schemaErrors(kind, payload);
        List<String> violations = validatorVerdict(payload);

        assertThat(schemaErrors).as("the contract must refuse %s: %s (validator says %s)", kind, what, violations).isNotEmpty();
        assertThat(violations).as("PatValidator must refuse %s: %s (contract says %s)", kind, what, schemaErrors).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rulesOnlyTheValidatorKnows")
    void givenAFaultOnlyReferenceDataOrSeveralFieldsRevealWhenValidatedThenTheContractTakesItAndTheValidatorRefusesIt(
            String kind, String what, ObjectNode payload) {
        assertThat(schemaErrors(kind, payload)).as("a JSON Schema cannot know this: %s", what).isEmpty();
        assertThat(validatorVerdict(payload)).as("PatValidator knows: %s", what).isNotEmpty();
    }

    private static List<String> schemaErrors(String kind, JsonNode payload) {
        return SCHEMAS.get(kind).validate(payload).stream().map(Error::toString).toList();
    }

    /** What intake does: parse strictly (unknown fields, wrong types, unknown enumerations refused), then validate. */
    private static List<String> validatorVerdict(JsonNode payload) {
        PatRecord record;
        try {
            record = JSON.treeToValue(payload, PatRecord.class);
        } catch (Exception e) {
            return List.of("not parsed: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> verdict = new ArrayList<>();
        for (Violation v : VALIDATOR.validate(record)) {
            verdict.add(v.path() + " " + v.rule());
        }
        return verdict;
    }
}
