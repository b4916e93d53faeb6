package fi.ptvintegration.pat.model;

/**
 * An e-mail address shown in one language (sahkoposti).
 *
 * @param language the language the address is shown in
 * @param address the address itself
 * @param description optional short text about the address
 */
public record Email(Language language, String address, String description) {}
