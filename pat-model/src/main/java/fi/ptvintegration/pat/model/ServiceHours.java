package fi.ptvintegration.pat.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Service hours (aukioloajat): regular weekly hours, an exception (holiday, closed day) or hours
 * that run over midnight, with an optional validity period.
 *
 * @param type DaysOfTheWeek, Exceptional or OverMidnight (aukiolotyyppi)
 * @param validFrom first day the hours hold (voimassaoloAlkamishetki)
 * @param validTo last day the hours hold (voimassaoloPaattymishetki)
 * @param alwaysOpen open around the clock
 * @param closed closed for the whole period (for exceptions)
 * @param openingHours the opening periods
 * @param additionalInformation free text per language (kuvaus_kieliversiot), at most 150 characters
 */
public record ServiceHours(
        String type,
        LocalDate validFrom,
        LocalDate validTo,
        boolean alwaysOpen,
        boolean closed,
        List<OpeningHour> openingHours,
        LocalizedText additionalInformation) {
    public ServiceHours {
        openingHours = Values.list(openingHours);
        additionalInformation = Values.text(additionalInformation);
    }
}
