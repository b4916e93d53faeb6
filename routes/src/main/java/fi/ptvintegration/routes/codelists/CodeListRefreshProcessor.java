package fi.ptvintegration.routes.codelists;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two uses of the {@link CodeListRefresher}: {@link #now()} for {@code POST /cxf/ops/codelists/refresh}
 * (an admin's refresh, answered with the report; a failed list is 502 with the report, its stored
 * entries still served), and {@link #whenDue()} for the timer route, which never fails the route:
 * a refresh that cannot run is a warning in the log and an error in the lists' state.
 */
public final class CodeListRefreshProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CodeListRefreshProcessor.class);

    private final CodeListRefresher refresher;

    public CodeListRefreshProcessor(CodeListRefresher refresher) {
        this.refresher = refresher;
    }

    public Processor now() {
        return exchange -> {
            RefreshReport report = refresher.refresh();
            exchange.getMessage().setBody(report);
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, report.failed() ? 502 : 200);
        };
    }

    public Processor whenDue() {
        return exchange -> {
            try {
                refresher.refreshIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("Code lists could not be refreshed now; the stored lists are served: {}", e.toString());
            }
        };
    }
}
