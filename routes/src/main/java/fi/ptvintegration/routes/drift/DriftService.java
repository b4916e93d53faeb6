package fi.ptvintegration.routes.drift;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.Drift;
import fi.ptvintegration.routes.store.DriftStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drift: what someone changed in PTV since this system last wrote or read a linked item. The
 * scan reads every linked item ({@code concurrency} at a time), compares its fields with what
 * PTV held then, and keeps one standing drift entry per item that differs (resolved when PTV no
 * longer differs). The views list drift with its differences per field and language; accepting
 * drift takes PTV's current copy as what this system last saw, so the next push writes over the
 * edits (after they were taken into Drupal, or on purpose). The scan never changes what PTV held
 * as recorded: only a push or an accept does.
 */
public class DriftService {

    private static final Logger LOG = LoggerFactory.getLogger(DriftService.class);
    private static final List<RecordKind.Namespace> LINKED = List.of(RecordKind.Namespace.ORGANIZATION, RecordKind.Namespace.SERVICE,
            RecordKind.Namespace.CHANNEL);

    /**
     * What a scan found.
     *
     * @param unreadable items whose read failed (PTV unreachable, an answer that could not be read): named in the log
     * @param gone items PTV no longer has (archived or removed in PTV)
     * @param millis how long the scan took
     */
    public record ScanReport(String correlationId, int scanned, int drifted, int unchanged, int unknownBefore, int gone, int unreadable,
            long millis, OffsetDateTime at) {}

    private final PtvItemStore items;
    private final DriftStore drifts;
    private final PatStore records;
    private final PtvAccounts accounts;
    private final OutboundLog log;
    private final Clock clock;
    private final int concurrency;

    public DriftService(PtvItemStore items, DriftStore drifts, PatStore records, PtvAccounts accounts, OutboundLog log, Clock clock,
            int concurrency) {
        this.items = items;
        this.drifts = drifts;
        this.records = records;
        this.accounts = accounts;
        this.log = log;
        this.clock = clock;
        this.concurrency = Math.max(1, concurrency);
    }

