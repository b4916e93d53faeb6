package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import fi.ptvintegration.routes.store.DatabaseStatus;
import fi.ptvintegration.routes.codelists.CodeListsStatus;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ServiceStatus;

/**
 * Builds the {@link HealthReport} for the health route: queries the database, reads the Camel
 * context's state, and sets the HTTP status to 200 when everything is up and 503 otherwise, so
 * that a load balancer or a monitor can act on the status code alone.
 */
public class HealthCheckProcessor implements Processor {

    private final DatabaseHealthProbe databaseProbe;
    private final HealthReport.Application application;
    private final HealthReport.Ptv ptv;
    private final Supplier<CodeListsStatus> codeLists;

    public HealthCheckProcessor(
            DatabaseHealthProbe databaseProbe, HealthReport.Application application, HealthReport.Ptv ptv) {
        this(databaseProbe, application, ptv, () -> null);
    }

    /** @param codeLists the code lists' state, read from memory at each call */
    public HealthCheckProcessor(DatabaseHealthProbe databaseProbe, HealthReport.Application application, HealthReport.Ptv ptv,
            Supplier<CodeListsStatus> codeLists) {
        this.databaseProbe = databaseProbe;
        this.application = application;
        this.ptv = ptv;
        this.codeLists = codeLists;
    }

    @Override
    public void process(Exchange exchange) {
        CamelContext context = exchange.getContext();
        ServiceStatus contextStatus = context.getStatus();
        HealthReport.Camel camel = new HealthReport.Camel(
                context.getName(),
                contextStatus.name(),
                context.getVersion(),
                context.getRoutesSize(),
                context.getUptimeMillis());
        DatabaseStatus database = databaseProbe.probe();

        boolean up = contextStatus.isStarted() && database.up();
        HealthReport report = new HealthReport(up ? HealthReport.UP : HealthReport.DOWN, application, camel, database, ptv,
                codeLists.get());

        exchange.getMessage().setBody(report);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
    }
}
