package fi.ptvintegration.pat.model;

/**
 * A phone number as PTV wants it (puhelinnumerot): the number in digits only, the country
 * prefix apart from it, shown in one language.
 *
 * @param language the language the number is shown in
 * @param type Phone, Sms or Fax, only where PTV keeps a type: the numbers of a phone channel. PTV
 *     keeps no type for an organisation's numbers, a service location's, support numbers or a
 *     connection's: there it is left out (or {@code Phone}); a service location's fax numbers go
 *     in its {@code faxNumbers}
 * @param prefix country prefix with its plus sign, e.g. {@code +358}; empty for Finnish service numbers
 * @param number digits only, without the prefix: {@code 21262000}
 * @param finnishServiceNumber true for a Finnish service number (0800, 0100...), which has no prefix
 * @param chargeType Chargeable, FreeOfCharge or Other
 * @param chargeDescription what a call costs, at most 150 characters
 * @param additionalInformation e.g. whose number it is, at most 150 characters
 */
public record Phone(
        Language language,
        String type,
        String prefix,
        String number,
        boolean finnishServiceNumber,
        String chargeType,
        String chargeDescription,
        String additionalInformation) {}
