package fi.ptvintegration.pat.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Service hours (aukioloajat), of PTV's three kinds: {@code DaysOfTheWeek} (regular weekly hours,
 * "Standard" before API v8), {@code Exceptional} (a date range with other hours or closed, no
 * weekdays: "Exception") and {@code OverMidnight} (hours that run past midnight: "Special"). A
 * holiday's hours are Exceptional hours on the holiday's date that name the holiday.
 *
 * @param type DaysOfTheWeek, Exceptional or OverMidnight (aukiolotyyppi)
 * @param validFrom first day the hours hold (voimassaoloAlkamishetki); required for Exceptional
 * @param validTo last day the hours hold (voimassaoloPaattymishetki); for Exceptional hours without
 *     it, only validFrom
 * @param alwaysOpen open around the clock
 * @param closed closed for the whole period (for exceptions)
 * @param holiday the Finnish public holiday these Exceptional hours are for, in PTV v12's names
 *     ({@code ChristmasEve}, {@code MidsummerEve}...); validFrom is its date
 * @param openingHours the opening periods
 * @param additionalInformation free text per language (kuvaus_kieliversiot), at most 150 characters
 */
public record ServiceHours(
        String type,
        LocalDate validFrom,
        LocalDate validTo,
        boolean alwaysOpen,
        boolean closed,
        String holiday,
        List<OpeningHour> openingHours,
        LocalizedText additionalInformation) {
    public ServiceHours {
        openingHours = Values.list(openingHours);
        additionalInformation = Values.text(additionalInformation);
    }
}