    /** Reads every linked item and records how it stands; runs {@code concurrency} reads at once. */
    public ScanReport scan() throws Exception {
        String correlationId = "drift-scan-" + UUID.randomUUID();
        long started = System.nanoTime();
        List<Linked> linked = new ArrayList<>();
        for (RecordKind.Namespace namespace : LINKED) {
            // An item this system archived answers 404: it cannot drift, and reading it is a wasted call.
            for (PtvItem item : items.linkedNotArchived(namespace)) {
                linked.add(new Linked(namespace, item));
            }
        }
        AtomicInteger drifted = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger unknownBefore = new AtomicInteger();
        AtomicInteger gone = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, linked.size())), r -> {
            Thread thread = new Thread(r, "ptv-drift-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> scans = new ArrayList<>();
            for (Linked item : linked) {
                scans.add(pool.submit(() -> {
                    switch (check(item, correlationId)) {
                        case DRIFTED -> drifted.incrementAndGet();
                        case UNCHANGED -> unchanged.incrementAndGet();
                        case UNKNOWN_BEFORE -> unknownBefore.incrementAndGet();
                        case GONE -> gone.incrementAndGet();
                        case UNREADABLE -> unreadable.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> scan : scans) {
                scan.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ScanReport report = new ScanReport(correlationId, linked.size(), drifted.get(), unchanged.get(), unknownBefore.get(), gone.get(),
                unreadable.get(), Duration.ofNanos(System.nanoTime() - started).toMillis(), OffsetDateTime.now(clock));
        LOG.info("Drift scan {}: {} linked items, {} drifted, {} unchanged, {} never seen before, {} gone from PTV, {} unreadable, {} ms",
                correlationId, report.scanned(), report.drifted(), report.unchanged(), report.unknownBefore(), report.gone(),
                report.unreadable(), report.millis());
        return report;
    }

    private enum Found { DRIFTED, UNCHANGED, UNKNOWN_BEFORE, GONE, UNREADABLE }

    private record Linked(RecordKind.Namespace namespace, PtvItem item) {}

    private Found check(Linked linked, String correlationId) throws Exception {
        PtvItem item = linked.item();
        Optional<PatRecord> record = record(linked.namespace(), item.code());
        if (record.isEmpty()) {
            return Found.UNREADABLE;
        }
        RecordKind kind = record.get().kind();
        OutboundLog.Context context = new OutboundLog.Context(correlationId, kind.jsonName(), item.code(), 1);
        PtvResult<Optional<PtvItemView>> read;
        try {
            read = accounts.portFor(record.get()).latestVersion(linked.namespace(), item.ptvId());
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, item.ptvId(), "ptv-" + e.status(), e.getMessage()));
            return Found.UNREADABLE;
        }
        for (PtvCall call : read.calls()) {
            log.write(context, call, item.ptvId(), call.status() == 404 ? "not-in-ptv" : "drift-scan", null);
        }
        if (read.value().isEmpty()) {
            return Found.GONE;
        }
        if (item.held() == null) {
            return Found.UNKNOWN_BEFORE;
        }
        PtvItemView now = read.value().get();
        List<PtvItemViews.FieldChange> changes = PtvItemViews.diff(item.held().fields(), now.fields());
        if (changes.isEmpty()) {
            drifts.resolve(linked.namespace(), item.code(), Drift.REVERTED);
            return Found.UNCHANGED;
        }
        drifts.record(kind, item.code(), item.ptvId(), "scan", now.modified(), changes.stream().map(DriftService::change).toList(),
                Drift.OPEN);
        return Found.DRIFTED;
    }

    /** Drift entries, newest first: standing ones, or with the resolved history too. */
    public List<Drift> list(boolean withResolved, String code, int limit) throws Exception {
        return drifts.list(withResolved, code, limit);
    }

    public Optional<Drift> find(long id) throws Exception {
        return drifts.find(id);
    }

    /**
     * Accepts standing drift: reads the item again and keeps PTV's current copy as what this
     * system last saw, so the next push writes over it without being refused. 404 for an unknown
     * id, 409 when the drift was resolved already.
     */
    public Drift accept(long id, String correlationId) throws Exception {
        Drift drift = drifts.find(id).orElseThrow(() -> new CallRefusal(404, "not-found", "no drift " + id));
        if (drift.resolvedAt() != null) {
            throw new CallRefusal(409, "resolved", "drift " + id + " was resolved already (" + drift.outcome() + ")");
        }
        RecordKind.Namespace namespace = RecordKind.Namespace.valueOf(drift.namespace());
        PtvItem item = items.find(namespace, drift.code()).orElseThrow(() -> new CallRefusal(409, "not-linked",
                drift.kind() + " '" + drift.code() + "' is no longer linked to PTV"));
        PatRecord record = record(namespace, drift.code()).orElseThrow(() -> new CallRefusal(404, "not-found",
                "no " + drift.kind() + " '" + drift.code() + "' is stored"));
        OutboundLog.Context context = new OutboundLog.Context(correlationId, drift.kind(), drift.code(), 1);
        PtvResult<Optional<PtvItemView>> read;
        try {
            read = accounts.portFor(record).latestVersion(namespace, item.ptvId());
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, item.ptvId(), "ptv-" + e.status(), e.getMessage()));
            throw PtvFailures.answer(e, PtvFailures.Operation.UPDATE, record.kind(), drift.code(), item.sourceId());
        }
        read.calls().forEach(call -> log.write(context, call, item.ptvId(), "read-to-accept-drift", null));
        PtvItemView now = read.value().orElseThrow(() -> new CallRefusal(409, "not-in-ptv",
                "PTV no longer has item " + item.ptvId() + " of " + drift.kind() + " '" + drift.code() + "'"));
        OffsetDateTime at = OffsetDateTime.now(clock);
        items.save(namespace, new PtvItem(item.code(), item.sourceId(), item.ptvId(), now.publishingStatus(), item.sentVersion(),
                item.sentHash(), item.sentAt(), item.origin(),
                new PtvItem.Held(now.modified(), PtvItemViews.contentHash(now), now.fields(), at)));
        drifts.resolve(namespace, drift.code(), Drift.ACCEPTED);
        return drifts.find(id).orElseThrow();
    }

    private Optional<PatRecord> record(RecordKind.Namespace namespace, String code) throws Exception {
        Optional<StoredRecord> stored = records.find(namespace, code);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PatJson.mapper().readValue(stored.get().body(), PatRecord.class));
    }

    static Drift.Change change(PtvItemViews.FieldChange change) {
        return new Drift.Change(change.path(), change.language().orElse(null), change.type().name().toLowerCase(java.util.Locale.ROOT),
                change.before(), change.after());
    }
}
