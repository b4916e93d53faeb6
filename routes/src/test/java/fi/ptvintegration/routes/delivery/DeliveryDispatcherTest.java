package fi.ptvintegration.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox worker's threads and its places among the deliveries calling PTV: more threads than
 * places, so outcomes are recorded while other deliveries call PTV, and never more PTV calls at
 * once than {@code delivery.concurrency}. The delivery route is replaced by one that stands for
 * its two halves: "calling PTV" (a wait) and, after the place is given back, "recording the
 * outcome" (a wait and the delivered mark).
 */
class DeliveryDispatcherTest {

    private static final String DELIVER = "direct:deliver-standing-in";
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final JdbcDataSource database = new JdbcDataSource();
    private final DefaultCamelContext context = new DefaultCamelContext();
    private DeliveryStore deliveries;
    private ExecutorService pool;

    private final Set<Long> attempted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger callingPtv = new AtomicInteger();
    private final AtomicInteger mostCallingPtv = new AtomicInteger();
    private final AtomicInteger inRoute = new AtomicInteger();
    private final AtomicInteger mostInRoute = new AtomicInteger();
    private final AtomicInteger attemptedAgain = new AtomicInteger();
    private final AtomicLong leaseLeftAtStart = new AtomicLong(Long.MAX_VALUE);
    private volatile long callingPtvMillis = 40;
    private final Set<Long> failWithoutGivingBack = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void outboxAndRoute() throws Exception {
        database.setURL("jdbc:h2:mem:delivery-dispatcher;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        DatabaseMigrations.migrate(database);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM delivery");
        }
        deliveries = new DeliveryStore(database, Clock.systemUTC(), "node-a");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(DELIVER)
                        .process(exchange -> {
                            Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
                            mostInRoute.accumulateAndGet(inRoute.incrementAndGet(), Math::max);
                            mostCallingPtv.accumulateAndGet(callingPtv.incrementAndGet(), Math::max);
                            try {
                                if (!attempted.add(delivery.id())) {
                                    attemptedAgain.incrementAndGet();
                                }
                                leaseLeftAtStart.accumulateAndGet(leaseLeft(delivery.id()).toMillis(), Math::min);
                                Thread.sleep(callingPtvMillis);
                            } finally {
                                callingPtv.decrementAndGet();
                            }
                            if (failWithoutGivingBack.contains(delivery.id())) {
                                inRoute.decrementAndGet();
                                throw new IllegalStateException("failed before its place was given back");
                            }
                        })
                        .process(PtvSlot::giveBackFor)
                        .process(exchange -> {
                            Delivery delivery = exchange.getProperty(ExchangeKeys.DELIVERY, Delivery.class);
                            try {
                                Thread.sleep(40);
                                deliveries.delivered(delivery, "ptv-" + delivery.id(), null);
                            } finally {
                                inRoute.decrementAndGet();
                            }
                        });
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        context.stop();
    }

    @Test
    void workerThreadsAreHalfAgainThePlacesAtLeastOneMore() {
        assertThat(DeliveryDispatcher.workerThreads(1)).isEqualTo(2);
        assertThat(DeliveryDispatcher.workerThreads(2)).isEqualTo(3);
        assertThat(DeliveryDispatcher.workerThreads(4)).isEqualTo(6);
        assertThat(DeliveryDispatcher.workerThreads(0)).as("at least one place").isEqualTo(2);
    }

    @Test
    void outcomesAreRecordedWhileOtherDeliveriesCallPtvNeverMoreCallsThanTheConcurrency() throws Exception {
        DeliveryDispatcher dispatcher = dispatcher(2);
        for (int i = 0; i < 12; i++) {
            deliveries.enqueue(RecordKind.ORGANIZATION, "turku-" + i, "CREATE", "c" + i);
        }

        drainUntil(dispatcher, 12, Duration.ofSeconds(20));

        assertThat(attempted).hasSize(12);
        assertThat(attemptedAgain.get()).as("deliveries attempted twice").isZero();
        assertThat(mostCallingPtv.get()).as("deliveries calling PTV at once, delivery.concurrency = 2").isEqualTo(2);
        assertThat(mostInRoute.get()).as("deliveries in the route at once: one records its outcome while two call PTV")
                .isEqualTo(DeliveryDispatcher.workerThreads(2));
        assertThat(deliveries.figures().pending() + deliveries.figures().inFlight()).isZero();
    }

    @Test
    void anAttemptThatFailsBeforeGivingBackItsPlaceStillFreesIt() throws Exception {
        DeliveryDispatcher dispatcher = dispatcher(1);
        failWithoutGivingBack.add(deliveries.enqueue(RecordKind.ORGANIZATION, "turku-fails", "CREATE", "c-fails"));
        drainUntil(dispatcher, 1, Duration.ofSeconds(10));
        for (int i = 0; i < 3; i++) {
            deliveries.enqueue(RecordKind.ORGANIZATION, "turku-after-" + i, "CREATE", "c-after" + i);
        }

        // With the one place kept by the failed attempt, a worker would wait half the lease (15 s) and give up.
        drainUntil(dispatcher, 4, Duration.ofSeconds(8));

        assertThat(attempted).hasSize(4);
        assertThat(attemptedAgain.get()).as("deliveries attempted twice").isZero();
        assertThat(mostCallingPtv.get()).isEqualTo(1);
    }

    /** A claim that waited more than a second for its place is renewed: its attempt starts with its whole lease. */
    @Test
    void aDeliveryThatWaitedForItsPlaceStartsWithItsWholeLease() throws Exception {
        callingPtvMillis = 1_500;
        DeliveryDispatcher dispatcher = dispatcher(1, Duration.ofSeconds(4));
        deliveries.enqueue(RecordKind.ORGANIZATION, "turku-first", "CREATE", "c-first");
        deliveries.enqueue(RecordKind.ORGANIZATION, "turku-second", "CREATE", "c-second");

        drainUntil(dispatcher, 2, Duration.ofSeconds(15));

        assertThat(attemptedAgain.get()).isZero();
        assertThat(leaseLeftAtStart.get()).as("least lease left when an attempt began, of 4 s (the second waited 1.5 s)")
                .isGreaterThan(3_300);
    }

    /** A claim that finds no place for half its lease goes back to the queue, its attempt not counted, and is delivered later. */
    @Test
    void aDeliveryThatFindsNoPlaceInHalfItsLeaseGoesBackUnattempted() throws Exception {
        callingPtvMillis = 1_200;
        DeliveryDispatcher dispatcher = dispatcher(1, Duration.ofSeconds(2));
        long first = deliveries.enqueue(RecordKind.ORGANIZATION, "turku-first", "CREATE", "c-first");
        long second = deliveries.enqueue(RecordKind.ORGANIZATION, "turku-second", "CREATE", "c-second");

        drainUntil(dispatcher, 2, Duration.ofSeconds(15));

        assertThat(attemptedAgain.get()).isZero();
        for (long id : List.of(first, second)) {
            Delivery delivered = deliveries.find(id).orElseThrow();
            assertThat(delivered.status()).isEqualTo(Delivery.DELIVERED);
            assertThat(delivered.attempts()).as("attempts of delivery %s", id).isEqualTo(1);
        }
        assertThat(deliveries.find(first).orElseThrow().claims() + deliveries.find(second).orElseThrow().claims())
                .as("claims: one of the two was claimed, given back unattempted and claimed again").isGreaterThan(2);
    }

    private DeliveryDispatcher dispatcher(int concurrency) {
        return dispatcher(concurrency, LEASE);
    }

    private DeliveryDispatcher dispatcher(int concurrency, Duration lease) {
        pool = Executors.newFixedThreadPool(DeliveryDispatcher.workerThreads(concurrency));
        return new DeliveryDispatcher(deliveries, context.createProducerTemplate(), DELIVER, pool, concurrency, lease);
    }

    private Duration leaseLeft(long id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT claimed_until FROM delivery WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Duration.between(OffsetDateTime.now(), row.getObject(1, OffsetDateTime.class));
            }
        }
    }

    /** Polls like the poller route does until {@code count} deliveries were attempted, or fails after {@code patience}. */
    private void drainUntil(DeliveryDispatcher dispatcher, int count, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (attempted.size() < count || inRoute.get() > 0) {
            assertThat(System.nanoTime()).as("%s deliveries attempted within %s", count, patience).isLessThan(deadline);
            dispatcher.dispatchDue();
            Thread.sleep(20);
        }
    }
}
