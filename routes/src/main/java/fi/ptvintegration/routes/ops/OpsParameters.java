package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Texts;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.camel.Message;

/**
 * Reads the query and path parameters of the ops views (the REST binding puts them in headers):
 * a malformed one is a 400 naming it and saying what it must be.
 */
final class OpsParameters {

    private OpsParameters() {}

    /** A parameter's value, or null when absent or blank. */
    static String text(Message message, String name) {
        return Texts.blankToNull(message.getHeader(name, String.class));
    }

    /** {@code limit}: 1..max, default 100. */
    static int limit(Message message, int max) {
        String value = text(message, "limit");
        try {
            int limit = value == null ? 100 : Integer.parseInt(value);
            if (limit < 1 || limit > max) {
                throw badQuery("limit", "a number from 1 to " + max);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw badQuery("limit", "a number from 1 to " + max);
        }
    }

    /** An ISO-8601 instant, or null when absent. */
    static OffsetDateTime instant(Message message, String name) {
        String value = text(message, name);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw badQuery(name, "an ISO-8601 instant such as 2026-11-22T08:00:00Z");
        }
    }

    /** The delivery id of the path. */
    static long deliveryId(Message message) {
        try {
            return Long.parseLong(message.getHeader(ExchangeKeys.DELIVERY_ID, String.class));
        } catch (NumberFormatException e) {
            throw new CallRefusal(400, "bad-query", "the delivery id must be a number");
        }
    }

    /** The failure signature a group action is for; required. */
    static String signature(Message message) {
        String signature = text(message, "signature");
        if (signature == null) {
            throw badQuery("signature", "a failure signature as GET /cxf/ops/failed lists it");
        }
        return signature;
    }

    static CallRefusal badQuery(String parameter, String expected) {
        return new CallRefusal(400, "bad-query", "query parameter '" + parameter + "' must be " + expected);
    }
}
