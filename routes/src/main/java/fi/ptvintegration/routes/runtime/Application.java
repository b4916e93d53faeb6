package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.pat.validation.CodeListCheck;
import fi.ptvintegration.routes.delivery.AttemptBeginProcessor;
import fi.ptvintegration.routes.delivery.PtvLifecycleProcessor;
import fi.ptvintegration.routes.delivery.PublishingRulesProcessor;
import fi.ptvintegration.routes.intake.RecordRemovalProcessor;
import fi.ptvintegration.routes.intake.RemovalTargetLoader;
import fi.ptvintegration.routes.ops.ReconcileOpsSteps;
import fi.ptvintegration.routes.ops.SyncOpsSteps;
import fi.ptvintegration.routes.push.LifecycleRequestProcessor;
import fi.ptvintegration.routes.reconcile.ReconciliationService;
import fi.ptvintegration.routes.status.ItemStatusProcessor;
import fi.ptvintegration.routes.http.TargetRecordLoader;
import fi.ptvintegration.routes.store.SyncBatchStore;
import fi.ptvintegration.routes.sync.SyncPlanner;
import fi.ptvintegration.routes.sync.SyncRouteBuilder;
import fi.ptvintegration.routes.sync.SyncRunner;
import fi.ptvintegration.routes.sync.SyncSchedule;
import fi.ptvintegration.routes.sync.SyncScheduleProcessor;
import fi.ptvintegration.routes.sync.SyncService;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.routes.adopt.AdoptProcessor;
import fi.ptvintegration.routes.adopt.AdoptionService;
import fi.ptvintegration.routes.apidocs.ApiDocsRouteBuilder;
import fi.ptvintegration.routes.codelists.CodeListsRouteBuilder;
import fi.ptvintegration.routes.codelists.CodeListsRuntime;
import fi.ptvintegration.routes.delivery.ConnectionSyncProcessor;
import fi.ptvintegration.routes.delivery.DeliveredProcessor;
import fi.ptvintegration.routes.delivery.DeliveryDispatcher;
import fi.ptvintegration.routes.delivery.DeliveryFailureProcessor;
import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.delivery.DeliveryOutcomeLog;
import fi.ptvintegration.routes.delivery.DeliveryPollProcessor;
import fi.ptvintegration.routes.delivery.PollerState;
import fi.ptvintegration.routes.delivery.DriftCheck;
import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.delivery.PtvSendProcessor;
import fi.ptvintegration.routes.delivery.RetryPolicy;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import fi.ptvintegration.routes.delivery.StrandedClaims;
import fi.ptvintegration.routes.health.ApplicationHealthCheck;
import fi.ptvintegration.routes.health.CodeListsHealthCheck;
import fi.ptvintegration.routes.health.DatabaseHealthCheck;
import fi.ptvintegration.routes.drift.DriftScanRouteBuilder;
import fi.ptvintegration.routes.drift.DriftService;
import fi.ptvintegration.routes.health.HealthCheckProcessor;
import fi.ptvintegration.routes.health.HealthChecks;
import fi.ptvintegration.routes.health.OutboxPollerHealthCheck;
import fi.ptvintegration.routes.health.PtvLoginHealthCheck;
import fi.ptvintegration.routes.health.HealthReport;
import fi.ptvintegration.routes.health.HealthRouteBuilder;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.intake.CodeListValidationProcessor;
import fi.ptvintegration.routes.http.TenantCheckProcessor;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.intake.PatRecordStoreProcessor;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor;
import fi.ptvintegration.routes.ops.DeliveryOpsSteps;
import fi.ptvintegration.routes.ops.IntegrationLogQueryProcessor;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.metrics.AnonymousAccess;
import fi.ptvintegration.routes.metrics.MetricsRouteBuilder;
import fi.ptvintegration.routes.metrics.PrometheusScrapeProcessor;
import fi.ptvintegration.routes.metrics.TextAnswerProcessor;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.ops.PtvViewOpsSteps;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.DeliveryEnqueueProcessor;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.retention.DatabaseCompactionProcessor;
import fi.ptvintegration.routes.retention.RetentionProcessor;
import fi.ptvintegration.routes.retention.RetentionRouteBuilder;
import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.DriftStore;
import fi.ptvintegration.routes.store.EmbeddedH2Compaction;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.tenant.Tenant;
import fi.ptvintegration.routes.tenant.TenantDirectory;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every store, step and route builder of the application once,
 * from a DataSource, the {@link ApplicationSettings}, the PTV accounts and a password check.
 * Production ({@link IntegrationCamelContextComponent}) and the tests wire the application
 * through this same class, so a test runs the wiring production runs.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final DataSource dataSource;
    private final ApplicationSettings settings;
    private final PtvAccounts accounts;
    private final PasswordVerifier passwords;
    private final TenantDirectory tenants;
    private final Clock clock;

    private final PatStore records;
    private final PtvItemStore items;
    private final DeliveryStore deliveries;
    private final IntegrationLogStore log;
    private final Meters meters;
    private final DeliveryMetrics metrics;
    private final StrandedClaims stranded;
    private final PollerState poller;
    private final OpsService operations;
    private CodeListsRuntime codeLists;
    private final DriftStore drifts;
    private final OutboundLog ptvCalls;
    private final AdoptionService adoption;
    private final DriftService drift;
    private final TenantScope scope;
    private final SyncBatchStore syncBatches;
    private final SyncService sync;
    /** Hands a started sync batch to the sync route; set when the routes are built. */
    private volatile ProducerTemplate syncLaunch;

    /**
     * @param tenants the municipalities on this node and the credentials that act for each; empty for one city
     */
    public Application(DataSource dataSource, ApplicationSettings settings, PtvAccounts accounts, PasswordVerifier passwords,
            TenantDirectory tenants, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.passwords = passwords;
        this.tenants = tenants;
        this.clock = clock;
        this.records = new PatStore(dataSource, clock);
        TenantScope tenantScope = new TenantScope(tenants, records);
        this.accounts = accounts.withTenants(record -> tenantScope.tenantOf(record).flatMap(Tenant::ptv));
        this.items = new PtvItemStore(dataSource);
        this.deliveries = new DeliveryStore(dataSource, clock, settings.node().id());
        this.log = new IntegrationLogStore(dataSource);
        this.meters = new Meters();
        this.metrics = new DeliveryMetrics(deliveries, clock, meters);
        this.stranded = new StrandedClaims();
        this.poller = new PollerState(clock);
        this.drifts = new DriftStore(dataSource, clock);
        this.ptvCalls = new OutboundLog(log, clock, meters);
        this.syncBatches = new SyncBatchStore(dataSource, clock);
        this.sync = new SyncService(new SyncPlanner(records, items), syncBatches, deliveries, clock, this::launchSync);
        this.operations = new OpsService(deliveries, log, metrics, sync,
                new ReconciliationService(records, items, this.accounts, settings.push().sourceIds(), ptvCalls, clock), clock);
        this.scope = tenantScope;
        this.adoption = new AdoptionService(records, items, accounts, settings.push().sourceIds(), scope, ptvCalls, clock);
        this.drift = new DriftService(items, drifts, records, accounts, ptvCalls, clock, settings.drift().scanConcurrency());
    }

    /**
     * Brings the schema to the current version, seeds and loads the code lists, and, on a single
     * node, puts deliveries left in flight by a stop or crash back in the queue. Run once before
     * the routes start.
     */
    public void prepareDatabase() throws SQLException {
        int migrations = DatabaseMigrations.migrate(dataSource);
        LOG.info("Database schema is current ({} migrations applied now)", migrations);
        codeLists = CodeListsRuntime.start(dataSource, settings.codeLists(), clock);
        if (settings.delivery().recoverAtStart()) {
            int recovered = deliveries.releaseAllInFlight();
            if (recovered > 0) {
                LOG.warn("{} deliveries were in flight when the system last stopped; they are back in the queue", recovered);
            }
            int abandoned = syncBatches.abandonRunning("the system stopped while the batch ran; its queued deliveries carried on");
            if (abandoned > 0) {
                LOG.warn("{} sync batch(es) were running when the system last stopped; marked failed, their deliveries carry on", abandoned);
            }
        }
    }

    /**
     * The routes, each built once with the steps it shares with others. Health comes last: when
     * {@code /cxf/health} answers, every other endpoint is already there.
     *
     * @param context the Camel context the routes go into (the outbox worker sends through it)
     * @param deliveryPool the outbox worker's threads, {@code DeliveryDispatcher.workerThreads(delivery.concurrency)} of them
     */
    public List<RoutesBuilder> routes(CamelContext context, ExecutorService deliveryPool) {
        PatValidator validator = new PatValidator(ReferenceData.bundled());
        JsonAnswerProcessor answer = new JsonAnswerProcessor();
        CallSteps call = new CallSteps(new RefusalProcessor(), new CallLogProcessor(log, clock, meters), answer);
        Authenticator writers = new Authenticator(settings.intake().apiKeys(), passwords, settings.intake().basicRole(), "to write",
                tenants, Authenticator.Scope.WRITERS);
        TenantCheckProcessor tenantCheck = new TenantCheckProcessor(scope, records);
        StoredRecordLoader load = new StoredRecordLoader(records, validator);
        DeliveryOutcomeLog outcomes = new DeliveryOutcomeLog(log, clock, settings.node().id());
        ApplicationSettings.Delivery delivery = settings.delivery();
        RetryPolicy policy = new RetryPolicy(delivery.maxAttempts(), delivery.backoffInitial(), delivery.backoffMax(),
                delivery.waitForReferences());
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(deliveries, context.createProducerTemplate(),
                PtvDeliveryRouteBuilder.DELIVER_URI, deliveryPool, delivery.concurrency(), delivery.lease());
        ApplicationSettings.Health health = settings.health();
        EmbeddedH2Compaction compaction = new EmbeddedH2Compaction(dataSource, clock);
        // Every cxfrs endpoint refers to this provider: calls CXF refuses before a route sees them are answered and logged too.
        context.getRegistry().bind(UnmatchedCallMapper.BEAN, new UnmatchedCallMapper(log, clock, meters));
        HealthChecks checks = HealthChecks.install(context, healthChecks(),
                Set.of(PtvDeliveryRouteBuilder.POLLER_ROUTE_ID, RetentionRouteBuilder.ROUTE_ID, RetentionRouteBuilder.COMPACTION_ROUTE_ID,
                        DriftScanRouteBuilder.ROUTE_ID, CodeListsRouteBuilder.REFRESH_ROUTE_ID, SyncRouteBuilder.RUN_ROUTE_ID,
                        SyncRouteBuilder.SCHEDULE_ROUTE_ID));
        syncLaunch = context.createProducerTemplate();
        ApplicationSettings.Sync syncSettings = settings.sync();
        Duration syncCheck = delivery.pollInterval().compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : delivery.pollInterval();

        return List.of(
                new PatIntakeRouteBuilder(call, writers, settings.intake().maxBodyBytes(), new PatRecordValidationProcessor(validator,
                        PatRecordValidationProcessor.relatedIn(records), settings.intake().contentReview()),
                        tenantCheck, new CodeListValidationProcessor(new CodeListCheck(codeLists.catalogue())),
                        new PatRecordStoreProcessor(records, items, call.log()), new RemovalTargetLoader(records),
                        new RecordRemovalProcessor(records, items)),
                new PtvPushRouteBuilder(call, writers, load, tenantCheck,
                        new LifecycleRequestProcessor(records, items, settings.push().sourceIds()),
                        new DeliveryEnqueueProcessor(deliveries, delivery.lease(), call.log()), new AdoptProcessor(adoption),
                        new TargetRecordLoader(records), new ItemStatusProcessor(records, items, deliveries, settings.push().sourceIds())),
                new PtvDeliveryRouteBuilder(
                        new AttemptBeginProcessor(log, items, drifts),
                        load,
                        new PublishingRulesProcessor(items),
                        new PtvSendProcessor(accounts, settings.push().sourceIds(), settings.push().createWhenMissing(), items,
                                new DriftCheck(settings.drift().policy(), drifts, ptvCalls), ptvCalls, clock),
                        new PtvLifecycleProcessor(accounts, records, items, ptvCalls, clock),
                        new ConnectionSyncProcessor(records, items, accounts, ptvCalls),
                        new DeliveredProcessor(deliveries, metrics, outcomes, call.log()),
                        new DeliveryFailureProcessor(deliveries, policy, metrics, outcomes, stranded, clock),
                        new DeliveryPollProcessor(dispatcher, stranded, deliveries, log, poller),
                        delivery.pollInterval().toMillis()),
                new SyncRouteBuilder(new SyncRunner(sync, syncBatches, deliveries, syncCheck),
                        syncSettings.enabled() ? new SyncScheduleProcessor(new SyncSchedule(syncSettings.time(), syncSettings.zone()), sync,
                                syncBatches, clock) : null),
                new ApiDocsRouteBuilder(answer),
                new RetentionRouteBuilder(
                        new RetentionProcessor("integration-log entries", log::deleteOlderThan, settings.retention().integrationLogDays(),
                                clock),
                        new RetentionProcessor("delivered or dismissed deliveries", deliveries::deleteFinishedBefore,
                                settings.retention().deliveryDays(), clock),
                        new RetentionProcessor("resolved drift entries", drifts::deleteResolvedBefore,
                                settings.retention().integrationLogDays(), clock),
                        new DatabaseCompactionProcessor(compaction)),
                new DriftScanRouteBuilder(drift, settings.drift().scanDelay().toMillis(), settings.drift().scanInterval().toMillis()),
                new OpsRouteBuilder(call,
                        new Authenticator(List.of(), passwords, settings.ops().viewerRole(), "to view operations", tenants,
                                Authenticator.Scope.ADMINS),
                        new Authenticator(List.of(), passwords, settings.ops().adminRole(), "to act on deliveries", tenants,
                                Authenticator.Scope.ADMINS),
                        new IntegrationLogQueryProcessor(log, scope, records),
                        new DeliveryOpsSteps(operations, scope, records),
                        new PtvViewOpsSteps(adoption, drift, operations, scope, records),
                        new SyncOpsSteps(operations),
                        new ReconcileOpsSteps(operations, scope)),
                codeLists.routes(call, writers,
                        new Authenticator(List.of(), passwords, settings.ops().viewerRole(), "to view operations", tenants,
                                Authenticator.Scope.ADMINS),
                        new Authenticator(List.of(), passwords, settings.ops().adminRole(), "to refresh code lists", tenants,
                                Authenticator.Scope.ADMINS)),
                // The node's figures are the whole node's: the viewers of the node may scrape them, not a tenant's admins.
                new MetricsRouteBuilder(call,
                        settings.metrics().anonymous() ? new AnonymousAccess()
                                : new Authenticator(List.of(), passwords, settings.ops().viewerRole(), "to scrape metrics",
                                        new TenantDirectory(), Authenticator.Scope.ADMINS),
                        new PrometheusScrapeProcessor(settings.node().id(), health.version(), meters, metrics, deliveries, log,
                                accounts.logins(), checks, compaction::figures),
                        new TextAnswerProcessor()),
                new HealthRouteBuilder(new HealthCheckProcessor(checks,
                        new HealthReport.Application("ptv-integration", health.version()),
                        new HealthReport.Ptv(health.ptvBaseUrl(), health.ptvApiVersion()), codeLists::status), answer));
    }

    /** The code lists: their catalogue, store and refresher (after {@link #prepareDatabase()}). */
    public CodeListsRuntime codeLists() {
        return codeLists;
    }

    /**
     * The application's own health checks, besides Camel's (the context and every route). A flow
     * that needs one (the code lists' freshness, say) adds its {@link ApplicationHealthCheck}
     * here; health, readiness and the metrics endpoint then show it.
     */
    List<ApplicationHealthCheck> healthChecks() {
        return List.of(
                new DatabaseHealthCheck(new DatabaseHealthProbe(dataSource, settings.health().databaseTimeoutSeconds())),
                new OutboxPollerHealthCheck(poller, settings.delivery().pollInterval(), clock),
                new PtvLoginHealthCheck(accounts.logins()),
                new CodeListsHealthCheck(codeLists::status));
    }

    private void launchSync(String batchId) {
        ProducerTemplate template = syncLaunch;
        if (template == null) {
            throw new IllegalStateException("the sync route is not built yet");
        }
        template.sendBody(SyncRouteBuilder.RUN_URI, batchId);
    }

    public SyncService sync() {
        return sync;
    }

    /** Which tenant a record belongs to, and what a caller may act on. */
    public TenantScope scope() {
        return scope;
    }

    public ApplicationSettings settings() {
        return settings;
    }

    /** The ops service, also published for the {@code ptv:*} shell commands. */
    public OpsService operations() {
        return operations;
    }

    /** This node's counters and histograms, which the metrics endpoint shows. */
    public Meters meters() {
        return meters;
    }

    /** The delivery counters, also registered as an MBean for Hawtio. */
    public DeliveryMetrics metrics() {
        return metrics;
    }

    /** Adoption of items already in PTV, also published for the {@code ptv:*} shell commands. */
    public AdoptionService adoption() {
        return adoption;
    }

    /** Drift views, scan and accept, also published for the {@code ptv:*} shell commands. */
    public DriftService drift() {
        return drift;
    }

    public DriftStore drifts() {
        return drifts;
    }

    public PatStore records() {
        return records;
    }

    public PtvItemStore items() {
        return items;
    }

    public DeliveryStore deliveries() {
        return deliveries;
    }

    public IntegrationLogStore log() {
        return log;
    }
}
