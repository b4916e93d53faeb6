package fi.ptvintegration.ptv.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares and fingerprints {@link PtvItemView}s: which fields differ between two views of an
 * item (drift: what was read or written before, what PTV holds now), a content hash of a view's
 * fields that stays the same for the same content on any JVM, and the language a field path
 * names. Pure.
 */
public final class PtvItemViews {

    /** A segment of a path that names a language: two or three lower-case letters (fi, sv, en, se, smn...). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private PtvItemViews() {}

    /** How a field differs. */
    public enum ChangeType {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One field that differs between two views.
     *
     * @param before the value before, null when the field was added
     * @param after the value after, null when the field was removed
     */
    public record FieldChange(String path, ChangeType type, String before, String after) {

        /** The language the field is in, when its path names one. */
        public Optional<String> language() {
            return PtvItemViews.language(path);
        }
    }

    /** The fields that differ, sorted by path; empty when both views hold the same fields. */
    public static List<FieldChange> diff(PtvItemView before, PtvItemView after) {
        return diff(before.fields(), after.fields());
    }

    /** The same comparison on bare field maps (e.g. a view stored earlier as its fields only). */
    public static List<FieldChange> diff(SortedMap<String, String> before, SortedMap<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String was = before.get(path);
            String is = after.get(path);
            if (was == null) {
                changes.add(new FieldChange(path, ChangeType.ADDED, null, is));
            } else if (is == null) {
                changes.add(new FieldChange(path, ChangeType.REMOVED, was, null));
            } else if (!was.equals(is)) {
                changes.add(new FieldChange(path, ChangeType.CHANGED, was, is));
            }
        }
        return changes;
    }

    /** SHA-256 of the view's fields (not of its id, status or time), as 64 lower-case hex digits. */
    public static String contentHash(PtvItemView view) {
        return contentHash(view.fields());
    }

    /**
     * SHA-256 of the fields in path order, each path and value written with its length first, so
     * that no two different field maps give the same bytes.
     */
    public static String contentHash(SortedMap<String, String> fields) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            update(sha256, field.getKey());
            update(sha256, Objects.requireNonNull(field.getValue(), field.getKey()));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    /**
     * The language a field path names: a segment after the first that is a language code, with any
     * {@code [key]} or {@code #2} after it left out ({@code names.Name.sv} is sv, {@code emails.fi[info@turku.fi]}
     * is fi, {@code addresses[Visiting:Street].street.en} is en); empty for fields without a
     * language ({@code areaType}, {@code languages[sv]}).
     */
    public static Optional<String> language(String path) {
        List<String> segments = segments(path);
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            String name = segment.split("[\\[#]", 2)[0];
            if (LANGUAGE.matcher(name).matches()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The path split at dots that are not inside a {@code [key]}. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == '.' && depth == 0) {
                segments.add(path.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(path.substring(start));
        return segments;
    }
}
