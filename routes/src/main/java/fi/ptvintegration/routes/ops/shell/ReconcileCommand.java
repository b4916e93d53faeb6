package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.reconcile.Reconciliation;
import fi.ptvintegration.routes.reconcile.ReconciliationCsv;
import fi.ptvintegration.routes.reconcile.ReconciliationService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:reconcile}: compares PTV with the PAT store and lists what differs (items in PTV
 * with no PAT record, PAT records with no PTV item, links whose item is archived or gone);
 * {@code --csv <file>} also writes the spreadsheet file.
 */
@Command(scope = "ptv", name = "reconcile", description = "Compare PTV with the PAT store: orphans both ways, archived or lost links")
@Service
public class ReconcileCommand implements Action {

    @Option(name = "--csv", description = "Also write the findings to this CSV file")
    String csv;

    @Option(name = "--semicolon", description = "Separate the CSV fields with semicolons (Finnish spreadsheets)")
    boolean semicolon;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Reconciliation found = operations.reconcile(ShellUser.actor(session, "ptv:reconcile"), ReconciliationService.Scope.everything());
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Category", "Kind", "Code", "PTV id", "Name", "Organization", "What to do"}) {
            table.column(column);
        }
        for (Reconciliation.Finding f : found.findings()) {
            table.addRow().addContent(f.category(), f.kind(), f.code() == null ? "" : f.code(), f.ptvId() == null ? "" : f.ptvId(),
                    f.name() == null ? "" : f.name(), f.organization() == null ? "" : f.organization(), f.detail());
        }
        table.print(System.out);
        System.out.println(found.organizations() + " organisations, " + found.ptvItemsRead() + " PTV items read; findings "
                + found.counts() + (found.complete() ? "" : "; INCOMPLETE: " + String.join("; ", found.errors())));
        if (csv != null) {
            Files.write(Path.of(csv), ReconciliationCsv.of(found, semicolon ? ';' : ','));
            System.out.println("Written to " + csv);
        }
        return null;
    }
}
