package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The steps of the daily sync's endpoints under {@code /cxf/ops/sync}, over the {@link OpsService}:
 * the batches, the dry run, a batch's progress (reading), and starting a sync now (acting; the
 * route lets only admins reach it). A batch covers every organisation of the node, so an admin of
 * one tenant is refused (403), here in one place. An unknown batch is a 404; a start while
 * another batch runs a 409 naming it.
 */
public class SyncOpsSteps {

    private final OpsService operations;

    public SyncOpsSteps(OpsService operations) {
        this.operations = operations;
    }

    /** A sync started: its batch and where its progress is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Started(String batch, int planned, String progress) implements CallOutcome {
        @Override
        public String outcome() {
            return "sync-started";
        }
    }

    /** The node's admins only: a batch covers every tenant's organisations. */
    private static void requireNodeAdmin(Exchange exchange) {
        Caller caller = exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
        if (caller != null && !caller.global()) {
            throw new CallRefusal(403, "forbidden", "the daily sync covers every organisation on this node: only the node's admins run or"
                    + " watch it, not an admin of tenant '" + caller.tenant().map(t -> t.name()).orElse("") + "'");
        }
    }

    public Processor listBatches() {
        return exchange -> {
            requireNodeAdmin(exchange);
            answer(exchange, 200, new DeliveryOpsSteps.Shown(operations.syncBatches(OpsParameters.limit(exchange.getMessage(), 100))));
        };
    }

    public Processor showPlan() {
        return exchange -> {
            requireNodeAdmin(exchange);
            answer(exchange, 200, new DeliveryOpsSteps.Shown(operations.syncDryRun()));
        };
    }

    public Processor showProgress() {
        return exchange -> {
            requireNodeAdmin(exchange);
            String batch = exchange.getMessage().getHeader(ExchangeKeys.BATCH_ID, String.class);
            answer(exchange, 200, new DeliveryOpsSteps.Shown(operations.syncProgress(batch)
                    .orElseThrow(() -> new CallRefusal(404, "not-found", "no sync batch " + batch))));
        };
    }

    public Processor startSync() {
        return exchange -> {
            requireNodeAdmin(exchange);
            Optional<SyncBatch> started = operations.startSync(DeliveryOpsSteps.actor(exchange));
            if (started.isEmpty()) {
                String running = operations.syncBatches(5).stream().filter(SyncBatch::running).map(SyncBatch::id).findFirst()
                        .orElse("another");
                throw new CallRefusal(409, "sync-running", "sync batch " + running + " is running: follow it at /cxf/ops/sync/" + running);
            }
            String progress = "/cxf/ops/sync/" + started.get().id();
            exchange.getMessage().setHeader("Location", progress);
            answer(exchange, 202, new Started(started.get().id(), started.get().planned(), progress));
        };
    }

    private static void answer(Exchange exchange, int status, Object body) {
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    }
}
