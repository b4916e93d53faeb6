package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.Download;
import fi.ptvintegration.routes.reconcile.ReconciliationCsv;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The steps of {@code /cxf/ops/reconcile} (JSON) and {@code /cxf/ops/reconcile.csv} (a file for
 * the editors' spreadsheet), over the {@link OpsService}; the route lets viewers reach them.
 * {@code separator} other than {@code comma} or {@code semicolon} is a 400 naming it.
 */
public class ReconcileOpsSteps {

    private final OpsService operations;

    public ReconcileOpsSteps(OpsService operations) {
        this.operations = operations;
    }

    public Processor reconcile() {
        return exchange -> answer(exchange, new DeliveryOpsSteps.Shown(operations.reconcile(DeliveryOpsSteps.actor(exchange))));
    }

    public Processor reconcileCsv() {
        return exchange -> {
            String separator = OpsParameters.text(exchange.getMessage(), "separator");
            char chosen;
            if (separator == null || separator.equals("comma") || separator.equals(",")) {
                chosen = ',';
            } else if (separator.equals("semicolon") || separator.equals(";")) {
                chosen = ';';
            } else {
                throw OpsParameters.badQuery("separator", "comma or semicolon");
            }
            byte[] csv = ReconciliationCsv.of(operations.reconcile(DeliveryOpsSteps.actor(exchange)), chosen);
            answer(exchange, new Download("text/csv; charset=UTF-8", "ptv-reconciliation.csv", csv, "reconciled"));
        };
    }

    private static void answer(Exchange exchange, Object body) {
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
