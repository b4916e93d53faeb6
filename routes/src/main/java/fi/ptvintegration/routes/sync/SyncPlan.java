package fi.ptvintegration.routes.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.delivery.PushOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one daily sync is to send, phase by phase in the order they go (organisations level by
 * level from the top, channels, services with their connections; then archiving the other way
 * round: services, channels, organisations from the deepest), and what it leaves out and why.
 * A phase starts when every delivery of the one before has finished.
 */
public record SyncPlan(List<Phase> phases, List<Skipped> skipped) {

    /** One delivery to make. */
    public record Step(RecordKind kind, String code, PushOperation operation, String reason) {}

    /** A phase: its name and its deliveries. */
    public record Phase(String name, List<Step> steps) {}

    /** A record the sync does not send, and why (a draft PTV cannot archive, an organisation still in use...). */
    public record Skipped(String kind, String code, String reason) {}

    /** Deliveries of one kind and operation. */
    public record Count(String kind, String operation, int count) {}

    /** Deliveries of one phase. */
    public record PhaseCount(String phase, int count) {}

    /**
     * What a dry run says and what a batch records: how many deliveries, per kind and operation,
     * per phase, and what is left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(int planned, List<Count> counts, List<PhaseCount> phases, List<Skipped> skipped) {}

    public SyncPlan {
        phases = List.copyOf(phases);
        skipped = List.copyOf(skipped);
    }

    /** How many deliveries in all. */
    public int size() {
        return phases.stream().mapToInt(p -> p.steps().size()).sum();
    }

    public Summary summary() {
        Map<String, Integer> byKindAndOperation = new TreeMap<>();
        List<PhaseCount> byPhase = new ArrayList<>();
        for (Phase phase : phases) {
            byPhase.add(new PhaseCount(phase.name(), phase.steps().size()));
            for (Step step : phase.steps()) {
                byKindAndOperation.merge(step.kind().jsonName() + "\n" + step.operation().name(), 1, Integer::sum);
            }
        }
        List<Count> counts = new ArrayList<>();
        byKindAndOperation.forEach((key, count) -> {
            String[] kindAndOperation = key.split("\n");
            counts.add(new Count(kindAndOperation[0], kindAndOperation[1], count));
        });
        return new Summary(size(), counts, byPhase, skipped);
    }
}
