package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The content languages PTV accepts for service descriptions, in PTV's own two-letter codes.
 * Finnish is the main language of every Finnish municipality; Swedish is required by law in
 * bilingual ones; English is optional.
 */
public enum Language {
    FI("fi"),
    SV("sv"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The two-letter code as PTV and the PAT JSON write it ({@code fi}, {@code sv}, {@code en}). */
    @JsonValue
    public String code() {
        return code;
    }

    /** Looks a code up case-insensitively; empty for anything PTV does not take. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(normalised)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static Language fromJson(String code) {
        return fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown language code '" + code + "': expected one of fi, sv, en"));
    }
}
