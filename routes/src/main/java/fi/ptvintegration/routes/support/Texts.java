package fi.ptvintegration.routes.support;

/** Small text helpers every flow needs: blank values, bounded lengths, the first line of a message. */
public final class Texts {

    /** What is appended to a value cut to fit. */
    public static final String CUT_MARK = "...[cut]";

    private Texts() {}

    /** Null for null or blank, else the value stripped. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value if it fits in {@code max} characters, else its start and {@link #CUT_MARK}, {@code max} characters in all. */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        if (max <= CUT_MARK.length()) {
            return value.substring(0, max);
        }
        return value.substring(0, max - CUT_MARK.length()) + CUT_MARK;
    }

    /**
     * The value as it may go into a log line: control characters (line breaks included, which could
     * forge lines) written as {@code \\uXXXX}, at most {@code max} characters (cut marked). Null stays null.
     */
    public static String printable(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 16);
        for (int i = 0; i < value.length() && out.length() < max + 16; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return truncate(out.toString(), max);
    }

    /** The value without NUL characters, which PostgreSQL does not store in text: each written as {@code \\u0000}. */
    public static String withoutNul(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "\\u0000");
    }

    /** The first line of a message, at most {@code max} characters ("no detail" for null): drivers and parsers write many. */
    public static String firstLine(String message, int max) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > max ? line.substring(0, max) + "..." : line;
    }
}
