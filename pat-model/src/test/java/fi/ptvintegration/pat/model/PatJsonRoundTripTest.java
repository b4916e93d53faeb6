package fi.ptvintegration.pat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PatJsonRoundTripTest {

    private static final ObjectMapper JSON = PatJson.mapper();

    private static JsonNode exampleTree(String kind) throws Exception {
        try (InputStream in = PatJson.class.getResourceAsStream("/fi/ptvintegration/pat/examples/" + kind + ".json")) {
            return JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization", "service", "servicelocation", "phone", "echannel", "webpage", "printableform", "offering"})
    void everyExampleReadsAsItsKindAndWritesBackWithoutLosingAField(String kind) throws Exception {
        JsonNode original = exampleTree(kind);

        PatRecord record = JSON.treeToValue(original, PatRecord.class);
        JsonNode written = JSON.valueToTree(record);

        assertThat(record.kind().jsonName()).isEqualTo(kind);
        assertThat(record.code()).isEqualTo(original.path("code").asText());
        assertThat(written).as("JSON of %s after a round trip", kind).isEqualTo(normalised(original));
    }

    /** The example as the mapper writes it: booleans that are false are written as false. */
    private static JsonNode normalised(JsonNode original) throws Exception {
        return JSON.valueToTree(JSON.treeToValue(original, PatRecord.class));
    }

    @Test
    void finnishSwedishAndEnglishTextsAllSurviveTheRoundTrip() throws Exception {
        Service service = (Service) PatJson.example("service");

        Service again = (Service) JSON.readValue(JSON.writeValueAsString(service), PatRecord.class);

        for (Language language : List.of(Language.FI, Language.SV, Language.EN)) {
            assertThat(again.names().get(language)).as("name in %s", language).isEqualTo(service.names().get(language)).isPresent();
            assertThat(again.summary().get(language)).as("summary in %s", language).isPresent();
            assertThat(again.description().get(language)).as("description in %s", language).isPresent();
        }
        assertThat(again.keywords()).extracting(Service.Keyword::language).containsExactly(Language.FI, Language.SV, Language.EN);
        assertThat(again).isEqualTo(service);
    }

    @Test
    void serviceHoursKeepTheirDatesAndTimes() {
        ServiceLocationChannel location = (ServiceLocationChannel) PatJson.example("servicelocation");

        ServiceHours regular = location.serviceHours().get(0);
        ServiceHours christmas = location.serviceHours().get(1);

        assertThat(regular.validFrom()).hasToString("2026-08-10");
        assertThat(regular.openingHours()).extracting(OpeningHour::from).containsExactly("06:00", "09:00");
        assertThat(christmas.closed()).isTrue();
        assertThat(christmas.additionalInformation().get(Language.SV)).contains("Julafton");
        assertThat(christmas.holiday()).isEqualTo("ChristmasEve");
        assertThat(christmas.validTo()).isNull();
    }

    @Test
    void givenExceptionalHoursWithoutWeekdaysWhenReadThenTheOpeningHoursHaveNoDay() {
        ServiceLocationChannel location = (ServiceLocationChannel) PatJson.example("servicelocation");

        ServiceHours between = location.serviceHours().get(2);

        assertThat(between.type()).isEqualTo("Exceptional");
        assertThat(between.openingHours()).singleElement().satisfies(hour -> {
            assertThat(hour.dayFrom()).isNull();
            assertThat(hour.from()).isEqualTo("09:00");
        });
    }

    @Test
    void givenDisplayNameTypesInBothFormsWhenReadAndWrittenThenEachFormIsKept() throws Exception {
        String shortForm = "\"AlternativeName\"";
        String perLanguage = "{\"fi\":\"Name\",\"sv\":\"AlternativeName\"}";

        DisplayNameType every = JSON.readValue(shortForm, DisplayNameType.class);
        DisplayNameType each = JSON.readValue(perLanguage, DisplayNameType.class);

        assertThat(every.of(Language.EN)).contains("AlternativeName");
        assertThat(each.of(Language.FI)).contains("Name");
        assertThat(each.of(Language.SV)).contains("AlternativeName");
        assertThat(each.of(Language.EN)).isEmpty();
        assertThat(JSON.writeValueAsString(every)).isEqualTo(shortForm);
        assertThat(JSON.writeValueAsString(each)).isEqualTo(perLanguage);
    }

    @Test
    void aMisspeltFieldIsRefusedNotIgnored() {
        String json = "{\"kind\":\"organization\",\"code\":\"x\",\"nmaes\":{\"fi\":\"Turku\"}}";

        assertThatThrownBy(() -> JSON.readValue(json, PatRecord.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("nmaes");
    }

    @Test
    void theKindDecidesTheRecordType() throws Exception {
        PatRecord phone = JSON.readValue("{\"kind\":\"phone\",\"code\":\"p1\"}", PatRecord.class);
        PatRecord offering = JSON.readValue("{\"kind\":\"offering\",\"code\":\"o1\"}", PatRecord.class);

        assertThat(phone).isInstanceOf(PhoneChannel.class);
        assertThat(phone.namespace()).isEqualTo(RecordKind.Namespace.CHANNEL);
        assertThat(offering).isInstanceOf(ServiceOffering.class);
        assertThat(JSON.writeValueAsString(offering)).doesNotContain("languages");
    }

    @Test
    void missingListsAndTextsReadAsEmptyNotNull() throws Exception {
        Organization organization = (Organization) JSON.readValue("{\"kind\":\"organization\",\"code\":\"o\"}", PatRecord.class);

        assertThat(organization.names().isEmpty()).isTrue();
        assertThat(organization.addresses()).isEmpty();
        assertThat(organization.languages()).isEmpty();
    }
}
