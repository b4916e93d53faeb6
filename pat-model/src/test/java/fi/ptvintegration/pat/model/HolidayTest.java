package fi.ptvintegration.pat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holiday dates against the Finnish calendar (almanakka) of the years named. */
class HolidayTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "EasterSunday, 2024, 2024-03-31",
        "EasterSunday, 2025, 2025-04-20",
        "EasterSunday, 2026, 2026-04-05",
        "GoodFriday, 2026, 2026-04-03",
        "MaundyThursday, 2026, 2026-04-02",
        "EasterMonday, 2026, 2026-04-06",
        "AscensionDay, 2026, 2026-05-14",
        "WhitSunday, 2026, 2026-05-24",
        "MidsummerEve, 2026, 2026-06-19",
        "MidsummerDay, 2026, 2026-06-20",
        "MidsummerEve, 2025, 2025-06-20",
        "AllSaintsDay, 2026, 2026-10-31",
        "AllSaintsDay, 2025, 2025-11-01",
        "IndependenceDay, 2026, 2026-12-06",
        "ChristmasEve, 2026, 2026-12-24",
        "Epiphany, 2027, 2027-01-06",
    })
    void givenAHolidayAndAYearWhenItsDateIsAskedThenItIsTheCalendarsDay(String name, int year, LocalDate date) {
        assertThat(Holiday.fromPtvName(name)).get().extracting(h -> h.dateIn(year)).isEqualTo(date);
    }
}
