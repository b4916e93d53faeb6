package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.routes.codelists.CodeListsSettings;
import fi.ptvintegration.routes.delivery.DeliveryDispatcher;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor.ContentReviewMode;
import fi.ptvintegration.routes.ptv.DriftPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the {@link Application} is configured with, as plain values: the DS components
 * read them from ConfigAdmin ({@code etc/fi.ptvintegration.*.cfg}, each key documented there),
 * tests write them. {@link #defaults()} are the defaults of those files. {@code codeLists}: where PTV's
 * code lists are read and how often ({@code fi.ptvintegration.codelists}).
 */
public record ApplicationSettings(Intake intake, Ops ops, Push push, Delivery delivery, Retention retention, Health health,
        Drift drift, CodeListsSettings codeLists, Node node, Metrics metrics, Sync sync) {

    /** Settings with the code lists', this node's, the metrics' and the daily sync's defaults. */
    public ApplicationSettings(Intake intake, Ops ops, Push push, Delivery delivery, Retention retention, Health health, Drift drift) {
        this(intake, ops, push, delivery, retention, health, drift, Sync.defaults());
    }

    /** Settings with the code lists', this node's and the metrics' defaults. */
    public ApplicationSettings(Intake intake, Ops ops, Push push, Delivery delivery, Retention retention, Health health, Drift drift,
            Sync sync) {
        this(intake, ops, push, delivery, retention, health, drift, CodeListsSettings.defaults(), Node.generated(), Metrics.defaults(),
                sync);
    }

    /**
     * Who may write and how large a record may be ({@code fi.ptvintegration.intake}).
     *
     * @param apiKeys accepted {@code X-API-Key} values; empty turns API keys off
     * @param basicRealm JAAS realm of HTTP Basic users
     * @param basicRole role a Basic user needs to write
     * @param contentReview what DVV's content review findings do: warn in the answer or refuse ({@code content.review})
     */
    public record Intake(List<String> apiKeys, String basicRealm, String basicRole, int maxBodyBytes, ContentReviewMode contentReview) {
        public Intake {
            apiKeys = List.copyOf(apiKeys);
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("max.body.bytes must be at least 1024, was " + maxBodyBytes);
            }
            contentReview = contentReview == null ? ContentReviewMode.WARN : contentReview;
        }

        /** Content review findings as warnings. */
        public Intake(List<String> apiKeys, String basicRealm, String basicRole, int maxBodyBytes) {
            this(apiKeys, basicRealm, basicRole, maxBodyBytes, ContentReviewMode.WARN);
        }

        public static Intake defaults() {
            return new Intake(List.of(), "karaf", "ptv-intake", 1_048_576);
        }
    }

    /** Roles of {@code /cxf/ops}: views for {@code viewerRole}, actions for {@code adminRole}. */
    public record Ops(String viewerRole, String adminRole) {
        public static Ops defaults() {
            return new Ops("viewer", "admin");
        }
    }

    /**
     * How pushes name items in PTV.
     *
     * @param createWhenMissing a put of something PTV does not have creates it instead of answering "use post"
     */
    public record Push(SourceIdMapping sourceIds, boolean createWhenMissing) {
        public static Push defaults() {
            return new Push(new SourceIdMapping(""), false);
        }
    }

    /**
     * The outbox worker ({@code delivery.*} of {@code fi.ptvintegration.runtime}).
     *
     * @param waitForReferences a record whose organisation or channel is not in PTV yet waits (true) or fails (false)
     * @param recoverAtStart put rows left in flight back in the queue at start (single node)
     */
    public record Delivery(int concurrency, int maxAttempts, Duration backoffInitial, Duration backoffMax, Duration pollInterval,
            Duration lease, boolean waitForReferences, boolean recoverAtStart) {
        public Delivery {
            concurrency = Math.max(1, concurrency);
            maxAttempts = Math.max(1, maxAttempts);
            backoffInitial = atLeast(backoffInitial, Duration.ofMillis(1));
            backoffMax = atLeast(backoffMax, Duration.ofMillis(1));
            pollInterval = atLeast(pollInterval, Duration.ofMillis(50));
            lease = atLeast(lease, Duration.ofSeconds(10));
        }

        /** The outbox worker's threads: more than {@code concurrency}, at most that many of them calling PTV at once. */
        public int workerThreads() {
            return DeliveryDispatcher.workerThreads(concurrency);
        }

        public static Delivery defaults() {
            return new Delivery(4, 8, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMillis(500), Duration.ofSeconds(120),
                    false, true);
        }

        private static Duration atLeast(Duration value, Duration minimum) {
            return value.compareTo(minimum) < 0 ? minimum : value;
        }
    }

    /** Days kept: integration-log entries and finished deliveries; 0 keeps all. */
    public record Retention(int integrationLogDays, int deliveryDays) {
        public static Retention defaults() {
            return new Retention(90, 90);
        }
    }

    /**
     * The daily sync ({@code sync.*} of {@code fi.ptvintegration.runtime}).
     *
     * @param enabled whether it runs by the clock (runs started by hand go anyway)
     * @param time the time of day it runs, in {@code zone}
     */
    public record Sync(boolean enabled, LocalTime time, ZoneId zone) {
        public static Sync defaults() {
            return new Sync(true, LocalTime.of(2, 30), ZoneId.of("Europe/Helsinki"));
        }
    }

    /**
     * What {@code /cxf/health} reports besides its checks.
     *
     * @param version the application's version
     * @param ptvBaseUrl, ptvApiVersion which PTV the system calls
     */
    public record Health(String contextName, String version, String ptvBaseUrl, String ptvApiVersion, int databaseTimeoutSeconds) {
        public static Health defaults() {
            return new Health("ptv-integration", "unknown", "http://localhost:8282", "v11", 5);
        }
    }

    /**
     * What a push does about edits made in PTV's editor, and the scan that looks for them
     * ({@code drift.*} of {@code fi.ptvintegration.runtime}).
     *
     * @param scanInterval time between two scans; zero turns the schedule off
     * @param scanDelay time from start to the first scan
     * @param scanConcurrency items read from PTV at once by a scan
     */
    public record Drift(DriftPolicy policy, Duration scanInterval, Duration scanDelay, int scanConcurrency) {
        public Drift {
            scanConcurrency = Math.max(1, scanConcurrency);
        }

        public static Drift defaults() {
            return new Drift(DriftPolicy.REPORT, Duration.ofHours(24), Duration.ofMinutes(30), 4);
        }
    }

    /**
     * This node among those sharing one database ({@code node.id}): named in the outbox claims it
     * makes and in the labels of its own metrics.
     *
     * @param id at most 100 characters; {@link #generated()} when the configuration leaves it empty
     */
    public record Node(String id) {
        public Node {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("node.id must not be empty here; use Node.of");
            }
            id = id.strip();
            if (id.length() > 100) {
                throw new IllegalArgumentException("node.id must be at most 100 characters, was " + id.length());
            }
        }

        /** The configured id, or {@link #generated()} for an empty one. */
        public static Node of(String configured) {
            return configured == null || configured.isBlank() ? generated() : new Node(configured);
        }

        /** Host name and process id: unique among the nodes on one database, new at every start. */
        public static Node generated() {
            String host = System.getenv("HOSTNAME");
            if (host == null || host.isBlank()) {
                try {
                    host = InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException e) {
                    host = "node";
                }
            }
            String pid = String.valueOf(ProcessHandle.current().pid());
            String trimmed = host.length() > 80 ? host.substring(0, 80) : host;
            return new Node(trimmed + "-" + pid);
        }
    }

    /**
     * The Prometheus endpoint ({@code metrics.access}).
     *
     * @param anonymous true: {@code GET /cxf/metrics} needs no credentials; false: HTTP Basic with the
     *     ops viewer role
     */
    public record Metrics(boolean anonymous) {
        public static Metrics defaults() {
            return new Metrics(false);
        }

        /** {@code viewer} (credentials with the viewer role) or {@code anonymous}; anything else is refused. */
        public static Metrics of(String access) {
            String value = access == null ? "" : access.strip();
            if (value.equalsIgnoreCase("anonymous")) {
                return new Metrics(true);
            }
            if (value.isEmpty() || value.equalsIgnoreCase("viewer")) {
                return new Metrics(false);
            }
            throw new IllegalArgumentException("metrics.access must be viewer or anonymous, was '" + access + "'");
        }
    }

    public static ApplicationSettings defaults() {
        return new ApplicationSettings(Intake.defaults(), Ops.defaults(), Push.defaults(), Delivery.defaults(), Retention.defaults(),
                Health.defaults(), Drift.defaults(), Sync.defaults());
    }

    public ApplicationSettings with(Intake value) {
        return new ApplicationSettings(value, ops, push, delivery, retention, health, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Ops value) {
        return new ApplicationSettings(intake, value, push, delivery, retention, health, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Push value) {
        return new ApplicationSettings(intake, ops, value, delivery, retention, health, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Delivery value) {
        return new ApplicationSettings(intake, ops, push, value, retention, health, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Retention value) {
        return new ApplicationSettings(intake, ops, push, delivery, value, health, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Health value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, value, drift, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(Drift value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, health, value, codeLists, node, metrics, sync);
    }

    public ApplicationSettings with(CodeListsSettings value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, health, drift, value, node, metrics, sync);
    }

    public ApplicationSettings with(Node value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, health, drift, codeLists, value, metrics, sync);
    }

    public ApplicationSettings with(Metrics value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, health, drift, codeLists, node, value, sync);
    }

    public ApplicationSettings with(Sync value) {
        return new ApplicationSettings(intake, ops, push, delivery, retention, health, drift, codeLists, node, metrics, value);
    }
}
