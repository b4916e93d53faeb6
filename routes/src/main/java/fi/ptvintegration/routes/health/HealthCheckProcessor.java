package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.codelists.CodeListsStatus;
import fi.ptvintegration.routes.store.DatabaseStatus;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Answers the health questions from the {@link HealthChecks}: {@code /cxf/health} runs every check
 * and reports the application, the Camel context, the database and PTV as well;
 * {@code /cxf/health/live} only the liveness checks (an orchestrator restarts a node that fails
 * them); {@code /cxf/health/ready} only the readiness checks (a load balancer sends no calls to a
 * node that fails them). The HTTP status is 503 when the answer is DOWN and 200 otherwise, also
 * for DEGRADED, which a monitor reads from the body ({@code status}, {@code failing}) or from the
 * metrics endpoint.
 */
public class HealthCheckProcessor implements Processor {

    /** The names of the health resource's methods, which the REST binding puts in the operationName header. */
    static final String LIVE = "live";
    static final String READY = "ready";

    private final HealthChecks checks;
    private final HealthReport.Application application;
    private final HealthReport.Ptv ptv;
    private final Supplier<CodeListsStatus> codeLists;

    /** @param codeLists the code lists' state, read from memory at each call, shown in the full report */
    public HealthCheckProcessor(HealthChecks checks, HealthReport.Application application, HealthReport.Ptv ptv,
            Supplier<CodeListsStatus> codeLists) {
        this.checks = checks;
        this.application = application;
        this.ptv = ptv;
        this.codeLists = codeLists;
    }

    @Override
    public void process(Exchange exchange) {
        String asked = exchange.getMessage().getHeader(ExchangeKeys.OPERATION_NAME, String.class);
        HealthReport report;
        if (LIVE.equals(asked) || READY.equals(asked)) {
            HealthChecks.Evaluation evaluation = checks.evaluate(LIVE.equals(asked) ? HealthChecks.Question.LIVENESS
                    : HealthChecks.Question.READINESS);
            report = new HealthReport(evaluation.status(), null, null, null, null, null, evaluation.failing(), evaluation.checks());
        } else {
            HealthChecks.Evaluation evaluation = checks.evaluate(HealthChecks.Question.ALL);
            CamelContext context = exchange.getContext();
            HealthReport.Camel camel = new HealthReport.Camel(context.getName(), context.getStatus().name(), context.getVersion(),
                    context.getRoutesSize(), context.getUptimeMillis());
            report = new HealthReport(evaluation.status(), application, camel, database(evaluation), ptv, codeLists.get(),
                    evaluation.failing(), evaluation.checks());
        }
        exchange.getMessage().setBody(report);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, HealthReport.DOWN.equals(report.status()) ? 503 : 200);
    }

    /** The database part of the report, as before the checks came: from the database check's answer. */
    private static DatabaseStatus database(HealthChecks.Evaluation evaluation) {
        return evaluation.checks().stream().filter(check -> DatabaseHealthCheck.ID.equals(check.id())).findFirst()
                .map(check -> {
                    Map<String, Object> details = check.details() == null ? Map.of() : check.details();
                    long millis = details.get("responseMillis") instanceof Number n ? n.longValue() : 0;
                    return HealthReport.UP.equals(check.state())
                            ? new DatabaseStatus(DatabaseStatus.UP, (String) details.get("product"),
                                    (String) details.get("productVersion"), millis, null)
                            : new DatabaseStatus(DatabaseStatus.DOWN, null, null, millis, check.message());
                }).orElse(null);
    }
}
