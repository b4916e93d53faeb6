package fi.ptvintegration.routes.http;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.DataFormat;

/**
 * The one error handler of the routes Drupal calls: whatever stops a call becomes a JSON
 * answer with a status and a reason, and an integration-log record; never a stack trace.
 */
public final class RefusalHandling {

    private RefusalHandling() {}

    public static void declare(RouteBuilder routes, RefusalProcessor refuse, CallLogProcessor log, DataFormat json,
            JsonAnswerProcessor respond) {
        routes.onException(CallRefusal.class, Exception.class)
                .handled(true)
                .process(refuse)
                .process(log)
                .marshal(json)
                .process(respond);
    }
}
