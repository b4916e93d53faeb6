package fi.ptvintegration.pat.model;

/**
 * Where a printable form can be downloaded.
 *
 * @param language the form's language
 * @param type PDF, DOC or Excel
 * @param url absolute http(s) URL
 */
public record PrintableFormUrl(Language language, String type, String url) {}
