package fi.ptvintegration.routes.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a sync batch stands ({@code GET /cxf/ops/sync/{batch}}, {@code ptv:sync}): its state and
 * phase, its deliveries counted by status and by kind and operation, how fast it goes and about
 * how long it has left.
 *
 * @param counts deliveries by status: PENDING, IN_FLIGHT, DELIVERED, FAILED, DISMISSED
 * @param done deliveries finished (delivered, failed or dismissed)
 * @param itemsPerSecond deliveries finished per second since the batch started (until it finished)
 * @param estimatedSecondsLeft at that pace, for the deliveries not finished; null when unknown or finished
 * @param plan what the batch planned, as its dry run would have said
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncProgress(String batch, String state, String phase, String startedBy, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, int planned, Map<String, Integer> counts, List<KindAndOperation> byKindAndOperation, int done,
        double elapsedSeconds, double itemsPerSecond, Double estimatedSecondsLeft, String error, SyncPlan.Summary plan) {

    /** Deliveries of one kind and operation, by status. */
    public record KindAndOperation(String kind, String operation, Map<String, Integer> counts) {}

    /** One line for the shell: where the batch is, how fast, how long left. */
    public String line() {
        String shortId = batch.length() > 8 ? batch.substring(0, 8) : batch;
        StringBuilder line = new StringBuilder("batch ").append(shortId).append(' ').append(state);
        if (phase != null) {
            line.append(" [").append(phase).append(']');
        }
        line.append(": ").append(done).append('/').append(Math.max(planned, total())).append(" done (")
                .append(count("DELIVERED")).append(" delivered, ").append(count("FAILED")).append(" failed");
        if (count("DISMISSED") > 0) {
            line.append(", ").append(count("DISMISSED")).append(" dismissed");
        }
        line.append("), ").append(count("IN_FLIGHT")).append(" in flight, ").append(count("PENDING") + count("NEW")).append(" pending; ")
                .append(String.format(Locale.ROOT, "%.1f", itemsPerSecond)).append(" items/s");
        if (estimatedSecondsLeft != null) {
            line.append(String.format(Locale.ROOT, "; about %.0f s left", estimatedSecondsLeft));
        }
        if (error != null) {
            line.append("; ").append(error);
        }
        return line.toString();
    }

    private int count(String status) {
        return counts.getOrDefault(status, 0);
    }

    private int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
