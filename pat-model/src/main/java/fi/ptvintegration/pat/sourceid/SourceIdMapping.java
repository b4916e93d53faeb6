package fi.ptvintegration.pat.sourceid;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a PAT code into a PTV sourceId and back. PTV allows only {@code [A-Za-z0-9-.]} in a
 * sourceId; PAT codes may hold anything else too (underscores, slashes, spaces, ä/ö).
 *
 * <p>The mapping is {@code prefix + escaped code}, where the escape character is {@code .} and
 * every byte of the code's UTF-8 that is not a letter, digit or {@code -} becomes {@code .XX}
 * (two upper-case hex digits), the dot itself included ({@code .2E}). So a code of letters,
 * digits and dashes passes unchanged ({@code turku-uimahallit}), {@code palvelu_12} becomes
 * {@code palvelu.5F12}, and {@code Äänekoski} becomes {@code .C3.84.C3.A4nekoski}. Decoding
 * reverses it exactly, so two codes never share a sourceId.
 *
 * <p>The prefix (configuration, e.g. {@code turku-}) keeps the sourceIds of two systems that
 * write with one PTV account apart. It must itself be made of sourceId characters and may not
 * hold a dot. A code whose sourceId would exceed PTV's limit is refused: PTV would refuse it.
 */
public final class SourceIdMapping {

    /** PTV's own pattern for sourceId ({@code ValidationConsts.ExternalSource}). */
    public static final Pattern PTV_SOURCE_ID = Pattern.compile("^[A-Za-z0-9-.]*$");
    /** The longest sourceId this mapping produces. PTV stores sourceIds in a 100-character column. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern PREFIX = Pattern.compile("^[A-Za-z0-9-]*$");
    private static final char ESCAPE = '.';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String prefix;

    public SourceIdMapping(String prefix) {
        String given = prefix == null ? "" : prefix.strip();
        if (!PREFIX.matcher(given).matches()) {
            throw new IllegalArgumentException(
                    "sourceId prefix '" + given + "' may hold only letters A-Z, a-z, digits and '-'");
        }
        if (given.length() > 30) {
            throw new IllegalArgumentException("sourceId prefix '" + given + "' is longer than 30 characters");
        }
        this.prefix = given;
    }

    public String prefix() {
        return prefix;
    }

    /**
     * The sourceId for a PAT code, or a reason why there can be none: an empty code, or one whose
     * sourceId would be longer than {@link #MAX_LENGTH}.
     */
    public Result toSourceId(String code) {
        if (code == null || code.isEmpty()) {
            return Result.refused("the code is empty");
        }
        StringBuilder sourceId = new StringBuilder(prefix.length() + code.length());
        sourceId.append(prefix);
        for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isPlain(c)) {
                sourceId.append(c);
            } else {
                sourceId.append(ESCAPE).append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        if (sourceId.length() > MAX_LENGTH) {
            return Result.refused("code '" + code + "' gives a sourceId of " + sourceId.length()
                    + " characters; PTV takes at most " + MAX_LENGTH
                    + " (letters, digits and '-' count one, other characters three or more)");
        }
        return Result.mapped(sourceId.toString());
    }

    /** The PAT code of a sourceId this mapping made; empty for one it did not make. */
    public Optional<String> toCode(String sourceId) {
        if (sourceId == null || !sourceId.startsWith(prefix) || !PTV_SOURCE_ID.matcher(sourceId).matches()) {
            return Optional.empty();
        }
        String escaped = sourceId.substring(prefix.length());
        byte[] bytes = new byte[escaped.length()];
        int length = 0;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != ESCAPE) {
                bytes[length++] = (byte) c;
                continue;
            }
            if (i + 2 >= escaped.length()) {
                return Optional.empty();
            }
            int high = upperHexDigit(escaped.charAt(i + 1));
            int low = upperHexDigit(escaped.charAt(i + 2));
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes[length++] = (byte) (high << 4 | low);
            i += 2;
        }
        String code = new String(bytes, 0, length, StandardCharsets.UTF_8);
        // Only the one canonical spelling decodes: anything else was not made by this mapping.
        return toSourceId(code).sourceId().filter(sourceId::equals).map(ignored -> code);
    }

    /** 0-15 for 0-9 and A-F; -1 otherwise (lower case is not what this mapping writes). */
    private static int upperHexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static boolean isPlain(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /** A sourceId, or the reason a code has none. */
    public record Result(Optional<String> sourceId, String refusal) {

        static Result mapped(String sourceId) {
            return new Result(Optional.of(sourceId), null);
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }

        public boolean isMapped() {
            return sourceId.isPresent();
        }
    }
}
