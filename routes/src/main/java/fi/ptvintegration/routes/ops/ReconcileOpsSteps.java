package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.Download;
import fi.ptvintegration.routes.reconcile.Reconciliation;
import fi.ptvintegration.routes.reconcile.ReconciliationCsv;
import fi.ptvintegration.routes.reconcile.ReconciliationService;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The steps of {@code /cxf/ops/reconcile} (JSON) and {@code /cxf/ops/reconcile.csv} (a file for
 * the editors' spreadsheet), over the {@link OpsService}; the route lets viewers reach them. An
 * admin of one tenant gets the reconciliation of the tenant's own organisations; the node's
 * admins get all of it. {@code separator} other than {@code comma} or {@code semicolon} is a 400
 * naming it.
 */
public class ReconcileOpsSteps {

    private final OpsService operations;
    private final TenantScope scope;

    public ReconcileOpsSteps(OpsService operations, TenantScope scope) {
        this.operations = operations;
        this.scope = scope;
    }

    public Processor reconcile() {
        return exchange -> answer(exchange, new DeliveryOpsSteps.Shown(reconciled(exchange)));
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
            answer(exchange, new Download("text/csv; charset=UTF-8", "ptv-reconciliation.csv",
                    ReconciliationCsv.of(reconciled(exchange), chosen), "reconciled"));
        };
    }

    /** The one place that scopes a reconciliation to the caller: a tenant's admin sees the tenant's records only. */
    private Reconciliation reconciled(Exchange exchange) throws Exception {
        Caller caller = exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
        ReconciliationService.Scope covered = caller == null || caller.global() ? ReconciliationService.Scope.everything()
                : record -> scope.visible(caller, record);
        return operations.reconcile(DeliveryOpsSteps.actor(exchange), covered);
    }

    private static void answer(Exchange exchange, Object body) {
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
