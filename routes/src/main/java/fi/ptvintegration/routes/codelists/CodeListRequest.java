package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.routes.http.CallRefusal;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search in one code list as Drupal asked for it, checked: an unknown list is 404 naming the
 * lists there are; a query longer than {@value #QUERY_MAX} characters or holding control
 * characters, a language other than fi, sv or en, or a page or page size out of range is 400.
 * A page past the last is not an error: it is empty. Pure.
 *
 * @param code an exact code or URI to look up, or null
 * @param text words to search for, or null
 * @param language fi, sv or en to search one language's labels only; null for all three
 */
public record CodeListRequest(PtvCodeList list, String text, String code, String language, boolean includeInvalid, int page,
        int pageSize) {

    static final int QUERY_MAX = 100;
    static final int CODE_MAX = 500;
    static final int PAGE_SIZE_DEFAULT = 20;
    static final int PAGE_SIZE_MAX = 100;
    static final int PAGE_MAX = 100_000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    static CodeListRequest parse(String list, String q, String code, String lang, String includeInvalid, String page,
            String pageSize) {
        PtvCodeList which = PtvCodeList.byId(list == null ? "" : list).orElseThrow(() -> new CallRefusal(404, "unknown-list",
                "there is no code list '" + shown(list) + "'; the lists are: " + names()));
        String text = checked("q", q, QUERY_MAX);
        String exact = checked("code", code, CODE_MAX);
        String language = lang == null || lang.isBlank() ? null : lang.strip();
        if (language != null && !LANGUAGES.contains(language)) {
            throw badRequest("lang must be fi, sv or en, not '" + shown(language) + "'");
        }
        boolean invalidToo = bool("includeInvalid", includeInvalid);
        int pageNumber = number("page", page, 1, 1, PAGE_MAX);
        int size = number("pageSize", pageSize, PAGE_SIZE_DEFAULT, 1, PAGE_SIZE_MAX);
        return new CodeListRequest(which, text, exact, language, invalidToo, pageNumber, size);
    }

    /** The request in a canonical form, for the ETag: equal requests, equal keys. */
    String canonical() {
        return list.id() + "\n" + (text == null ? "" : Folding.fold(text)) + "\n" + (code == null ? "" : code) + "\n"
                + (language == null ? "" : language) + "\n" + includeInvalid + "\n" + page + "\n" + pageSize;
    }

    static String names() {
        return Arrays.stream(PtvCodeList.values()).map(PtvCodeList::id).collect(Collectors.joining(", "));
    }

    private static String checked(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            throw badRequest(name + " must not hold control characters");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw badRequest(name + " is " + length + " characters long; at most " + max);
        }
        return value.strip();
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw badRequest(name + " must be true or false, not '" + shown(value) + "'");
        };
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw badRequest(name + " must be " + min + ".." + max + ", not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw badRequest(name + " must be a whole number, not '" + shown(value) + "'");
        }
    }

    /** A value as a message may repeat it: short, control characters replaced. */
    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String clean = CONTROL.matcher(value).replaceAll("?");
        return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }

    private static CallRefusal badRequest(String message) {
        return new CallRefusal(400, "bad-query", message);
    }
}
