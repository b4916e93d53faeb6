package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:log}: "where is my change?" over the integration log, as {@code GET /cxf/ops/log}.
 * A time that is not ISO-8601, a direction other than IN, OUT or OUTBOX, or a limit outside 1 to
 * 1000 ends with an error (exit status 1).
 */
@Command(scope = "ptv", name = "log", description = "Integration-log entries by code, correlation id, outcome and time, newest first")
@Service
public class LogCommand implements Action {

    @Option(name = "-c", aliases = "--code", description = "PAT code")
    String code;

    @Option(name = "-i", aliases = "--correlation-id", description = "Correlation id of a call from Drupal")
    String correlationId;

    @Option(name = "-o", aliases = "--outcome", description = "Outcome, e.g. created, queued, ptv-400, refused-validation")
    String outcome;

    @Option(name = "-d", aliases = "--direction", description = "IN (calls from Drupal), OUT (calls to PTV) or OUTBOX (failed attempts)")
    @Completion(value = StringsCompleter.class, values = {"IN", "OUT", "OUTBOX"}, caseSensitive = false)
    String direction;

    @Option(name = "--from", description = "First moment, ISO-8601 (2026-11-22T08:00:00Z)")
    String from;

    @Option(name = "--to", description = "Last moment (exclusive), ISO-8601")
    String to;

    @Option(name = "-n", aliases = "--limit", description = "Most entries (default 50)")
    int limit = 50;

    @Reference
    OpsService operations;

    @Override
    public Object execute() throws Exception {
        List<IntegrationLogEntry> entries = operations.log(new IntegrationLogQuery(code, correlationId, outcome,
                ShellArguments.direction(direction), ShellArguments.instant("--from", from), ShellArguments.instant("--to", to),
                ShellArguments.limit(limit)));
        ShellTable table = new ShellTable();
        for (String column : List.of("Time", "Dir", "Method", "Endpoint", "Code", "Outcome", "Status", "ms", "Try", "Correlation id",
                "Error")) {
            table.column(column);
        }
        for (IntegrationLogEntry e : entries) {
            table.addRow().addContent(e.loggedAt(), e.direction(), e.method(), e.endpoint(), e.code() == null ? "" : e.code(),
                    e.outcome(), e.httpStatus(), e.durationMillis(), e.attempt() == null ? "" : e.attempt(), e.correlationId(),
                    e.error() == null ? "" : e.error());
        }
        table.print(System.out);
        return null;
    }
}
