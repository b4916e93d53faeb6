package fi.ptvintegration.pat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rules real PTV content and other integrations met: coordinates in either system and in
 * Finland, phone types only where PTV keeps them, fax numbers, exceptional hours without weekdays
 * and holidays, a printable form's receiver and free-text address, display-name types per
 * language, URLs with letters such as ä, a connection's contact details, service languages,
 * industrial classes, subclasses, a service's area against its organisation's and publishing
 * status transitions.
 */
class PatValidatorRealContentTest {

    private static final ObjectMapper JSON = PatJson.mapper();
    private final PatValidator validator = new PatValidator(ReferenceData.bundled());

    private PatRecord record(String kind, Consumer<ObjectNode> edit) {
        ObjectNode tree = JSON.valueToTree(PatJson.example(kind));
        edit.accept(tree);
        try {
            return JSON.treeToValue(tree, PatRecord.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<Violation> violations(String kind, Consumer<ObjectNode> edit) {
        return validator.validate(record(kind, edit));
    }

    private static void assertViolation(List<Violation> violations, String path, String rule) {
        assertThat(violations).as("violations %s", violations).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.message()).isNotBlank();
        });
    }

    private static ObjectNode firstAddress(ObjectNode tree) {
        return (ObjectNode) tree.get("addresses").get(0);
    }

    @Test
    void givenWgs84CoordinatesInFinlandWhenValidatedThenTheyPass() {
        assertThat(violations("servicelocation", tree -> firstAddress(tree).put("latitude", 60.4562).put("longitude", 22.2921))).isEmpty();
    }

    @Test
    void givenSwappedLatitudeAndLongitudeWhenValidatedThenTheyAreOutsideFinland() {
        List<Violation> v = violations("servicelocation", tree -> firstAddress(tree).put("latitude", 22.2921).put("longitude", 60.4562));

        assertViolation(v, "addresses[0].latitude", "outside-finland");
        assertThat(v.get(0).message()).contains("easting 43500..765000, northing 6522000..7796000").contains("swapped");
    }

