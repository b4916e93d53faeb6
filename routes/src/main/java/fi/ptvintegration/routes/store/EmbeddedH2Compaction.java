package fi.ptvintegration.routes.store;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 database file from growing without end, by doing the housekeeping H2 does
 * not do with the shipped {@code WRITE_DELAY=0}.
 *
 * <p>Why it is needed: with {@code WRITE_DELAY=0} every commit is written at once as a new chunk of
 * H2's file (MVStore), holding every page the transaction changed (a push: about 85 KB for two
 * commits). Older chunks become partly dead; a chunk is only reused once none of its pages is live
 * any more, and H2 moves the few live pages out of such chunks ("compaction") only in its background
 * writer thread, which {@code WRITE_DELAY=0} switches off (H2 starts it only for a delay above 0, and
 * a delay above 0 makes commits wait in memory, losing them to a kill -9). Measured without this
 * class: 2.5 GB after 30,000 pushes, and still growing (docs/BENCHMARKS.md section 12).
 *
 * <p>What it does: asks H2's store to rewrite the live pages of chunks that are at most
 * {@value #TARGET_FILL_RATE} % live (H2's own default for its background compaction), at most
 * {@value #WRITE_LIMIT_BYTES} bytes each time, so that those chunks can be reused. H2 keeps a chunk
 * that went out of use for its retention time (45 s by default) before reusing it; after that the
 * file grows with the data (about twice what is written, measured at 30 pushes a second), no longer
 * with the number of commits. At 200 pushes a second it does not keep up.
 *
 * <p>H2 publishes its store only inside its own bundle: the store is found once, from a connection's
 * session by reflection ({@code SessionLocal.getDatabase().getStore().getMvStore()}, all public
 * methods of H2 2.2). A database that is not embedded H2 (PostgreSQL, an H2 server) has nothing to
 * compact here; if a later H2 changes those methods, compaction stops with one warning and the
 * rest runs as before ({@code EmbeddedH2CompactionTest} fails on such an upgrade).
 *
 * <p>What it shows: the file's size and the share of it that is live data ({@link #figures()}, the
 * metrics {@code ptv_integration_database_file_bytes} and {@code ..._live_percent}), and a warning
 * when the compaction is falling behind the writes: the file grew by {@value #BEHIND_GROWTH_PERCENT} %
 * or {@value #BEHIND_GROWTH_MB} MB or more over {@link #BEHIND_WINDOW}, to at least {@value #BEHIND_MIN_FILE_MB} MB, at most
 * {@value #BEHIND_MAX_LIVE_PERCENT} % of it live; at most every {@link #BEHIND_WARN_EVERY}. The live
 * share alone tells nothing: H2 keeps the chunks of the last 45 s for reuse, so a file under a
 * steady 30 pushes a second is 10-20 % live while it settles (docs/BENCHMARKS.md section 13).
 */
public class EmbeddedH2Compaction {

    /** Chunks at most this full are rewritten: H2's default {@code autoCompactFillRate}. */
    static final int TARGET_FILL_RATE = 90;

    /** Live bytes rewritten at most per run. */
    static final int WRITE_LIMIT_BYTES = 2 * 1024 * 1024;

    /** A file this small is no worry, however it grows. */
    static final int BEHIND_MIN_FILE_MB = 512;
    /** A file more live than this grows with its data, not with dead chunks. */
    static final int BEHIND_MAX_LIVE_PERCENT = 50;
    /** Growth over one window that a settled file does not show. */
    static final int BEHIND_GROWTH_PERCENT = 25;
    /** The same in bytes, for a large file growing steadily (128 MB in ten minutes: 18 GB a day). */
    static final int BEHIND_GROWTH_MB = 128;
    /** The window the growth is measured over. */
    static final Duration BEHIND_WINDOW = Duration.ofMinutes(10);
    /** A warning at most this often while it lasts. */
    static final Duration BEHIND_WARN_EVERY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2Compaction.class);

    /**
     * The embedded H2 file as it is now.
     *
     * @param fileBytes the file's size
     * @param livePercent the share of the file holding live data (H2's fill rate of the file times
     *     that of its chunks); the rest is dead pages waiting to be compacted or reused
     */
    public record FileFigures(long fileBytes, int livePercent) {}

    /** What one run found. */
    public enum Outcome {
        /** Chunks were rewritten, their space reused from now on. */
        COMPACTED,
        /** The file's chunks are full enough, or too new to be rewritten yet. */
        NOTHING_TO_DO,
        /** Not an embedded H2 file database: PostgreSQL, an H2 server or an in-memory H2. */
        NOT_EMBEDDED_H2,
        /** H2's store could not be reached (another H2 version); compaction is off. */
        UNAVAILABLE
    }

    private final DataSource dataSource;
    private final Clock clock;
    /** When the current growth window began, and the file's size then; null before the first figures. */
    private Instant windowStart;
    private long windowStartBytes;
    private Instant lastWarned;
    /** Set once the database is known not to be an embedded H2 file, or H2's store cannot be reached: runs do nothing after. */
    private volatile Outcome settled;
    /** The embedded database's store once found: later runs neither borrow a connection nor look it up again. */
    private volatile MVStore found;

    public EmbeddedH2Compaction(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The file's size and live share; empty when the database is no embedded H2 file, or before a run has found it. */
    public Optional<FileFigures> figures() {
        MVStore store = found;
        if (store == null || store.isClosed()) {
            return Optional.empty();
        }
        FileStore<?> file = store.getFileStore();
        return file == null ? Optional.empty() : Optional.of(figuresOf(file));
    }

    /** Walks the file's chunks (its chunks' fill rate): asked for by a scrape or once a window, not every run. */
    private static FileFigures figuresOf(FileStore<?> file) {
        return new FileFigures(file.size(), file.getFillRate() * file.getChunksFillRate() / 100);
    }

    /** One run: compacts the embedded H2 file if it is one and needs it. */
    public Outcome run() {
        if (settled != null) {
            return settled;
        }
        try {
            return compactIfEmbeddedH2();
        } catch (SQLException e) {
            // The database is down: the health check says so; this housekeeping waits for the next run.
            LOG.debug("H2 file compaction skipped: {}", e.toString());
            return Outcome.NOTHING_TO_DO;
        } catch (LinkageError e) {
            // This bundle's import of H2 is optional: not wired, H2's classes are not visible here.
            return unavailable("H2's classes are not visible (" + e + ")");
        }
    }

    private Outcome compactIfEmbeddedH2() throws SQLException {
        MVStore store = found;
        if (store == null || store.isClosed()) {
            store = find();
            if (store == null) {
                return settled;
            }
            found = store;
        }
        boolean compacted = store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
        LOG.debug("H2 file compaction: {}", compacted ? "chunks rewritten" : "nothing to rewrite");
        FileStore<?> file = store.getFileStore();
        warnWhenFallingBehind(() -> figuresOf(file));
        return compacted ? Outcome.COMPACTED : Outcome.NOTHING_TO_DO;
    }

    /**
     * Warns when the file grew too much over the window that just ended, and not lately; true when it
     * warned. The figures are taken only when a window begins or ends. Runs are one at a time (one
     * timer route), so this state needs no lock.
     */
    boolean warnWhenFallingBehind(Supplier<FileFigures> figuresNow) {
        Instant now = clock.instant();
        if (windowStart == null) {
            windowStart = now;
            windowStartBytes = figuresNow.get().fileBytes();
            return false;
        }
        if (now.isBefore(windowStart.plus(BEHIND_WINDOW))) {
            return false;
        }
        FileFigures figures = figuresNow.get();
        long grownFrom = windowStartBytes;
        Instant grownSince = windowStart;
        windowStart = now;
        windowStartBytes = figures.fileBytes();
        boolean behind = figures.fileBytes() >= BEHIND_MIN_FILE_MB * 1024L * 1024L
                && figures.livePercent() <= BEHIND_MAX_LIVE_PERCENT
                && ((figures.fileBytes() - grownFrom) * 100 >= grownFrom * BEHIND_GROWTH_PERCENT
                        || figures.fileBytes() - grownFrom >= BEHIND_GROWTH_MB * 1024L * 1024L);
        if (!behind || lastWarned != null && now.isBefore(lastWarned.plus(BEHIND_WARN_EVERY))) {
            return false;
        }
        lastWarned = now;
        LOG.warn("The embedded H2 database file grew from {} to {} MB since {} and only {} % of it is live data: its compaction"
                + " does not keep up with the writes. A node with this much traffic belongs on PostgreSQL (README, The embedded H2"
                + " file).", grownFrom / (1024 * 1024), figures.fileBytes() / (1024 * 1024), grownSince, figures.livePercent());
        return true;
    }

    /** The embedded database's file store; null when there is none, {@link #settled} then says why. */
    private MVStore find() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                settle(Outcome.NOT_EMBEDDED_H2);
                return null;
            }
            MVStore store;
            try {
                store = storeOf(connection.unwrap(JdbcConnection.class));
            } catch (SQLException | ReflectiveOperationException | ClassCastException e) {
                unavailable("H2's store cannot be reached (" + e + ")");
                return null;
            }
            if (store == null || store.getFileStore() == null) {
                settle(Outcome.NOT_EMBEDDED_H2);
                return null;
            }
            return store;
        }
    }

    private Outcome unavailable(String why) {
        LOG.warn("The embedded H2 database file will not be compacted while this node runs, and grows with every commit: {}", why);
        return settle(Outcome.UNAVAILABLE);
    }

    private Outcome settle(Outcome outcome) {
        settled = outcome;
        return outcome;
    }

    /**
     * The MVStore of an embedded H2 connection; null for a connection to an H2 server. Anything else
     * than H2 2.2's classes and methods throws: the caller warns.
     */
    private static MVStore storeOf(JdbcConnection connection) throws ReflectiveOperationException {
        Object session = call(connection, JdbcConnection.class, "getSession");
        if ("org.h2.engine.SessionRemote".equals(session.getClass().getName())) {
            return null;
        }
        Object database = call(session, session.getClass(), "getDatabase");
        Object store = call(database, database.getClass(), "getStore");
        if (store == null) {
            throw new NoSuchMethodException("no store behind " + database.getClass().getName() + ".getStore()");
        }
        return (MVStore) call(store, store.getClass(), "getMvStore");
    }

    private static Object call(Object target, Class<?> type, String method) throws ReflectiveOperationException {
        try {
            return type.getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
