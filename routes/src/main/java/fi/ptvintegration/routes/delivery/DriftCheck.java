package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.DriftPolicy;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.Drift;
import fi.ptvintegration.routes.store.DriftStore;
import fi.ptvintegration.routes.store.PtvItem;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The look at PTV before a push writes over a linked item: reads the item's latest version, and
 * <ul>
 *   <li>refuses the push when someone left unsaved edits in PTV's editor ({@code Modified}), with
 *       409 {@code ptv-modified} (PTV would refuse the write anyway, with a message nobody can act on);
 *   <li>compares the fields with what PTV held when this system last wrote or read the item: a
 *       difference is an edit made in PTV since, which {@code drift.policy} decides on: recorded as
 *       standing drift and pushed over ({@code report}), or refused with 409 {@code ptv-drift}
 *       naming the fields ({@code refuse}).
 * </ul>
 * With {@code drift.policy=overwrite} nothing is read: PTV's own refusal of a write to a
 * {@code Modified} item still becomes the same 409. PTV unreachable while reading fails the
 * attempt like any PTV failure, so the delivery waits and is retried; an item PTV no longer has
 * goes on to the write, whose answer says so. Every read is in the integration log.
 */
public class DriftCheck {

    private final DriftPolicy policy;
    private final DriftStore drifts;
    private final OutboundLog log;

    public DriftCheck(DriftPolicy policy, DriftStore drifts, OutboundLog log) {
        this.policy = policy;
        this.drifts = drifts;
        this.log = log;
    }

    public DriftPolicy policy() {
        return policy;
    }

    /**
     * Looks before writing over {@code link}; returns the drift recorded as standing (pushed over
     * when the write succeeds), if any.
     */
    public Optional<Long> before(PtvPort ptv, PatRecord record, PtvItem link, OutboundLog.Context context) throws Exception {
        if (policy == DriftPolicy.OVERWRITE) {
            return Optional.empty();
        }
        RecordKind kind = record.kind();
        PtvResult<Optional<PtvItemView>> latest;
        try {
            latest = ptv.latestVersion(kind.namespace(), link.ptvId());
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, link.ptvId(), "ptv-" + e.status(), e.getMessage()));
            throw PtvFailures.answer(e, PtvFailures.Operation.UPDATE, kind, record.code(), link.sourceId());
        }
        for (PtvCall call : latest.calls()) {
            log.write(context, call, link.ptvId(), call.status() == 404 ? "not-in-ptv" : "read-before-write", null);
        }
        if (latest.value().isEmpty()) {
            return Optional.empty();
        }
        PtvItemView held = latest.value().get();
        if ("Modified".equalsIgnoreCase(held.publishingStatus())) {
            throw PtvFailures.modified(kind, record.code(), null);
        }
        if (link.held() == null || link.held().hash().equals(PtvItemViews.contentHash(held))) {
            return Optional.empty();
        }
        List<PtvItemViews.FieldChange> changes = PtvItemViews.diff(link.held().fields(), held.fields());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<Drift.Change> recorded = changes.stream().map(DriftCheck::change).toList();
        if (policy == DriftPolicy.REFUSE) {
            long id = drifts.record(kind, record.code(), link.ptvId(), "push", held.modified(), recorded, Drift.REFUSED);
            throw new CallRefusal(409, "ptv-drift", "someone changed " + fieldNames(changes) + " of " + kind.jsonName() + " '"
                    + record.code() + "' in PTV since this system last wrote it; take the edits into Drupal or ask the"
                    + " integration admin to accept them (POST /cxf/ops/drift/" + id + "/accept), then push again");
        }
        return Optional.of(drifts.record(kind, record.code(), link.ptvId(), "push", held.modified(), recorded, Drift.OPEN));
    }

    /** After a write that succeeded: drift standing on the item was written over. */
    public void written(PatRecord record, AttemptWrites writes) {
        writes.driftResolved(record.namespace(), record.code(), Drift.OVERWRITTEN);
    }

    static Drift.Change change(PtvItemViews.FieldChange change) {
        return new Drift.Change(change.path(), change.language().orElse(null), change.type().name().toLowerCase(java.util.Locale.ROOT),
                change.before(), change.after());
    }

    /** The changed fields for people: the field names without their keys and languages, each once. */
    static String fieldNames(List<PtvItemViews.FieldChange> changes) {
        return changes.stream().map(c -> c.path().split("[.\\[#]", 2)[0]).distinct().collect(Collectors.joining(", "));
    }
}
