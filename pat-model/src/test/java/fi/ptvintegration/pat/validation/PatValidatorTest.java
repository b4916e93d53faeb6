package fi.ptvintegration.pat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatValidatorTest {

    private static final ObjectMapper JSON = PatJson.mapper();
    private final PatValidator validator = new PatValidator(ReferenceData.bundled());

    /** The example of that kind, changed by {@code edit}, validated. */
    private List<Violation> violations(String kind, Consumer<ObjectNode> edit) {
        ObjectNode tree = JSON.valueToTree(PatJson.example(kind));
        edit.accept(tree);
        try {
            return validator.validate(JSON.treeToValue(tree, PatRecord.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Violation violation(String path, String rule) {
        return new Violation(path, rule, null);
    }

    private static void assertViolation(List<Violation> violations, String path, String rule) {
        assertThat(violations)
                .as("violations %s", violations)
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.rule()).isEqualTo(rule);
                    assertThat(v.message()).isNotBlank();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization", "service", "servicelocation", "phone", "echannel", "webpage", "printableform", "offering"})
    void everyShippedExampleIsValid(String kind) {
        assertThat(validator.validate(PatJson.example(kind))).isEmpty();
    }

    @Test
    void referenceDataHoldsPostisAndStatisticsFinlandsLists() {
        assertThat(ReferenceData.bundled().postalCodeCount()).isEqualTo(3779);
        assertThat(ReferenceData.bundled().municipalityCount()).isEqualTo(309);
        assertThat(ReferenceData.bundled().isPostalCode("20100")).isTrue();
        assertThat(ReferenceData.bundled().isPostalCode("12345")).isFalse();
    }

    @Test
    void aDeclaredLanguageWithoutItsTextsIsNamedPerField() {
        List<Violation> v = violations("service", tree -> {
            ((ObjectNode) tree.get("names")).remove("sv");
            ((ObjectNode) tree.get("summary")).remove("sv");
        });

        assertViolation(v, "names.sv", "language-missing");
        assertViolation(v, "summary.sv", "language-missing");
        assertThat(v).hasSize(2);
    }

    @Test
    void aTextInAnUndeclaredLanguageIsRefusedRatherThanDropped() {
        List<Violation> v = violations("phone", tree -> ((ObjectNode) tree.get("names")).put("en", "Sports advice line"));

        assertViolation(v, "names.en", "language-not-declared");
    }

    @Test
    void languagesAreRequiredAndNotRepeated() {
        assertViolation(violations("webpage", tree -> tree.remove("languages")), "languages", "required");
        assertViolation(violations("webpage", tree -> ((ArrayNode) tree.get("languages")).add("fi")), "languages", "duplicate");
    }

    @Test
    void ptvLengthLimitsAreCheckedInCharactersNotBytes() {
        String nameOf101 = "ä".repeat(101);
        List<Violation> v = violations("organization", tree -> {
            ((ObjectNode) tree.get("names")).put("fi", nameOf101);
            ((ObjectNode) tree.get("summary")).put("fi", "x".repeat(151));
            ((ObjectNode) tree.get("description")).put("fi", "x".repeat(2501));
        });

        assertViolation(v, "names.fi", "max-length");
        assertViolation(v, "summary.fi", "max-length");
        assertViolation(v, "description.fi", "max-length");
        assertThat(violations("organization", tree -> ((ObjectNode) tree.get("names")).put("fi", "ä".repeat(100)))).isEmpty();
    }

    @Test
    void phoneNumbersAreDigitsOnlyWithASeparatePrefix() {
        List<Violation> v = violations("phone", tree -> {
            ObjectNode first = (ObjectNode) tree.get("phoneNumbers").get(0);
            first.put("number", "02 262 3500");
            first.put("prefix", "358");
            ((ObjectNode) tree.get("phoneNumbers").get(1)).remove("prefix");
        });

        assertViolation(v, "phoneNumbers[0].number", "digits-only");
        assertViolation(v, "phoneNumbers[0].prefix", "format");
        assertViolation(v, "phoneNumbers[1].prefix", "required");
    }

    @Test
    void aFinnishServiceNumberNeedsNoPrefix() {
        List<Violation> v = violations("phone", tree -> {
            for (JsonNode phone : tree.get("phoneNumbers")) {
                ((ObjectNode) phone).remove("prefix");
                ((ObjectNode) phone).put("finnishServiceNumber", true);
                ((ObjectNode) phone).put("number", "0800123456");
            }
        });

        assertThat(v).isEmpty();
    }

    @Test
    void postalCodesMustBeFiveDigitsAndExistInPostisList() {
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("addresses").get(0)).put("postalCode", "2070")),
                "addresses[0].postalCode", "format");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("addresses").get(0)).put("postalCode", "12345")),
                "addresses[0].postalCode", "unknown-postal-code");
    }

    @Test
    void municipalityCodesMustExist() {
        assertViolation(violations("organization", tree -> tree.put("municipalityCode", "999")), "municipalityCode", "unknown-municipality");
        assertViolation(violations("organization", tree -> ((ArrayNode) tree.get("areas").get(0).get("codes")).add("85")),
                "areas[0].codes[1]", "format");
    }

    @Test
    void anOrganisationsAreasAreOfOneTypeBecausePtvTakesOneSubAreaType() {
        List<Violation> v = violations("organization", tree -> ((ArrayNode) tree.get("areas"))
                .addObject().put("type", "Region").putArray("codes").add("02"));

        assertViolation(v, "areas", "one-area-type");
    }

    @Test
    void urlsNeedASchemeAndADottedHost() {
        assertViolation(violations("webpage", tree -> ((ObjectNode) tree.get("urls")).put("fi", "www.turku.fi/uimahallit")),
                "urls.fi", "url");
        assertViolation(violations("webpage", tree -> ((ObjectNode) tree.get("urls")).put("sv", "https://intranet/simhallar")),
                "urls.sv", "url");
    }

    @Test
    void emailsAndBusinessCodesHaveTheirForm() {
        assertViolation(violations("organization", tree -> ((ObjectNode) tree.get("emails").get(0)).put("address", "liikunta(at)turku.fi")),
                "emails[0].address", "format");
        assertViolation(violations("organization", tree -> tree.put("businessCode", "0204819-7")), "businessCode", "checksum");
    }

    @Test
    void aServiceWithoutAGeneralDescriptionNeedsItsClassifications() {
        List<Violation> v = violations("service", tree -> {
            tree.remove("serviceClasses");
            tree.remove("ontologyTerms");
            tree.remove("targetGroups");
            tree.remove("type");
        });

        assertViolation(v, "serviceClasses", "required");
        assertViolation(v, "ontologyTerms", "required");
        assertViolation(v, "targetGroups", "required");
        assertViolation(v, "type", "required");
    }

    @Test
    void withAGeneralDescriptionTheClassificationsMayComeFromIt() {
        List<Violation> v = violations("service", tree -> {
            tree.remove("serviceClasses");
            tree.remove("ontologyTerms");
            tree.remove("targetGroups");
            tree.remove("type");
            tree.put("generalDescriptionId", "3668d250-cd80-45c4-abcc-9b2d3a2b3e42");
        });

        assertThat(v).isEmpty();
    }

    @Test
    void enumerationsNameTheAllowedValues() {
        List<Violation> v = violations("service", tree -> tree.put("fundingType", "Public"));

        assertThat(v).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("fundingType");
            assertThat(violation.rule()).isEqualTo("one-of");
            assertThat(violation.message()).contains("MarketFunded", "PubliclyFunded");
        });
    }

    @Test
    void webChannelsNeedAnAccessibilityClassificationPerLanguage() {
        assertViolation(violations("echannel", tree -> ((ArrayNode) tree.get("accessibilityClassification")).remove(1)),
                "accessibilityClassification", "language-missing");
    }

    @Test
    void aServiceLocationNeedsALocationAddress() {
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("addresses").get(0)).put("type", "Postal")),
                "addresses", "required");
    }

    @Test
    void serviceHoursAreCheckedForTypesDaysAndTimes() {
        List<Violation> v = violations("servicelocation", tree -> {
            ObjectNode hour = (ObjectNode) tree.get("serviceHours").get(0).get("openingHours").get(0);
            hour.put("dayFrom", "Maanantai");
            hour.put("from", "6.00");
            ObjectNode weekend = (ObjectNode) tree.get("serviceHours").get(0).get("openingHours").get(1);
            weekend.put("to", "08:00");
        });

        assertViolation(v, "serviceHours[0].openingHours[0].dayFrom", "one-of");
        assertViolation(v, "serviceHours[0].openingHours[0].from", "format");
        assertViolation(v, "serviceHours[0].openingHours[1].to", "range");
    }

    @Test
    void anOfferingNamesItsServiceAndChannel() {
        List<Violation> v = violations("offering", tree -> {
            tree.remove("serviceCode");
            tree.put("chargeType", "Free");
        });

        assertViolation(v, "serviceCode", "required");
        assertViolation(v, "chargeType", "one-of");
    }

    @Test
    void codesAreRequiredAndBounded() {
        assertViolation(violations("organization", tree -> tree.remove("code")), "code", "required");
        assertViolation(violations("organization", tree -> tree.put("code", "x".repeat(101))), "code", "max-length");
        assertViolation(violations("organization", tree -> tree.put("code", " padded")), "code", "format");
    }

    /**
     * Values of almost a megabyte where the validator reads a form: the validation must end and name the
     * fields. The timeout guards against a hang, it measures nothing: the former patterns overflowed the
     * stack on the codes and needed minutes for the e-mail address.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    void givenHostileValuesOfAlmostAMegabyteWhenValidatedThenValidationEndsAndNamesThem() {
        assertViolation(violations("organization", tree -> ((ObjectNode) tree.get("emails").get(0))
                .put("address", "a@" + ".".repeat(900_000) + "@")), "emails[0].address", "format");
        assertViolation(violations("organization", tree -> ((ObjectNode) tree.get("emails").get(0))
                .put("address", "a@" + "b.".repeat(450_000) + "fi")), "emails[0].address", "max-length");
        assertViolation(violations("service", tree -> {
            tree.putArray("serviceClasses").add("P27" + ".1".repeat(450_000));
            tree.putArray("industrialClasses").add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110");
            tree.putArray("targetGroups").add("KR2").add("KR2" + ".1".repeat(450_000));
        }), "targetGroups", "industrial-class-target-group");
        assertThat(violations("service", tree -> tree.putArray("serviceClasses").add("P27" + ".1".repeat(450_000))))
                .extracting(Violation::rule).contains("subclass-required");
    }

    @Test
    void givenEmailAddressesWhenValidatedThenTheFormIsReadAsBefore() {
        for (String good : List.of("uinti@turku.fi", "a.b+c@palvelut.turku.fi", "x@y.z")) {
            assertThat(violations("organization", tree -> ((ObjectNode) tree.get("emails").get(0)).put("address", good)))
                    .as(good).isEmpty();
        }
        for (String bad : List.of("a@b.", "a@.b", "a@b", "a@b@c.d", "@b.c", "a b@c.d", "a@b.c ")) {
            assertViolation(violations("organization", tree -> ((ObjectNode) tree.get("emails").get(0)).put("address", bad)),
                    "emails[0].address", "format");
        }
    }
}