    @Test
    void givenEtrsTm35FinCoordinatesWhenValidatedThenTheyAreTakenInsideTheBoundsOnly() {
        assertThat(violations("servicelocation", tree -> ((ObjectNode) firstAddress(tree).without(List.of("latitude", "longitude")))
                .put("easting", 239_818.4).put("northing", 6_711_270.7))).isEmpty();
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) firstAddress(tree).without(List.of("latitude", "longitude")))
                .put("easting", 22.29).put("northing", 60.45)), "addresses[0].easting", "outside-finland");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) firstAddress(tree).without(List.of("latitude", "longitude")))
                .put("easting", 239_818.4)), "addresses[0].easting", "pair");
    }

    @Test
    void givenCoordinatesInBothSystemsWhenValidatedThenOneIsAskedFor() {
        assertViolation(violations("servicelocation", tree -> firstAddress(tree).put("easting", 239_818.4).put("northing", 6_711_270.7)),
                "addresses[0].easting", "one-coordinate-system");
    }

    @Test
    void givenCoordinatesOnAPostOfficeBoxWhenValidatedThenTheyAreRefusedRatherThanDropped() {
        List<Violation> v = violations("organization", tree -> ((ObjectNode) tree.get("addresses").get(0))
                .put("subType", "PostOfficeBox").put("latitude", 60.45).put("longitude", 22.27)
                .set("postOfficeBox", JSON.createObjectNode().put("fi", "PL 1").put("sv", "PB 1").put("en", "PO Box 1")));

        assertViolation(v, "addresses[0].latitude", "not-allowed");
    }

    @Test
    void givenOrganisationPhonesWithoutATypeWhenValidatedThenTheyPassAndAFaxTypeIsRefused() {
        assertThat(violations("organization", tree -> ((ObjectNode) tree.get("phoneNumbers").get(0)).remove("type"))).isEmpty();
        assertThat(violations("organization", tree -> ((ObjectNode) tree.get("phoneNumbers").get(0)).put("type", "Phone"))).isEmpty();
        assertViolation(violations("organization", tree -> ((ObjectNode) tree.get("phoneNumbers").get(0)).put("type", "Fax")),
                "phoneNumbers[0].type", "one-of");
        assertViolation(violations("echannel", tree -> ((ArrayNode) tree.withArray("supportPhones")).addObject()
                .put("language", "fi").put("type", "Sms").put("prefix", "+358").put("number", "401234567").put("chargeType", "Chargeable")),
                "supportPhones[0].type", "one-of");
    }

    @Test
    void givenAPhoneChannelNumberWithoutATypeWhenValidatedThenTheTypeIsRequired() {
        assertViolation(violations("phone", tree -> ((ObjectNode) tree.get("phoneNumbers").get(0)).remove("type")),
                "phoneNumbers[0].type", "required");
    }

    @Test
    void givenAServiceLocationFaxNumberWhenValidatedThenItIsCheckedLikeAPhoneNumber() {
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("faxNumbers").get(0)).put("number", "02 262 3599")),
                "faxNumbers[0].number", "digits-only");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("faxNumbers").get(0)).remove("prefix")),
                "faxNumbers[0].prefix", "required");
    }

    @Test
    void givenExceptionalHoursWithoutWeekdaysWhenValidatedThenTheyPassButRegularHoursNeedTheirDay() {
        assertThat(validator.validate(PatJson.example("servicelocation"))).isEmpty();
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(0).get("openingHours").get(0))
                .remove("dayFrom")), "serviceHours[0].openingHours[0].dayFrom", "required");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(2).get("openingHours").get(0))
                .put("dayTo", "Friday")), "serviceHours[2].openingHours[0].dayTo", "not-allowed");
    }

    @Test
    void givenHolidayHoursWhenValidatedThenTheDateMustBeTheHolidays() {
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(1)).put("validFrom", "2026-12-23")),
                "serviceHours[1].validFrom", "holiday-date");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(1)).put("holiday", "Halloween")),
                "serviceHours[1].holiday", "one-of");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(0)).put("holiday", "MayDay")),
                "serviceHours[0].holiday", "not-allowed");
        assertThat(violations("servicelocation", tree -> ((ObjectNode) tree.get("serviceHours").get(1))
                .put("holiday", "MidsummerEve").put("validFrom", "2026-06-19"))).isEmpty();
    }

    @Test
    void givenAFormDeliveredToAnAddressToldAsTextWhenValidatedThenNoAddressTakesIt() {
        assertThat(violations("printableform", tree -> tree.set("deliveryAddress", JSON.createObjectNode().put("subType", "NoAddress")
                .set("addressText", JSON.createObjectNode().put("fi", "Palauta lomake päiväkotiin.").put("sv", "Lämna blanketten till daghemmet."))))).isEmpty();
        assertViolation(violations("printableform", tree -> tree.set("deliveryAddress", JSON.createObjectNode().put("subType", "NoAddress"))),
                "deliveryAddress.addressText", "required");
        assertThat(violations("printableform", tree -> tree.set("deliveryAddress", JSON.createObjectNode().put("subType", "NoAddress")
                .set("addressText", JSON.createObjectNode().put("fi", "Palauta päiväkotiin."))))).as("PTV keeps texts of some languages only")
                .isEmpty();
        assertViolation(violations("printableform", tree -> ((ObjectNode) tree.get("deliveryAddress").get("receiver")).put("fi", "x".repeat(101))),
                "deliveryAddress.receiver.fi", "max-length");
        assertViolation(violations("printableform", tree -> ((ObjectNode) tree.get("deliveryAddress")).put("subType", "Abroad")),
                "deliveryAddress.subType", "one-of");
    }

    @Test
    void givenADisplayNameTypePerLanguageWhenValidatedThenEachLanguageIsChecked() {
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("displayNameType")).put("sv", "AlternativeName")),
                "alternativeNames.sv", "language-missing");
        assertThat(violations("servicelocation", tree -> {
            ((ObjectNode) tree.get("displayNameType")).put("sv", "AlternativeName");
            tree.set("alternativeNames", JSON.createObjectNode().put("sv", "Impis"));
        })).isEmpty();
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("displayNameType")).put("de", "Name")),
                "displayNameType.de", "language");
        assertViolation(violations("servicelocation", tree -> ((ObjectNode) tree.get("displayNameType")).put("fi", "Nickname")),
                "displayNameType.fi", "one-of");
    }

    @Test
    void givenAUrlWithNonAsciiLettersWhenValidatedThenItIsTaken() {
        assertThat(violations("printableform", tree -> ((ObjectNode) tree.get("formUrls").get(0))
                .put("url", "https://www.vaasa.fi/lomakkeet/hakemus päivähoitoon.pdf"))).isEmpty();
        assertViolation(violations("printableform", tree -> ((ObjectNode) tree.get("formUrls").get(0)).put("url", "www.vaasa.fi/lomake.pdf")),
                "formUrls[0].url", "url");
    }

    @Test
    void givenAnOfferingWithContactDetailsAndChargeTypeOtherWhenValidatedThenTheyAreChecked() {
        assertThat(violations("offering", tree -> tree.put("chargeType", "Other"))).isEmpty();
        List<Violation> v = violations("offering", tree -> {
            ObjectNode contact = (ObjectNode) tree.get("contactDetails");
            ((ObjectNode) contact.get("emails").get(0)).put("address", "kassa at turku.fi");
            ((ObjectNode) contact.get("phoneNumbers").get(0)).put("type", "Sms");
            ((ObjectNode) contact.get("addresses").get(0)).put("subType", "Single");
            contact.withArray("faxNumbers").addObject().put("language", "fi").put("number", "22623599");
        });

        assertViolation(v, "contactDetails.emails[0].address", "format");
        assertViolation(v, "contactDetails.phoneNumbers[0].type", "one-of");
        assertViolation(v, "contactDetails.addresses[0].subType", "one-of");
        assertViolation(v, "contactDetails.faxNumbers[0].prefix", "required");
    }

    @Test
    void givenServiceLanguagesBeyondTheContentLanguagesWhenValidatedThenAnyIsoCodeIsTaken() {
        assertThat(violations("phone", tree -> tree.set("serviceLanguages", JSON.createArrayNode().add("fi").add("de").add("smn").add("sgn-fi")))).isEmpty();
        assertViolation(violations("service", tree -> tree.set("serviceLanguages", JSON.createArrayNode().add("FIN"))),
                "serviceLanguages[0]", "format");
    }

    @Test
    void givenIndustrialClassesWhenValidatedThenTheyAreStatFiUrisForTargetGroupKr2AndASubgroup() {
        assertViolation(violations("service", tree -> tree.set("industrialClasses", JSON.createArrayNode().add("93110"))),
                "industrialClasses[0]", "format");
        assertViolation(violations("service", tree -> tree.set("industrialClasses",
                JSON.createArrayNode().add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110"))),
                "targetGroups", "industrial-class-target-group");
        assertThat(violations("service", tree -> {
            tree.set("industrialClasses", JSON.createArrayNode().add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110"));
            tree.set("targetGroups", JSON.createArrayNode().add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2")
                    .add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2.3"));
        })).isEmpty();
    }

    @Test
    void givenOnlyMainServiceClassesWhenValidatedThenASubclassIsAskedFor() {
        assertViolation(violations("service", tree -> tree.set("serviceClasses",
                JSON.createArrayNode().add("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27"))), "serviceClasses", "subclass-required");
    }

    @Test
    void givenAServiceWiderThanItsOrganisationWhenValidatedWithTheStoredOrganisationThenItIsRefused() {
        PatRecord organization = PatJson.example("organization");
        RelatedRecords store = (namespace, code) -> namespace == RecordKind.Namespace.ORGANIZATION && code.equals(organization.code())
                ? Optional.of(organization) : Optional.empty();

        List<Violation> nationwide = validator.validate(record("service", tree -> tree.put("areaType", "Nationwide").remove("areas")), store);
        List<Violation> elsewhere = validator.validate(record("service", tree -> ((ArrayNode) tree.get("areas").get(0).get("codes")).add("905")), store);

        assertViolation(nationwide, "areaType", "wider-than-organization");
        assertViolation(elsewhere, "areas[0].codes[1]", "wider-than-organization");
        assertThat(validator.validate(PatJson.example("service"), store)).isEmpty();
        assertThat(validator.validate(record("service", tree -> tree.put("areaType", "Nationwide").remove("areas")))).isEmpty();
    }

    @Test
    void givenAPublishedRecordSentBackAsDraftWhenValidatedWithItsStoredVersionThenItIsRefused() {
        PatRecord published = PatJson.example("organization");
        RelatedRecords store = (namespace, code) -> Optional.of(published);

        assertViolation(validator.validate(record("organization", tree -> tree.put("publishingStatus", "Draft")), store),
                "publishingStatus", "published-to-draft");
        assertViolation(violations("organization", tree -> tree.put("publishingStatus", "Modified")), "publishingStatus", "one-of");
        assertThat(violations("organization", tree -> tree.put("publishingStatus", "Deleted")))
                .anySatisfy(v -> assertThat(v.message()).contains("archived"));
    }
}
