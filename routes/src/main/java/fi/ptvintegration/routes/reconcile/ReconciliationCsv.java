package fi.ptvintegration.routes.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reconciliation as a CSV file for the editors' spreadsheet: one row per finding, a header
 * row, fields quoted where they hold the separator, a quote or a line break (RFC 4180), UTF-8
 * with a byte-order mark so that spreadsheet programs read ä and ö right. The separator is a
 * comma, or a semicolon for spreadsheets set up for Finnish, where the comma is the decimal mark.
 */
public final class ReconciliationCsv {

    private static final List<String> HEADER = List.of("category", "kind", "code", "ptvId", "sourceId", "name", "organization", "detail");

    private ReconciliationCsv() {}

    public static byte[] of(Reconciliation report, char separator) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, HEADER, separator);
        for (Reconciliation.Finding f : report.findings()) {
            row(csv, java.util.Arrays.asList(f.category(), f.kind(), f.code(), f.ptvId(), f.sourceId(), f.name(), f.organization(),
                    f.detail()), separator);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields, char separator) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                csv.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(value);
            }
        }
        csv.append("\r\n");
    }
}
