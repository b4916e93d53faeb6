package fi.ptvintegration.pat.model;

/**
 * A link shown in one language.
 *
 * @param language the language of the page
 * @param url absolute http(s) URL
 * @param name the link text, at most 100 characters
 */
public record WebPage(Language language, String url, String name) {}
