package fi.ptvintegration.pat.validation;

import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DVV's content review of a service description: it holds no web addresses, e-mail addresses,
 * phone numbers or street addresses, because those belong to the service's channels (a web page,
 * a phone channel, a service location) where PTV keeps them up to date once. Looks at a service's
 * summary, description and user instruction in every language and names what it finds, as
 * {@link Violation}s used as warnings (rules {@code content-web-address}, {@code content-email},
 * {@code content-phone-number}, {@code content-street-address}). Heuristic by nature: it looks for
 * the forms such details take in Finnish, Swedish and English texts. Pure.
 */
public final class ContentReview {

    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:fi|ax|com|org|net|eu|info)(?:/[^\\s<>\"]*)?\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** +358 40 123 4567, 040-123 4567, (06) 325 1111, 0800 12345: a country prefix or a leading 0, then at least five more digits. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w/.-])(?:\\+\\d{1,3}[ -]?\\(?\\d{1,4}\\)?|\\(?0\\d{1,4}\\)?)(?:[ -]?\\d){5,}(?![\\w/]|\\.\\d)");
    /** A postal code with its post office (65100 Vaasa, 00100 HELSINKI) or a post office box (PL 3, PB 3, P.O. Box 3). */
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "\\b\\d{5}\\s+\\p{Lu}[\\p{L}-]+|\\b(?:PL|PB|P\\.?O\\.?\\s?Box)\\s+\\d+\\b");

    private ContentReview() {}

    /** What the record's service description holds that belongs to a channel; empty for other kinds. */
    public static List<Violation> review(PatRecord record) {
        List<Violation> warnings = new ArrayList<>();
        if (record instanceof Service service) {
            text(warnings, "summary", service.summary());
            text(warnings, "description", service.description());
            text(warnings, "userInstruction", service.userInstruction());
        }
        return warnings;
    }

    private static void text(List<Violation> warnings, String field, LocalizedText text) {
        for (Language language : text.languages()) {
            String value = text.get(language).orElseThrow();
            String path = field + "." + language.code();
            String withoutEmails = EMAIL.matcher(value).replaceAll(" ");
            first(EMAIL.matcher(value)).ifPresent(found -> warnings.add(new Violation(path, "content-email",
                    "the e-mail address '" + found + "' belongs to a channel (an online service or a service location), "
                            + "not to the service description")));
            first(WEB_ADDRESS.matcher(withoutEmails)).ifPresent(found -> warnings.add(new Violation(path, "content-web-address",
                    "the web address '" + found + "' belongs to a web page channel, not to the service description")));
            String withoutWeb = WEB_ADDRESS.matcher(withoutEmails).replaceAll(" ");
            first(PHONE.matcher(withoutWeb)).ifPresent(found -> warnings.add(new Violation(path, "content-phone-number",
                    "the phone number '" + found.strip() + "' belongs to a phone channel or a service location, "
                            + "not to the service description")));
            first(STREET_ADDRESS.matcher(withoutWeb)).ifPresent(found -> warnings.add(new Violation(path, "content-street-address",
                    "the address '" + found + "' belongs to a service location, not to the service description")));
        }
    }

    private static java.util.Optional<String> first(Matcher matcher) {
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }
}
