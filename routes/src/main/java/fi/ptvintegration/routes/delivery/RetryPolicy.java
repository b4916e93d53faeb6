package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.support.Causes;
import fi.ptvintegration.routes.support.Texts;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides what becomes of a delivery attempt that failed: try again later (and when), or fail
 * for good, and under which failure signature the failure is grouped for admins.
 *
 * <p>What a PTV failure means is {@link PtvFailures}'s to say; here: a record waiting for another
 * one to reach PTV is retried when {@code waitForReferences}, a database failure is retried, a
 * refusal (conflicts, records that break the rules) and anything unexpected are not. Retries
 * back off exponentially from {@code initialBackoff} up to {@code maxBackoff}, with jitter (half
 * the delay is random) so that many deliveries failing together do not come back together; after
 * {@code maxAttempts} attempts the delivery fails with the cause of its last attempt. Pure: the
 * random source is given.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, boolean waitForReferences) {

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
        PtvApiException ptv = Causes.find(failure, PtvApiException.class).orElse(null);
        if (ptv != null) {
            PtvFailures.Meaning meaning = PtvFailures.meaning(ptv);
            String cause = meaning.fixedCause() != null ? meaning.fixedCause()
                    : failure instanceof CallRefusal refusal ? refusal.getMessage() : meaning.defaultCause();
            return new Decision(meaning.retry(), meaning.retryAfter(), meaning.signature(), meaning.ptvStatus(), cause);
        }
        if (failure instanceof MissingReference missing) {
            String signature = (waitForReferences ? "waiting for " : "missing in PTV: ") + missing.kind().jsonName();
            return new Decision(waitForReferences, Duration.ZERO, signature, null, missing.getMessage());
        }
        if (failure instanceof CallRefusal refusal) {
            String signature = switch (refusal.error()) {
                case "not-found" -> "record not stored";
                case "validation" -> "record breaks PTV's rules";
                case "ptv-modified" -> PtvFailures.MODIFIED_SIGNATURE;
                case "ptv-drift" -> PtvFailures.DRIFT_SIGNATURE;
                default -> "refused: " + refusal.error();
            };
            return new Decision(false, Duration.ZERO, signature, null, refusal.getMessage());
        }
        Optional<SQLException> database = Causes.find(failure, SQLException.class);
        if (database.isPresent()) {
            return new Decision(true, Duration.ZERO, "database unavailable", null, "the database failed: "
                    + Texts.firstLine(database.get().getMessage(), 300));
        }
        return new Decision(false, Duration.ZERO, "internal error: " + failure.getClass().getSimpleName(), null,
                "unexpected " + failure.getClass().getSimpleName() + ": " + Texts.firstLine(failure.getMessage(), 300));
    }
}
