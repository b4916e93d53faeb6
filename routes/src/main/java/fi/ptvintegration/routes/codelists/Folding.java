package fi.ptvintegration.routes.codelists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as the code-list search compares it: case and accents folded ({@code Ä} → {@code a},
 * {@code Å} → {@code a}, {@code é} → {@code e}), split into words at anything that is not a
 * letter or a digit. Pure.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct words of already folded text, in order. */
    static List<String> words(String folded) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NON_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }
}
