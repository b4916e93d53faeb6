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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
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
    void warnsWhenTheFileHasStayedLargeAndMostlyDeadForTenMinutesThenAtMostHourly() {
        MutableClock clock = new MutableClock();
        EmbeddedH2Compaction compaction = new EmbeddedH2Compaction(new JdbcDataSource(), clock);
        EmbeddedH2Compaction.FileFigures behind = new EmbeddedH2Compaction.FileFigures(300L * 1024 * 1024, 20);
        EmbeddedH2Compaction.FileFigures small = new EmbeddedH2Compaction.FileFigures(100L * 1024 * 1024, 5);
        EmbeddedH2Compaction.FileFigures live = new EmbeddedH2Compaction.FileFigures(900L * 1024 * 1024, 60);
        List<Boolean> warned = new ArrayList<>();

        for (int minute = 0; minute <= 12; minute++) {
            warned.add(compaction.warnWhenFallingBehind(behind));
            clock.advance(Duration.ofMinutes(1));
        }
        boolean smallFile = compaction.warnWhenFallingBehind(small);
        boolean liveFile = compaction.warnWhenFallingBehind(live);
        boolean afterALiveSpell = compaction.warnWhenFallingBehind(behind);
        clock.advance(Duration.ofMinutes(50));
        boolean inTheSameHour = compaction.warnWhenFallingBehind(behind);
        clock.advance(Duration.ofMinutes(11));
        boolean theNextHour = compaction.warnWhenFallingBehind(behind);

        assertThat(warned.indexOf(true)).as("the first warning, in minutes").isEqualTo(10);
        assertThat(warned.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
        assertThat(List.of(smallFile, liveFile, afterALiveSpell, inTheSameHour, theNextHour))
                .containsExactly(false, false, false, false, true);
    }

    /** A clock a test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
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
