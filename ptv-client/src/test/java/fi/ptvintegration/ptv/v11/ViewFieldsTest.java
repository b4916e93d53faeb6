package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewFieldsTest {

    @Test
    void givenValuesAndItemsWhenBuiltThenPathsAreSortedAndBlankOnesLeftOut() {
        ViewFields fields = new ViewFields();
        fields.put("names.Name.fi", "Uimahallit");
        fields.put("names.Name.sv", " ");
        fields.put("areaType", null);
        fields.item("emails.fi", "uinti@turku.fi", Map.of("", "uinti@turku.fi", ".description", ""));
        fields.item("emails.sv", "sim@abo.fi", Map.of("", "", ".description", ""));

        assertThat(fields.build()).containsExactly(
                entry("emails.fi[uinti@turku.fi]", "uinti@turku.fi"),
                entry("names.Name.fi", "Uimahallit"));
    }

    @Test
    void givenTwoValuesOrItemsOnOnePathWhenBuiltInEitherOrderThenTheyAreNumberedByContent() {
        ViewFields one = new ViewFields();
        one.put("names.AlternativeName.fi", "Uimala");
        one.put("names.AlternativeName.fi", "Maauimala");
        one.item("addresses", "Visiting:Street", parts("Linnankatu", "20100"));
        one.item("addresses", "Visiting:Street", parts("Aurakatu", "20100"));
        ViewFields other = new ViewFields();
        other.item("addresses", "Visiting:Street", parts("Aurakatu", "20100"));
        other.item("addresses", "Visiting:Street", parts("Linnankatu", "20100"));
        other.put("names.AlternativeName.fi", "Maauimala");
        other.put("names.AlternativeName.fi", "Uimala");

        assertThat(one.build()).isEqualTo(other.build()).containsExactly(
                entry("addresses[Visiting:Street#2].postalCode", "20100"),
                entry("addresses[Visiting:Street#2].street.fi", "Linnankatu"),
                entry("addresses[Visiting:Street].postalCode", "20100"),
                entry("addresses[Visiting:Street].street.fi", "Aurakatu"),
                entry("names.AlternativeName.fi", "Maauimala"),
                entry("names.AlternativeName.fi#2", "Uimala"));
    }

    @Test
    void givenNestedFieldsWhenBuiltAsPartsOfAnItemThenTheirPathsFollowTheItemsKey() {
        ViewFields hours = new ViewFields();
        hours.put(".validFrom", "2026-06-01");
        hours.item(".openingHours", "Monday", Map.of("", "Monday", ".opens", "08:00"));
        ViewFields fields = new ViewFields();

        fields.item("serviceHours", "DaysOfTheWeek:2026-06-01", hours.build());

        assertThat(fields.build()).containsExactly(
                entry("serviceHours[DaysOfTheWeek:2026-06-01].openingHours[Monday]", "Monday"),
                entry("serviceHours[DaysOfTheWeek:2026-06-01].openingHours[Monday].opens", "08:00"),
                entry("serviceHours[DaysOfTheWeek:2026-06-01].validFrom", "2026-06-01"));
    }

    private static Map<String, String> parts(String street, String postalCode) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(".street.fi", street);
        parts.put(".postalCode", postalCode);
        return parts;
    }
}
