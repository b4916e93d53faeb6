package fi.ptvintegration.ptv.v11;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects the flattened fields of one item view and makes them independent of the order PTV
 * lists things in: a plain value goes to its path; a list item goes to {@code prefix[key]} with
 * its parts after it ({@code emails.fi[info@turku.fi].description}). When two values or two items
 * land on the same path or key (rare: PTV has one name of a type per language, one e-mail address
 * per language), they are sorted by content and the second and later get {@code #2}, {@code #3},
 * so the result never depends on the order they came in. Blank values are left out; an item
 * whose parts are all blank is left out.
 */
final class ViewFields {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, List<SortedMap<String, String>>> items = new LinkedHashMap<>();

    /** A value at a path; null and blank values are ignored. */
    void put(String path, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(path, p -> new ArrayList<>()).add(value);
        }
    }

    /**
     * A list item: {@code parts} maps a path after the key ("" for the item's own value, or e.g.
     * {@code .description}) to a value.
     */
    void item(String prefix, String key, Map<String, String> parts) {
        SortedMap<String, String> kept = new TreeMap<>();
        parts.forEach((part, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(part, value);
            }
        });
        if (!kept.isEmpty()) {
            items.computeIfAbsent(prefix + "[" + (key == null ? "" : key), k -> new ArrayList<>()).add(kept);
        }
    }

    SortedMap<String, String> build() {
        SortedMap<String, String> fields = new TreeMap<>();
        values.forEach((path, list) -> {
            List<String> sorted = list.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                fields.put(i == 0 ? path : path + "#" + (i + 1), sorted.get(i));
            }
        });
        items.forEach((head, list) -> {
            List<SortedMap<String, String>> sorted = list.stream().sorted(Comparator.comparing(ViewFields::canonical)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                String key = head + (i == 0 ? "" : "#" + (i + 1)) + "]";
                sorted.get(i).forEach((part, value) -> fields.put(key + part, value));
            }
        });
        return fields;
    }

    private static String canonical(SortedMap<String, String> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach((part, value) -> text.append(part).append('=').append(value).append('\n'));
        return text.toString();
    }
}
