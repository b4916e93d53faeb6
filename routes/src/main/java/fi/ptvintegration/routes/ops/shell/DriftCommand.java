package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.drift.DriftService;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.Drift;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:drift}: items someone changed in PTV since this system last wrote them, with their
 * differences per field and language ({@code GET /cxf/ops/drift}); {@code --scan} reads every
 * linked item now, {@code --accept <id>} takes PTV's edits as seen now.
 */
@Command(scope = "ptv", name = "drift", description = "Edits made in PTV since this system last wrote the items; scan or accept them")
@Service
public class DriftCommand implements Action {

    @Option(name = "-c", aliases = "--code", description = "Only this PAT code")
    String code;

    @Option(name = "--all", description = "Also the resolved history (written over, accepted, reverted)")
    boolean all;

    @Option(name = "--scan", description = "Read every linked item from PTV now and record how it stands")
    boolean scan;

    @Option(name = "--accept", description = "Accept the edits of this drift entry: the next push writes over them")
    Long accept;

    @Option(name = "-n", aliases = "--limit", description = "Most entries (default 50)")
    int limit = 50;

    @Reference
    DriftService drift;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        if (scan) {
            DriftService.ScanReport report = drift.scan();
            operations.audit(ShellUser.actor(session, "ptv:drift --scan"), "drift-scanned", null, null, null, null, null);
            System.out.println("Scanned " + report.scanned() + " linked items in " + report.millis() + " ms: " + report.drifted() + " drifted, "
                    + report.unchanged() + " unchanged, " + report.unknownBefore() + " never seen before, " + report.gone()
                    + " gone from PTV, " + report.unreadable() + " unreadable.");
        }
        if (accept != null) {
            OpsService.Actor actor = ShellUser.actor(session, "ptv:drift --accept");
            Drift accepted = drift.accept(accept, actor.correlationId());
            operations.audit(actor, "drift-accepted", accepted.kind(), accepted.code(), accepted.ptvId(), "{\"id\":" + accept + "}", null);
            System.out.println("Drift " + accept + " of " + accepted.kind() + " '" + accepted.code() + "' accepted: push it again.");
            return null;
        }
        List<Drift> found = drift.list(all, code, limit);
        ShellTable table = new ShellTable();
        for (String column : List.of("Id", "Kind", "Code", "PTV id", "Found", "By", "Outcome", "Field", "Lang", "Was", "Is now")) {
            table.column(column);
        }
        for (Drift entry : found) {
            for (Drift.Change change : entry.changes()) {
                table.addRow().addContent(entry.id(), entry.kind(), entry.code(), entry.ptvId(), entry.detectedAt(), entry.detectedBy(),
                        entry.outcome(), change.path(), change.language() == null ? "" : change.language(),
                        change.before() == null ? "" : change.before(), change.after() == null ? "" : change.after());
            }
        }
        table.print(System.out);
        System.out.println(found.isEmpty() ? "No drift." : found.size() + " items.");
        return null;
    }
}
