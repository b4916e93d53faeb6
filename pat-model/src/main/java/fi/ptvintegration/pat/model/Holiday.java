package fi.ptvintegration.pat.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Finnish public holidays and holiday eves PTV gives their own service hours, with PTV API
 * v12's names ({@code Holiday.holidayName}) and the date each falls on in a year: fixed dates,
 * Easter and the days that move with it, Midsummer (the Saturday between 20 and 26 June, its eve
 * the Friday before) and All Saints' Day (the Saturday between 31 October and 6 November).
 */
public enum Holiday {
    NEW_YEAR_EVE("NewYearEve"),
    NEW_YEAR_DAY("NewYearDay"),
    EPIPHANY("Epiphany"),
    MAUNDY_THURSDAY("MaundyThursday"),
    GOOD_FRIDAY("GoodFriday"),
    EASTER_SUNDAY("EasterSunday"),
    EASTER_MONDAY("EasterMonday"),
    MAY_DAY_EVE("MayDayEve"),
    MAY_DAY("MayDay"),
    ASCENSION_DAY("AscensionDay"),
    WHIT_SUNDAY("WhitSunday"),
    MIDSUMMER_EVE("MidsummerEve"),
    MIDSUMMER_DAY("MidsummerDay"),
    ALL_SAINTS_DAY("AllSaintsDay"),
    INDEPENDENCE_DAY("IndependenceDay"),
    CHRISTMAS_EVE("ChristmasEve"),
    CHRISTMAS_DAY("ChristmasDay"),
    SECOND_DAY_OF_CHRISTMAS("SecondDayOfChristmas");

    private final String ptvName;

    Holiday(String ptvName) {
        this.ptvName = ptvName;
    }

    /** The name as PTV v12 and the PAT JSON write it, e.g. {@code ChristmasEve}. */
    public String ptvName() {
        return ptvName;
    }

    public static Optional<Holiday> fromPtvName(String name) {
        return Arrays.stream(values()).filter(h -> h.ptvName.equals(name)).findFirst();
    }

    /** The day this holiday falls on in that year. */
    public LocalDate dateIn(int year) {
        return switch (this) {
            case NEW_YEAR_EVE -> LocalDate.of(year, 12, 31);
            case NEW_YEAR_DAY -> LocalDate.of(year, 1, 1);
            case EPIPHANY -> LocalDate.of(year, 1, 6);
            case MAUNDY_THURSDAY -> easterSunday(year).minusDays(3);
            case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
            case EASTER_SUNDAY -> easterSunday(year);
            case EASTER_MONDAY -> easterSunday(year).plusDays(1);
            case MAY_DAY_EVE -> LocalDate.of(year, 4, 30);
            case MAY_DAY -> LocalDate.of(year, 5, 1);
            case ASCENSION_DAY -> easterSunday(year).plusDays(39);
            case WHIT_SUNDAY -> easterSunday(year).plusDays(49);
            case MIDSUMMER_EVE -> saturdayFrom(MonthDay.of(6, 20), year).minusDays(1);
            case MIDSUMMER_DAY -> saturdayFrom(MonthDay.of(6, 20), year);
            case ALL_SAINTS_DAY -> saturdayFrom(MonthDay.of(10, 31), year);
            case INDEPENDENCE_DAY -> LocalDate.of(year, 12, 6);
            case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
            case CHRISTMAS_DAY -> LocalDate.of(year, 12, 25);
            case SECOND_DAY_OF_CHRISTMAS -> LocalDate.of(year, 12, 26);
        };
    }

    /** The first Saturday on or after that day. */
    private static LocalDate saturdayFrom(MonthDay first, int year) {
        return first.atYear(year).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
