package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.store.Delivery;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;

/** Deliveries as a shell table. */
final class DeliveriesTable {

    private DeliveriesTable() {}

    static void print(List<Delivery> deliveries) {
        ShellTable table = new ShellTable();
        for (String column : List.of("Id", "Kind", "Code", "Op", "Status", "Attempts", "Updated", "PTV id", "Signature", "Cause")) {
            table.column(column);
        }
        for (Delivery d : deliveries) {
            table.addRow().addContent(d.id(), d.kind(), d.code(), d.operation(), d.status(), d.attempts(), d.updatedAt(),
                    d.ptvId() == null ? "" : d.ptvId(), d.failureSignature() == null ? "" : d.failureSignature(),
                    d.lastError() == null ? "" : d.lastError());
        }
        table.print(System.out);
    }
}
