package fi.ptvintegration.routes.http;

import fi.ptvintegration.routes.store.DatabaseFailures;
import fi.ptvintegration.routes.support.Causes;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.SQLException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what stopped a call into its answer: an {@link CallRefusal} into its
 * status and reason; the database being unavailable into 503 (try again later, nothing was
 * stored); the database refusing a value, or anything else, into 500 with the correlation id to
 * quote. The exception itself goes only to the server log, never into the answer; the first line
 * of its cause, secrets removed, also to the call's integration-log record.
 */
public class RefusalProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalProcessor.class);

    @Override
    public void process(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        String flow = exchange.getProperty(ExchangeKeys.FLOW, "Call", String.class);
        ErrorAnswer error;
        if (cause instanceof CallRefusal refusal) {
            error = new ErrorAnswer(correlationId, refusal.status(), refusal.error(), refusal.getMessage(), refusal.violations());
        } else if (Causes.find(cause, SQLException.class).isPresent()) {
            SQLException sql = Causes.find(cause, SQLException.class).get();
            String first = "SQLState " + DatabaseFailures.sqlState(sql) + ": " + Secrets.redactText(Texts.firstLine(sql.getMessage(), 300));
            exchange.setProperty(ExchangeKeys.FAILURE_CAUSE, first);
            if (DatabaseFailures.refused(sql)) {
                LOG.error("{} {} failed: the database refused a value: {}", flow, correlationId, first);
                error = new ErrorAnswer(correlationId, 500, "internal-error",
                        "the database refused a value of this call; quote correlation id " + correlationId, List.of());
            } else {
                LOG.warn("{} {} failed, the database is not available: {}", flow, correlationId, first);
                error = new ErrorAnswer(correlationId, 503, "store-unavailable",
                        "the PAT store is not available; nothing was stored, try again later", List.of());
            }
        } else {
            String first = cause == null ? "no cause" : cause.getClass().getSimpleName() + ": "
                    + Secrets.redactText(Texts.firstLine(cause.getMessage(), 300));
            exchange.setProperty(ExchangeKeys.FAILURE_CAUSE, first);
            LOG.error("{} {} failed unexpectedly: {}", flow, correlationId, first, cause);
            error = new ErrorAnswer(correlationId, 500, "internal-error",
                    "the call could not be processed; quote correlation id " + correlationId, List.of());
        }
        exchange.getMessage().setBody(error);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, error.status());
        if (error.status() == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", "Basic realm=\"ptv-integration\"");
        }
    }
}
