package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.sync.SyncPlan;
import fi.ptvintegration.routes.sync.SyncProgress;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:sync}: starts the daily sync now and follows it with a progress line a second until
 * it is done ({@code --no-wait} only starts it); {@code --dry-run} says what it would send, per
 * kind and operation, without sending; {@code --batch <id>} shows where a batch stands;
 * {@code --list} the newest batches.
 */
@Command(scope = "ptv", name = "sync", description = "Run the daily sync to PTV now, dry-run it, or follow a batch")
@Service
public class SyncCommand implements Action {

    @Option(name = "-d", aliases = "--dry-run", description = "Only say what would be sent, per kind and operation")
    boolean dryRun;

    @Option(name = "-b", aliases = "--batch", description = "Show where this batch stands")
    String batch;

    @Option(name = "-l", aliases = "--list", description = "List the newest batches")
    boolean list;

    @Option(name = "--no-wait", description = "Start the sync and return at once")
    boolean noWait;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        if (list) {
            ShellTable table = new ShellTable();
            for (String column : new String[] {"Batch", "State", "Started", "Finished", "By", "Planned", "Error"}) {
                table.column(column);
            }
            for (SyncBatch b : operations.syncBatches(20)) {
                table.addRow().addContent(b.id(), b.state(), b.startedAt(), b.finishedAt() == null ? "" : b.finishedAt(), b.startedBy(),
                        b.planned(), b.error() == null ? "" : b.error());
            }
            table.print(System.out);
            return null;
        }
        if (dryRun) {
            printPlan(operations.syncDryRun());
            return null;
        }
        if (batch != null) {
            Optional<SyncProgress> progress = operations.syncProgress(batch);
            System.out.println(progress.map(SyncProgress::line).orElse("No sync batch " + batch + "."));
            return null;
        }
        Optional<SyncBatch> started = operations.startSync(ShellUser.actor(session, "ptv:sync"));
        if (started.isEmpty()) {
            System.err.println("A sync batch is running already: ptv:sync --list");
            return null;
        }
        String id = started.get().id();
        System.out.println("Sync batch " + id + " started: " + started.get().planned() + " deliveries planned.");
        if (noWait) {
            return null;
        }
        while (true) {
            SyncProgress progress = operations.syncProgress(id).orElseThrow();
            System.out.println(progress.line());
            if (!SyncBatch.RUNNING.equals(progress.state())) {
                return null;
            }
            Thread.sleep(1000);
        }
    }

    private static void printPlan(SyncPlan.Summary plan) {
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("Operation");
        table.column("Count");
        plan.counts().forEach(c -> table.addRow().addContent(c.kind(), c.operation(), c.count()));
        table.print(System.out);
        System.out.println(plan.planned() + " deliveries would be sent.");
        plan.skipped().forEach(s -> System.out.println("Left out: " + s.kind() + " '" + s.code() + "': " + s.reason()));
    }
}
