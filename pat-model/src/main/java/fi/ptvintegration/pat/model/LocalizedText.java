package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text given in one or more of PTV's content languages, the PAT {@code *_kieliversiot} form.
 * In JSON it is an object keyed by language code: {@code {"fi": "Uimahalli", "sv": "Simhall"}}.
 * Blank values count as missing, so that a declared language with an empty text is caught by
 * validation instead of reaching PTV.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(new EnumMap<>(Language.class));

    private final Map<Language, String> values;

    private LocalizedText(EnumMap<Language, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    @JsonCreator
    public static LocalizedText of(Map<Language, String> values) {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((language, value) -> {
                if (language != null && value != null && !value.isBlank()) {
                    copy.put(language, value.strip());
                }
            });
        }
        return copy.isEmpty() ? EMPTY : new LocalizedText(copy);
    }

    /** The text in that language, if it was given and is not blank. */
    public Optional<String> get(Language language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The languages that have a non-blank text. */
    public Set<Language> languages() {
        return values.keySet();
    }

    public boolean has(Language language) {
        return values.containsKey(language);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @JsonValue
    public Map<Language, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
