package fi.ptvintegration.routes.http;

import org.apache.camel.builder.RouteBuilder;

/**
 * The one error handler of the routes Drupal and admins call: whatever stops a call becomes a
 * JSON answer with a status and a reason, and an integration-log record; never a stack trace.
 */
public final class RefusalHandling {

    private RefusalHandling() {}

    public static void declare(RouteBuilder routes, CallSteps steps) {
        routes.onException(CallRefusal.class, Exception.class)
                .handled(true)
                .process(steps.refuse()).id("refusal-answer")
                .process(steps.log()).id("refusal-log")
                .process(steps.answer()).id("refusal-respond");
    }
}
