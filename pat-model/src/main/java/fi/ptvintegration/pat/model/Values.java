package fi.ptvintegration.pat.model;

import java.util.List;

/** Small helpers for the records' compact constructors. */
final class Values {

    private Values() {}

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values.stream().filter(java.util.Objects::nonNull).toList());
    }

    static LocalizedText text(LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }
}
