package fi.ptvintegration.ptv.v12;

/**
 * A PAT text (plain text, as Drupal's editors type it) as the Markdown PTV API v12 takes for its
 * long texts (descriptions, user instructions, conditions, charge and processing information).
 * Markdown gives meaning to characters a plain text uses freely ({@code *}, {@code _}, {@code #}
 * at the start of a line, {@code 1.} starting a line, {@code <}...), so the text is escaped: every
 * character Markdown could read as syntax gets a backslash, and so renders as typed. A line break
 * becomes a hard break (a backslash before it), an empty line stays a paragraph break, and the
 * blanks at either end of a line are dropped (Markdown drops up to three and makes four a code
 * block).
 *
 * <p>v12 bounds these texts by their <em>rendered</em> length ("Markdown syntax used for formatting
 * does not count"): the escapes render to nothing, so {@link #renderedLength} of the result is the
 * number of characters (code points) of the text as typed, line breaks counted once.
 */
public final class MarkdownText {

    /** Escaped wherever they stand: inline syntax, links, HTML and entities, GFM tables and strikes. */
    private static final String ALWAYS = "\\`*_[]<>&|~";
    /** Escaped where a line starts: headings, quotes, list bullets, setext underlines. */
    private static final String LINE_START = "#>+-=";

    private MarkdownText() {}

    /** The Markdown that renders as {@code plain}; null for null. */
    public static String of(String plain) {
        if (plain == null) {
            return null;
        }
        String[] lines = plain.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder markdown = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i > 0) {
                boolean paragraph = line.isEmpty() || lines[i - 1].isBlank();
                markdown.append(paragraph || markdown.isEmpty() ? "\n" : "\\\n");
            }
            markdown.append(escapeLine(line));
        }
        return markdown.toString().strip();
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits)) && line.charAt(digits) < 128) {
            digits++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean listNumberEnd = i == digits && digits > 0 && (c == '.' || c == ')');
            if (ALWAYS.indexOf(c) >= 0 || i == 0 && LINE_START.indexOf(c) >= 0 || listNumberEnd) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The length v12 counts for a text this class made: its characters (code points) less the
     * escapes and line-break markers, which render to nothing.
     */
    public static int renderedLength(String markdown) {
        if (markdown == null) {
            return 0;
        }
        int length = 0;
        int i = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isEscapable(markdown.charAt(i + 1))) {
                i++;
            }
            length++;
            i = markdown.offsetByCodePoints(i, 1);
        }
        return length;
    }

    /** What CommonMark lets a backslash escape (ASCII punctuation), and a line break (a hard break). */
    private static boolean isEscapable(char c) {
        return c == '\n' || c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    /**
     * The text a Markdown of this class renders as: escapes and hard-break markers removed. For
     * Markdown written by hand in PTV's editor it gives the text with its other syntax kept, which
     * is what a comparison with the text this system sent needs.
     */
    public static String toPlain(String markdown) {
        if (markdown == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isEscapable(markdown.charAt(i + 1))) {
                continue;
            }
            plain.append(c);
        }
        return plain.toString();
    }
}
