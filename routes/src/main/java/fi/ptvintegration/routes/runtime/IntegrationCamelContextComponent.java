package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.routes.config.RuntimeConfig;
import fi.ptvintegration.routes.http.JaasPasswordVerifier;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.intake.PatRecordStoreProcessor;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor;
import fi.ptvintegration.routes.delivery.ConnectionSyncProcessor;
import fi.ptvintegration.routes.delivery.PtvSendProcessor;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import fi.ptvintegration.routes.ops.IntegrationLogQueryProcessor;
import fi.ptvintegration.routes.retention.RetentionProcessor;
import fi.ptvintegration.routes.apidocs.ApiDocsRouteBuilder;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.retention.RetentionRouteBuilder;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import java.sql.SQLException;
import java.time.Clock;
import fi.ptvintegration.routes.codelists.CodeListsComponent;
import fi.ptvintegration.routes.codelists.CodeListsRuntime;
import fi.ptvintegration.routes.health.HealthReport;
import fi.ptvintegration.routes.health.HealthCheckProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.health.HealthRouteBuilder;
import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.delivery.DeliveryDispatcher;
import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.delivery.RetryPolicy;
import fi.ptvintegration.routes.delivery.DeliveredProcessor;
import fi.ptvintegration.routes.push.DeliveryEnqueueProcessor;
import fi.ptvintegration.routes.delivery.DeliveryFailureProcessor;
import fi.ptvintegration.routes.ops.DeliveryOpsProcessor;
import fi.ptvintegration.routes.delivery.DeliveryPollProcessor;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.osgi.framework.ServiceRegistration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.core.osgi.OsgiCamelContextPublisher;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.apache.camel.management.JmxManagementStrategyFactory;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.spi.DataFormatResolver;
import org.apache.camel.spi.LanguageResolver;
import org.apache.camel.spi.LifecycleStrategy;
import org.apache.camel.spi.ManagementStrategy;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the application's Camel context: creates it when everything it needs is in the OSGi
 * registry, adds the routes, and stops it when any of that goes away. Started by Declarative
 * Services (no Blueprint: its Camel bundles are not obtainable here, see STACK.md).
 *
 * <p>Reads PID {@code fi.ptvintegration.runtime}. Waits until Camel's OSGi activator has
 * registered every component, language and data format the routes use: at boot the DataSource
 * can appear before they are, and a route started then fails with "No endpoint could be found
 * for: cxfrs" or "No language could be found for: simple". Add a reference here when a route
 * starts using another one.
 */
