package fi.ptvintegration.routes.route;

import fi.ptvintegration.routes.intake.IntakeRefusal;
import fi.ptvintegration.routes.processor.IntakeLogProcessor;
import fi.ptvintegration.routes.processor.IntakeRefusalProcessor;
import fi.ptvintegration.routes.processor.JsonResponseProcessor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.DataFormat;

/**
 * The one error handler of the routes Drupal calls: whatever stops a call becomes a JSON
 * answer with a status and a reason, and an integration-log record; never a stack trace.
 */
final class RefusalAnswers {

    private RefusalAnswers() {}

    static void declare(RouteBuilder routes, IntakeRefusalProcessor refuse, IntakeLogProcessor log, DataFormat json,
            JsonResponseProcessor respond) {
        routes.onException(IntakeRefusal.class, Exception.class)
                .handled(true)
                .process(refuse)
                .process(log)
                .marshal(json)
                .process(respond);
    }
}
