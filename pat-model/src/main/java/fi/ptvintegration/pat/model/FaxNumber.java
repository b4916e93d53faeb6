package fi.ptvintegration.pat.model;

/**
 * A fax number, which PTV keeps apart from phone numbers and without charge information
 * (service locations' {@code faxNumbers}, a connection's contact {@code faxNumbers}).
 *
 * @param language the language the number is shown in
 * @param prefix country prefix with its plus sign, e.g. {@code +358}; empty for a Finnish service number
 * @param number digits only, without the prefix
 * @param finnishServiceNumber true for a Finnish service number, which has no prefix
 */
public record FaxNumber(Language language, String prefix, String number, boolean finnishServiceNumber) {}
