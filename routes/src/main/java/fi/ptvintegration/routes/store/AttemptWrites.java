package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one delivery attempt learns and would write as it goes (the integration-log record of each
 * PTV call, what PTV now holds for the item, its connections, a drift it overwrote), held in memory
 * until the attempt's outcome is recorded and then committed with it in one transaction
 * ({@link DeliveryStore#delivered(Delivery, String, String, DeliveryStore.WithOutcome)}): a push
 * costs one commit after PTV answers instead of one per write.
 *
 * <p>When the attempt fails, {@link #writeApart()} writes what was held one by one, each on its own
 * (a failed write is logged and the rest still go), before the failure is recorded: the log keeps
 * every PTV call, and the link to an item PTV saved is kept. A crash before either loses what was
 * held, not what PTV holds: the claim stays, and the next attempt of a create updates by sourceId
 * what PTV may have saved (the outbox's "may be in PTV" rule), reading the item again.
 */
public final class AttemptWrites {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptWrites.class);

    /** One write held for the attempt's transaction, which can also be made on its own; {@code what} names it in a log line. */
    private record Held(ConnectionWrite within, OwnWrite apart, String what) {}

    @FunctionalInterface
    private interface ConnectionWrite {
        void to(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface OwnWrite {
        void run() throws SQLException;
    }

    private final IntegrationLogStore log;
    private final PtvItemStore items;
    private final DriftStore drifts;
    private final List<Held> held = new ArrayList<>();

    public AttemptWrites(IntegrationLogStore log, PtvItemStore items, DriftStore drifts) {
        this.log = log;
        this.items = items;
        this.drifts = drifts;
    }

    /** The integration-log record of a PTV call. */
    public void logRecord(IntegrationLogEntry entry) {
        held.add(new Held(connection -> log.appendWithin(connection, entry), () -> log.append(entry),
                "the log record of " + entry.method() + " " + entry.endpoint()));
    }

    /** What PTV now holds for the code ({@link PtvItemStore#save}). */
    public void itemSaved(RecordKind.Namespace namespace, PtvItem item) {
        held.add(new Held(connection -> items.save(connection, namespace, item), () -> items.save(namespace, item),
                "the link of " + namespace + " '" + item.code() + "' to PTV item " + item.ptvId()));
    }

    /** The item is archived in PTV ({@link PtvItemStore#archived}). */
    public void itemArchived(RecordKind.Namespace namespace, String code, String publishingStatus, OffsetDateTime at) {
        held.add(new Held(connection -> items.archived(connection, namespace, code, publishingStatus, at),
                () -> items.archived(namespace, code, publishingStatus, at), "the archiving of " + namespace + " '" + code + "'"));
    }

    /** The archived item is published again ({@link PtvItemStore#unarchived}). */
    public void itemUnarchived(RecordKind.Namespace namespace, String code) {
        held.add(new Held(connection -> items.unarchived(connection, namespace, code), () -> items.unarchived(namespace, code),
                "the restoring of " + namespace + " '" + code + "'"));
    }

    /** What PTV confirmed holding as the service's connections ({@link PtvItemStore#connectionsConfirmed}). */
    public void connectionsConfirmed(String serviceCode, String connectionsHash) {
        held.add(new Held(connection -> items.connectionsConfirmed(connection, serviceCode, connectionsHash),
                () -> items.connectionsConfirmed(serviceCode, connectionsHash), "the connections of service '" + serviceCode + "'"));
    }

    /** The open drift of the record was written over ({@link DriftStore#resolve}). */
    public void driftResolved(RecordKind.Namespace namespace, String code, String outcome) {
        held.add(new Held(connection -> drifts.resolve(connection, namespace, code, outcome), () -> drifts.resolve(namespace, code, outcome),
                "the drift of " + namespace + " '" + code + "'"));
    }

    /** Writes everything held in the caller's transaction, in the order it was learnt; holds nothing more. */
    public void writeWithin(Connection connection) throws SQLException {
        for (Held write : held) {
            write.within().to(connection);
        }
    }

    /** After {@link #writeWithin} committed: nothing is held any more. */
    public void written() {
        held.clear();
    }

    /**
     * Writes everything held, each on its own, and holds nothing more: for an attempt that failed
     * (its outcome is recorded apart). A write the database does not take is logged, the rest still go.
     */
    public void writeApart() {
        for (Held write : held) {
            try {
                write.apart().run();
            } catch (SQLException | RuntimeException e) {
                LOG.error("A failed delivery attempt could not record {}: {}", write.what(), e.toString());
            }
        }
        held.clear();
    }
}
