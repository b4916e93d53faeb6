package fi.ptvintegration.routes.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.http.CallRefusal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Decides what becomes of a delivery attempt that failed: try again later (and when), or fail
 * for good, and under which failure signature the failure is grouped for admins.
 *
 * <p>Retried: PTV unreachable or timed out, 5xx, 408 and 429, honouring PTV's Retry-After; a
 * record waiting for another one to reach PTV when {@code waitForReferences}. Not retried: 400
 * (PTV refused a field), 401 that a new login did not cure, 403, 404, conflicts, records that
 * break the rules. Retries back off exponentially from {@code initialBackoff} up to
 * {@code maxBackoff}, with jitter (half the delay is random) so that many deliveries failing
 * together do not come back together; after {@code maxAttempts} attempts the delivery fails with
 * the cause of its last attempt. Pure: the random source is given.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, boolean waitForReferences) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param retry true: try again after {@code delay}; false: failed for good
     * @param signature what failures with the same cause share, for grouping and group replay
     * @param ptvStatus PTV's HTTP status, 0 when it did not answer, null when PTV was not called
     * @param cause a sentence for the admin
     */
    public record Decision(boolean retry, Duration delay, String signature, Integer ptvStatus, String cause) {}

    public Decision decide(Throwable failure, int attempts, DoubleSupplier random) {
        Decision classified = classify(failure);
        if (!classified.retry()) {
            return classified;
        }
        if (attempts >= maxAttempts) {
            return new Decision(false, Duration.ZERO, classified.signature(), classified.ptvStatus(),
                    "gave up after " + attempts + " attempts: " + classified.cause());
        }
        Duration delay = backoff(attempts, random);
        if (classified.delay().compareTo(delay) > 0) {
            delay = classified.delay();
        }
        return new Decision(true, delay, classified.signature(), classified.ptvStatus(), classified.cause());
    }

    /** Exponential backoff with jitter after the given number of attempts: between half and all of initial × 2^(attempts-1), capped. */
    Duration backoff(int attempts, DoubleSupplier random) {
        long initial = Math.max(1, initialBackoff.toMillis());
        long cap = Math.max(initial, maxBackoff.toMillis());
        long exponential = attempts >= 40 ? cap : Math.min(cap, initial << Math.max(0, attempts - 1));
        long half = exponential / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (exponential - half)));
    }

    private Decision classify(Throwable failure) {
        PtvApiException ptv = ptvCause(failure);
        if (ptv != null) {
            return classifyPtv(ptv, failure);
        }
        if (failure instanceof MissingReference missing) {
            String signature = (waitForReferences ? "waiting for " : "missing in PTV: ") + missing.kind().jsonName();
            return new Decision(waitForReferences, Duration.ZERO, signature, null, missing.getMessage());
        }
        if (failure instanceof CallRefusal refusal) {
            String signature = switch (refusal.error()) {
                case "not-found" -> "record not stored";
                case "validation" -> "record breaks PTV's rules";
                default -> "refused: " + refusal.error();
            };
            return new Decision(false, Duration.ZERO, signature, null, refusal.getMessage());
        }
        if (hasCause(failure, SQLException.class)) {
            return new Decision(true, Duration.ZERO, "database unavailable", null, "the database failed: "
                    + failure.getClass().getSimpleName());
        }
        return new Decision(false, Duration.ZERO, "internal error: " + failure.getClass().getSimpleName(), null,
                "unexpected " + failure.getClass().getSimpleName() + "; see the server log");
    }

    private static Decision classifyPtv(PtvApiException ptv, Throwable failure) {
        int status = ptv.status();
        String cause = failure instanceof CallRefusal refusal ? refusal.getMessage() : "PTV answered " + status;
        Duration asked = ptv.retryAfter().orElse(Duration.ZERO);
        if (ptv.isTransportFailure()) {
            return new Decision(true, Duration.ZERO, "PTV unreachable", 0, failure instanceof CallRefusal
                    ? cause : "PTV could not be reached or did not answer in time");
        }
        if (status == 429) {
            return new Decision(true, asked, "PTV 429 too many requests", status, "PTV asked to slow down"
                    + (ptv.retryAfter().isPresent() ? " (Retry-After " + asked.toSeconds() + " s)" : ""));
        }
        if (status >= 500 || status == 408) {
            return new Decision(true, asked, "PTV " + status, status, cause);
        }
        if (status == 401) {
            return new Decision(false, Duration.ZERO, ptv.afterNewLogin() ? "PTV 401 after re-login" : "PTV 401", status,
                    "PTV refused the integration's credentials, also after a new login");
        }
        if (status == 400 && ptv.alreadyExists()) {
            return new Decision(false, Duration.ZERO, "PTV already has the sourceId", status, cause);
        }
        if (status == 400) {
            List<String> fields = refusedFields(ptv.responseBody());
            return new Decision(false, Duration.ZERO, "PTV 400" + (fields.isEmpty() ? "" : " " + String.join(",", fields)), status,
                    cause);
        }
        return new Decision(false, Duration.ZERO, "PTV " + status, status, cause);
    }

    /** PTV's 400 names the properties it refused; their first path segments, sorted, make the signature. */
    static List<String> refusedFields(String body) {
        List<String> fields = new ArrayList<>();
        try {
            JsonNode tree = body == null ? null : JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                tree.fieldNames().forEachRemaining(name -> {
                    String first = name.split("[.\\[]", 2)[0];
                    if (!first.isBlank() && !fields.contains(first)) {
                        fields.add(first);
                    }
                });
            }
        } catch (Exception notJson) {
            // no field names to group by
        }
        Collections.sort(fields);
        return fields;
    }

    private static PtvApiException ptvCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PtvApiException ptv) {
                return ptv;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
