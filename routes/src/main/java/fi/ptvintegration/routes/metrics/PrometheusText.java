package fi.ptvintegration.routes.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes Prometheus' text exposition format 0.0.4: {@code # HELP} and {@code # TYPE} lines, then
 * one line per sample, {@code name{label="value",...} number}. Label values are escaped as the
 * format says (backslash, double quote, line feed); help texts likewise (backslash, line feed).
 * Numbers are written plainly ({@code 0.025}, {@code 3}, {@code +Inf}, {@code NaN}).
 */
final class PrometheusText {

    /** The content type of format 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder text = new StringBuilder(8192);

    /** Starts a family: its help text and type ({@code counter}, {@code gauge}, {@code histogram}). */
    PrometheusText family(String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /** One sample; {@code labels} alternate names and values. */
    PrometheusText sample(String name, List<String> labels, double value) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append('{');
            for (int i = 0; i + 1 < labels.size(); i += 2) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(labels.get(i)).append("=\"").append(escapeLabel(labels.get(i + 1))).append('"');
            }
            text.append('}');
        }
        text.append(' ').append(number(value)).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
