package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which name PTV shows, {@code Name} or {@code AlternativeName}, per language as PTV keeps it
 * ({@code displayNameType: [{language, type}]}). In JSON either an object keyed by language,
 * {@code {"fi": "Name", "sv": "AlternativeName"}}, or one string that holds for every declared
 * language, {@code "Name"}. A language left out shows its Name.
 */
public final class DisplayNameType {

    private final String everyLanguage;
    private final Map<String, String> byLanguage;

    private DisplayNameType(String everyLanguage, Map<String, String> byLanguage) {
        this.everyLanguage = everyLanguage;
        this.byLanguage = Collections.unmodifiableMap(byLanguage);
    }

    /** The same type in every declared language. */
    public static DisplayNameType everyLanguage(String type) {
        return new DisplayNameType(type, Map.of());
    }

    /** One type per language. */
    public static DisplayNameType perLanguage(Map<Language, String> types) {
        Map<String, String> copy = new LinkedHashMap<>();
        new EnumMap<>(types).forEach((language, type) -> copy.put(language.code(), type));
        return new DisplayNameType(null, copy);
    }

    /**
     * From JSON: a string, or an object keyed by language code. Keys are kept as written so that
     * validation can name one that is not a language.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DisplayNameType fromJson(Object value) {
        if (value instanceof String type) {
            return everyLanguage(type);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> copy = new LinkedHashMap<>();
            map.forEach((language, type) -> copy.put(String.valueOf(language), type == null ? null : String.valueOf(type)));
            return new DisplayNameType(null, copy);
        }
        throw new IllegalArgumentException("displayNameType is a string (Name or AlternativeName) or an object keyed by language");
    }

    /** The type shown in that language, if one is given. */
    public Optional<String> of(Language language) {
        return everyLanguage != null ? Optional.of(everyLanguage) : Optional.ofNullable(byLanguage.get(language.code()));
    }

    /** The single type given for every language, if the short form was used. */
    public Optional<String> forEveryLanguage() {
        return Optional.ofNullable(everyLanguage);
    }

    /** The per-language types as written, keyed by language code; empty for the short form. */
    public Map<String, String> byLanguageCode() {
        return byLanguage;
    }

    @JsonValue
    Object json() {
        return everyLanguage != null ? everyLanguage : byLanguage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayNameType that && java.util.Objects.equals(everyLanguage, that.everyLanguage)
                && byLanguage.equals(that.byLanguage);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(everyLanguage, byLanguage);
    }

    @Override
    public String toString() {
        return String.valueOf(json());
    }
}
