package fi.ptvintegration.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.dbcp2.BasicDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2CompactionTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final int COMMITS = 3000;
    private static final String BODY = "{\"name\":\"" + "Turun kaupungin liikuntapalvelut ".repeat(30) + "\"}";

    @TempDir
    Path directory;

    @Test
    void keepsTheFileOfAnEmbeddedH2WrittenThroughAtEveryCommitFromGrowingWithEveryCommit() throws Exception {
        long uncompacted = fileSizeAfterCommits(database("uncompacted"), null, EnumSet.noneOf(EmbeddedH2Compaction.Outcome.class));
        EnumSet<EmbeddedH2Compaction.Outcome> outcomes = EnumSet.noneOf(EmbeddedH2Compaction.Outcome.class);
        JdbcDataSource compactedDatabase = database("compacted");
        long compacted = fileSizeAfterCommits(compactedDatabase, new EmbeddedH2Compaction(compactedDatabase, CLOCK), outcomes);

        assertThat(outcomes).contains(EmbeddedH2Compaction.Outcome.COMPACTED).doesNotContain(EmbeddedH2Compaction.Outcome.UNAVAILABLE);
        // Without compaction the file holds a chunk of every commit that still has a live page: about
        // 5 times the data here (15 MB for 3 MB of rows), with it about twice.
        long rowBytes = (long) COMMITS * BODY.length();
        assertThat(uncompacted).isGreaterThan(4 * rowBytes);
        assertThat(compacted).isLessThan(uncompacted / 2).isLessThan(3 * rowBytes);
        try (Connection connection = compactedDatabase.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(LENGTH(body)) FROM log_row")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(COMMITS);
            assertThat(rows.getLong(2)).isEqualTo((long) COMMITS * BODY.length());
        }
    }

    @Test
    void tellsTheFilesSizeAndItsLiveShareOnlyOnceARunHasFoundIt() throws Exception {
        JdbcDataSource uncompactedDatabase = database("measured-uncompacted");
        JdbcDataSource compactedDatabase = database("measured-compacted");
        EmbeddedH2Compaction onlyMeasuring = new EmbeddedH2Compaction(uncompactedDatabase, CLOCK);
        EmbeddedH2Compaction compaction = new EmbeddedH2Compaction(compactedDatabase, CLOCK);
        // Each database stays open throughout, as under the node's pool (closing one compacts its file).
        try (Connection openUncompacted = uncompactedDatabase.getConnection(); Connection openCompacted = compactedDatabase.getConnection()) {
            Optional<EmbeddedH2Compaction.FileFigures> beforeARun = onlyMeasuring.figures();
            long size = fileSizeAfterCommits(uncompactedDatabase, null, EnumSet.noneOf(EmbeddedH2Compaction.Outcome.class));
            // One run finds the store and rewrites at most 2 MB: most of the file stays dead.
            onlyMeasuring.run();
            EmbeddedH2Compaction.FileFigures uncompacted = onlyMeasuring.figures().orElseThrow();
            fileSizeAfterCommits(compactedDatabase, compaction, EnumSet.noneOf(EmbeddedH2Compaction.Outcome.class));
            EmbeddedH2Compaction.FileFigures compacted = compaction.figures().orElseThrow();

            assertThat(beforeARun).isEmpty();
            assertThat(uncompacted.fileBytes()).isBetween(size / 2, size * 2);
            assertThat(uncompacted.livePercent()).isBetween(1, 40);
            assertThat(compacted.livePercent()).isGreaterThan(uncompacted.livePercent() + 20).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void warnsWhenTheFileGrewAQuarterOr128MbInTenMinutesToHalfAGigabyteMostlyDeadThenAtMostHourly() {
        MutableClock clock = new MutableClock();
        EmbeddedH2Compaction compaction = new EmbeddedH2Compaction(new JdbcDataSource(), clock);
        List<Boolean> warned = new ArrayList<>();
        // One figure a minute: {minute, file MB, live %}.
        int[][] figures = {
            {0, 100, 20}, {5, 400, 15}, {9, 500, 15},
            {10, 600, 15},   // grew 500 % in the window, 600 MB, 15 % live: warns
            {20, 900, 12},   // grew 50 %, but warned within the hour
            {30, 950, 12},   // grew 6 %: settled
            {40, 1400, 60},  // grew 47 %, but 60 % live: growing with its data
            {50, 1400, 10},  // not grown
            {60, 2000, 10},  // grew 43 % to 2 GB, 10 % live, but warned 50 minutes ago
            {70, 2600, 10},  // grew 30 %, an hour after the last warning: warns
            {80, 300, 10},   // (a new node's small file)
            {90, 500, 10},   // grew 67 % but under 512 MB
            {130, 1400, 10}, // grew 180 % since minute 90, an hour after the last warning: warns
            {140, 1550, 10}, // grew 150 MB (11 %), but warned 10 minutes ago
            {200, 1700, 10}, // grew 150 MB (10 %) in the window: steady growth of a large file warns
            {210, 1750, 10}, // grew 50 MB
        };
        for (int[] figure : figures) {
            clock.set(figure[0]);
            EmbeddedH2Compaction.FileFigures now = new EmbeddedH2Compaction.FileFigures(figure[1] * 1024L * 1024L, figure[2]);
            warned.add(compaction.warnWhenFallingBehind(() -> now));
        }

        assertThat(warned).containsExactly(false, false, false, true, false, false, false, false, false, true, false, false,
                true, false, true, false);
    }

    /** A clock a test moves on. */
    private static final class MutableClock extends Clock {
        private static final Instant START = Instant.parse("2026-11-28T12:00:00Z");
        private Instant now = START;

        void set(int minute) {
            now = START.plus(Duration.ofMinutes(minute));
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void reachesH2sStoreThroughThePoolKarafGivesTheApplication() throws Exception {
        JdbcDataSource h2 = database("pooled");
        try (BasicDataSource pool = new BasicDataSource()) {
            pool.setUrl(h2.getURL());
            pool.setUsername("sa");
            pool.setAccessToUnderlyingConnectionAllowed(false);
            EnumSet<EmbeddedH2Compaction.Outcome> outcomes = EnumSet.noneOf(EmbeddedH2Compaction.Outcome.class);

            fileSizeAfterCommits(h2, new EmbeddedH2Compaction(pool, CLOCK), outcomes);

            assertThat(outcomes).contains(EmbeddedH2Compaction.Outcome.COMPACTED).doesNotContain(EmbeddedH2Compaction.Outcome.UNAVAILABLE);
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsTriedAgainAtTheNextRun() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:file:" + directory.resolve("missing") + ";IFEXISTS=TRUE");
        missing.setUser("sa");
        EmbeddedH2Compaction compaction = new EmbeddedH2Compaction(missing, CLOCK);

        assertThat(compaction.run()).isEqualTo(EmbeddedH2Compaction.Outcome.NOTHING_TO_DO);
        assertThat(compaction.run()).isEqualTo(EmbeddedH2Compaction.Outcome.NOTHING_TO_DO);
    }

    @Test
    void anInMemoryH2HasNoFileToCompact() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1");
        memory.setUser("sa");

        assertThat(new EmbeddedH2Compaction(memory, CLOCK).run()).isEqualTo(EmbeddedH2Compaction.Outcome.NOT_EMBEDDED_H2);
    }

    /** The shipped URL's write-through, with chunks reusable at once (no 45 s wait, so a test can see reuse). */
    private JdbcDataSource database(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;RETENTION_TIME=0");
        h2.setUser("sa");
        return h2;
    }

    /**
     * Appends a log row and updates a counter in each of {@value #COMMITS} transactions, as a push
     * appends to the integration log and updates its outbox row; runs the compaction every 100
     * commits when given one.
     */
    private long fileSizeAfterCommits(JdbcDataSource h2, EmbeddedH2Compaction compaction, Set<EmbeddedH2Compaction.Outcome> outcomes)
            throws Exception {
        String file;
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE log_row (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, body VARCHAR NOT NULL)");
            statement.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            statement.execute("INSERT INTO counter VALUES (1, 0)");
            connection.setAutoCommit(false);
            try (PreparedStatement append = connection.prepareStatement("INSERT INTO log_row (body) VALUES (?)");
                    PreparedStatement count = connection.prepareStatement("UPDATE counter SET n = n + 1 WHERE id = 1")) {
                for (int i = 1; i <= COMMITS; i++) {
                    append.setString(1, BODY);
                    append.executeUpdate();
                    count.executeUpdate();
                    connection.commit();
                    if (compaction != null && i % 100 == 0) {
                        outcomes.add(compaction.run());
                    }
                }
            }
            file = h2.getURL().substring("jdbc:h2:file:".length(), h2.getURL().indexOf(';')) + ".mv.db";
            // Measured while the database is open: closing compacts the file on its own.
            return Files.size(Path.of(file));
        }
    }
}