@Component(immediate = true, configurationPid = RuntimeConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RuntimeConfig.class)
public class IntegrationCamelContextComponent {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationCamelContextComponent.class);

    @Reference(target = "(component=cxfrs)")
    private ComponentResolver cxfrsComponent;

    @Reference(target = "(component=direct)")
    private ComponentResolver directComponent;

    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;

    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(dataformat=jackson)")
    private DataFormatResolver jacksonDataFormat;

    /** Target filter set by the {@code dataSource.target} key of the configuration. */
    @Reference(name = "dataSource")
    private DataSource dataSource;

    @Reference
    private PtvAccountsComponent ptvClient;

    @Reference
    private IntakeSettingsComponent intakeSettings;

    @Reference
    private CodeListsComponent codeListSettings;

    private OsgiDefaultCamelContext camelContext;
    private ServiceRegistration<OpsService> operationsRegistration;
    private ObjectName metricsName;
    private ExecutorService deliveryPool;

    @Activate
    void activate(BundleContext bundleContext, RuntimeConfig config) throws Exception {
        int migrations = DatabaseMigrations.migrate(dataSource);
        LOG.info("Database schema is current ({} migrations applied now)", migrations);
        Clock clock = Clock.systemUTC();
        int filled = new PatStore(dataSource, clock).fillServiceCodes();
        if (filled > 0) {
            LOG.info("Service code filled in for {} offerings stored before it was indexed", filled);
        }
        DeliveryStore deliveries = new DeliveryStore(dataSource, clock);
        if (config.delivery_recover_at_start()) {
            int recovered = deliveries.releaseAllInFlight();
            if (recovered > 0) {
                LOG.warn("{} deliveries were in flight when the system last stopped; they are back in the queue", recovered);
            }
        }
        DeliveryMetrics metrics = new DeliveryMetrics(deliveries, clock);

        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.setName(config.camel_context_name());
        context.setManagementName(config.camel_context_name());
        context.setUseMDCLogging(true);
        ensureJmxManagement(context);
        // Publishes the context as an OSGi service, so camel:* shell commands and tools see it.
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));

        // OsgiDefaultCamelContext is already initialised by its constructor: routes added
        // before start() would never start, so they are added after it.
        context.start();
        camelContext = context;
        deliveryPool = context.getExecutorServiceManager().newFixedThreadPool(this, "ptv-delivery",
                Math.max(1, config.delivery_concurrency()));
        OpsService operations = new OpsService(deliveries, new IntegrationLogStore(dataSource), metrics);
        for (RoutesBuilder routes : routes(bundleContext, config, clock, deliveries, metrics, operations)) {
            context.addRoutes(routes);
        }
        String contextName = config.camel_context_name();
        metricsName = new ObjectName("fi.ptvintegration:type=Delivery,context="
                + (contextName.matches("[A-Za-z0-9._-]+") ? contextName : ObjectName.quote(contextName)));
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        if (jmx.isRegistered(metricsName)) {
            jmx.unregisterMBean(metricsName);
        }
        jmx.registerMBean(metrics, metricsName);
        operationsRegistration = bundleContext.registerService(OpsService.class, operations, null);
        LOG.info("Camel context {} started with {} routes", context.getName(), context.getRoutesSize());
    }

    @Deactivate
    void deactivate() {
        if (operationsRegistration != null) {
            operationsRegistration.unregister();
            operationsRegistration = null;
        }
        if (metricsName != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(metricsName);
            } catch (Exception e) {
                LOG.debug("Delivery metrics MBean was already gone: {}", e.getMessage());
            }
            metricsName = null;
        }
        if (camelContext != null) {
            camelContext.stop();
            camelContext = null;
        }
    }

    private List<RoutesBuilder> routes(BundleContext bundleContext, RuntimeConfig config, Clock clock, DeliveryStore deliveries,
            DeliveryMetrics metrics, OpsService operations) throws SQLException {
        HealthReport.Application application = new HealthReport.Application(
                "ptv-integration", applicationVersion(bundleContext));
        HealthReport.Ptv ptv = new HealthReport.Ptv(
                ptvClient.settings().baseUrl(), ptvClient.settings().apiVersion());
        DatabaseHealthProbe databaseProbe =
                new DatabaseHealthProbe(dataSource, config.health_database_timeout_seconds());
        // Each store, check and collaborator once, shared by the routes that need it.
        JsonAnswerProcessor jsonResponse = new JsonAnswerProcessor();
        PatStore store = new PatStore(dataSource, clock);
        PtvItemStore items = new PtvItemStore(dataSource);
        IntegrationLogStore log = new IntegrationLogStore(dataSource);
        PatValidator validator = new PatValidator(ReferenceData.bundled());
        JaasPasswordVerifier passwords = new JaasPasswordVerifier(intakeSettings.realm(), clock);
        CallLogProcessor logCall = new CallLogProcessor(log, clock);
        RefusalProcessor refuse = new RefusalProcessor();
        Authenticator writers = new Authenticator(intakeSettings.apiKeys(), passwords, intakeSettings.role());
        Authenticator viewers = new Authenticator(List.of(), passwords, config.ops_viewer_role());
        Authenticator admins = new Authenticator(List.of(), passwords, config.ops_role());
        CodeListsRuntime codeLists = CodeListsRuntime.start(dataSource, codeListSettings.settings(), ptvClient.settings(), clock);

        PatIntakeRouteBuilder.Steps intake = new PatIntakeRouteBuilder.Steps(
                writers,
                intakeSettings.maxBodyBytes(),
                new PatRecordValidationProcessor(validator),
                codeLists.intakeCheck(),
                new PatRecordStoreProcessor(store),
                logCall,
                refuse,
                jsonResponse);
        StoredRecordLoader load = new StoredRecordLoader(store, validator);
        Duration lease = Duration.ofSeconds(Math.max(10, config.delivery_lease_seconds()));
        PtvPushRouteBuilder.Steps push = new PtvPushRouteBuilder.Steps(
                writers,
                load,
                new DeliveryEnqueueProcessor(deliveries, lease),
                logCall,
                refuse,
                jsonResponse);
        RetryPolicy policy = new RetryPolicy(Math.max(1, config.delivery_max_attempts()),
                Duration.ofMillis(Math.max(1, config.delivery_backoff_initial_ms())),
                Duration.ofMillis(Math.max(1, config.delivery_backoff_max_ms())),
                "wait".equalsIgnoreCase(config.delivery_missing_reference().strip()));
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(deliveries, camelContext.createProducerTemplate(),
                PtvDeliveryRouteBuilder.DELIVER_URI, deliveryPool, config.delivery_concurrency(), lease);
        PtvDeliveryRouteBuilder.Steps delivery = new PtvDeliveryRouteBuilder.Steps(
                load,
                new PtvSendProcessor(ptvClient::accounts, ptvClient::sourceIds, ptvClient::createWhenMissing,
                        items, log, clock),
                new ConnectionSyncProcessor(store, items, ptvClient::accounts, log, clock),
                new DeliveredProcessor(deliveries, metrics),
                new DeliveryFailureProcessor(deliveries, () -> policy, metrics, clock),
                new DeliveryPollProcessor(dispatcher),
                Math.max(50, config.delivery_poll_interval_ms()));
        OpsRouteBuilder.Steps ops = new OpsRouteBuilder.Steps(
                viewers,
                admins,
                new IntegrationLogQueryProcessor(log),
                new DeliveryOpsProcessor(operations),
                logCall,
                refuse,
                jsonResponse);
        // Health last: when /cxf/health answers, every other endpoint is already there.
        return List.of(
                new PatIntakeRouteBuilder(intake),
                new PtvPushRouteBuilder(push),
                new PtvDeliveryRouteBuilder(delivery),
                new ApiDocsRouteBuilder(jsonResponse),
                new RetentionRouteBuilder(
                        new RetentionProcessor("integration-log entries", log::deleteOlderThan,
                                config.integration_log_retention_days(), clock),
                        new RetentionProcessor("delivered or dismissed deliveries", deliveries::deleteFinishedBefore,
                                config.delivery_retention_days(), clock)),
                new OpsRouteBuilder(ops),
                codeLists.routes(writers, viewers, admins, logCall, refuse, jsonResponse),
                new HealthRouteBuilder(new HealthCheckProcessor(databaseProbe, application, ptv, codeLists::status), jsonResponse));
    }

    private static String applicationVersion(BundleContext bundleContext) {
        String version = bundleContext.getBundle().getHeaders().get("Implementation-Version");
        return version != null ? version : bundleContext.getBundle().getVersion().toString();
    }

    /**
     * Camel finds its JMX management through a service file that the OSGi factory finder may not
     * see from this bundle; without JMX, Hawtio would show no routes. Set it up explicitly when
     * the context came up without it.
     */
    private static void ensureJmxManagement(CamelContext context) throws Exception {
        if (context.getManagementStrategy().getManagementAgent() != null) {
            return;
        }
        JmxManagementStrategyFactory factory = new JmxManagementStrategyFactory();
        ManagementStrategy strategy = factory.create(context, null);
        context.getManagementStrategy().getEventNotifiers().forEach(strategy::addEventNotifier);
        LifecycleStrategy lifecycle = factory.createLifecycle(context);
        factory.setupManagement(context, strategy, lifecycle);
    }
}
