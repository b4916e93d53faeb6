package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.routes.config.RuntimeConfig;
import fi.ptvintegration.routes.intake.JaasPasswordVerifier;
import fi.ptvintegration.routes.processor.IntakeAuthenticator;
import fi.ptvintegration.routes.processor.IntakeLogProcessor;
import fi.ptvintegration.routes.processor.IntakeRefusalProcessor;
import fi.ptvintegration.routes.processor.PatRecordStoreProcessor;
import fi.ptvintegration.routes.processor.PatRecordValidationProcessor;
import fi.ptvintegration.routes.processor.ConnectionSyncProcessor;
import fi.ptvintegration.routes.processor.PtvPushProcessor;
import fi.ptvintegration.routes.push.ChannelPusher;
import fi.ptvintegration.routes.push.OrganizationPusher;
import fi.ptvintegration.routes.push.PtvItemPusher;
import fi.ptvintegration.routes.push.ServicePusher;
import fi.ptvintegration.routes.processor.StoredRecordLoader;
import fi.ptvintegration.routes.processor.IntegrationLogQueryProcessor;
import fi.ptvintegration.routes.processor.IntegrationLogRetentionProcessor;
import fi.ptvintegration.routes.route.ApiDocsRouteBuilder;
import fi.ptvintegration.routes.route.IntegrationLogRetentionRouteBuilder;
import fi.ptvintegration.routes.route.OpsRouteBuilder;
import fi.ptvintegration.routes.route.PtvPushRouteBuilder;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.route.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import java.time.Clock;
import fi.ptvintegration.routes.health.HealthReport;
import fi.ptvintegration.routes.processor.HealthCheckProcessor;
import fi.ptvintegration.routes.processor.JsonResponseProcessor;
import fi.ptvintegration.routes.route.HealthRouteBuilder;
import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import java.util.List;
import javax.sql.DataSource;
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
    private PtvClientComponent ptvClient;

    @Reference
    private IntakeSettingsComponent intakeSettings;

    private OsgiDefaultCamelContext camelContext;

    @Activate
    void activate(BundleContext bundleContext, RuntimeConfig config) throws Exception {
        int migrations = DatabaseMigrations.migrate(dataSource);
        LOG.info("Database schema is current ({} migrations applied now)", migrations);

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
        for (RoutesBuilder routes : routes(bundleContext, config)) {
            context.addRoutes(routes);
        }
        camelContext = context;
        LOG.info("Camel context {} started with {} routes", context.getName(), context.getRoutesSize());
    }

    @Deactivate
    void deactivate() {
        if (camelContext != null) {
            camelContext.stop();
            camelContext = null;
        }
    }

    private List<RoutesBuilder> routes(BundleContext bundleContext, RuntimeConfig config) {
        HealthReport.Application application = new HealthReport.Application(
                "ptv-integration", applicationVersion(bundleContext));
        HealthReport.Ptv ptv = new HealthReport.Ptv(
                ptvClient.settings().baseUrl(), ptvClient.settings().apiVersion());
        DatabaseHealthProbe databaseProbe =
                new DatabaseHealthProbe(dataSource, config.health_database_timeout_seconds());
        // Each store, check and collaborator once, shared by the routes that need it.
        Clock clock = Clock.systemUTC();
        JsonResponseProcessor jsonResponse = new JsonResponseProcessor();
        PatStore store = new PatStore(dataSource, clock);
        PtvItemStore items = new PtvItemStore(dataSource);
        IntegrationLogStore log = new IntegrationLogStore(dataSource);
        PatValidator validator = new PatValidator(ReferenceData.bundled());
        JaasPasswordVerifier passwords = new JaasPasswordVerifier(intakeSettings.realm(), clock);
        IntakeLogProcessor logCall = new IntakeLogProcessor(log, clock);
        IntakeRefusalProcessor refuse = new IntakeRefusalProcessor();
        IntakeAuthenticator writers = new IntakeAuthenticator(intakeSettings.apiKeys(), passwords, intakeSettings.role());

        PatIntakeRouteBuilder.Steps intake = new PatIntakeRouteBuilder.Steps(
                writers,
                intakeSettings.maxBodyBytes(),
                new PatRecordValidationProcessor(validator),
                new PatRecordStoreProcessor(store),
                logCall,
                refuse,
                jsonResponse);
        PtvPushRouteBuilder.Steps push = new PtvPushRouteBuilder.Steps(
                writers,
                new StoredRecordLoader(store, validator),
                new PtvPushProcessor(pushers(), ptvClient::accounts, ptvClient::sourceIds, ptvClient::createWhenMissing,
                        items, log, clock),
                new ConnectionSyncProcessor(store, items, ptvClient::accounts, log, clock),
                logCall,
                refuse,
                jsonResponse);
        OpsRouteBuilder.Steps ops = new OpsRouteBuilder.Steps(
                new IntakeAuthenticator(List.of(), passwords, config.ops_role()),
                new IntegrationLogQueryProcessor(log),
                logCall,
                refuse,
                jsonResponse);
        return List.of(
                new HealthRouteBuilder(new HealthCheckProcessor(databaseProbe, application, ptv), jsonResponse),
                new PatIntakeRouteBuilder(intake),
                new PtvPushRouteBuilder(push),
                new ApiDocsRouteBuilder(jsonResponse),
                new IntegrationLogRetentionRouteBuilder(
                        new IntegrationLogRetentionProcessor(log, config.integration_log_retention_days(), clock)),
                new OpsRouteBuilder(ops));
    }

    private static List<PtvItemPusher> pushers() {
        List<PtvItemPusher> pushers = new java.util.ArrayList<>(List.of(new OrganizationPusher(), new ServicePusher()));
        pushers.addAll(ChannelPusher.all());
        return pushers;
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
