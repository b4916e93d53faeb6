package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.routes.adopt.AdoptionService;
import fi.ptvintegration.routes.config.RuntimeConfig;
import fi.ptvintegration.routes.drift.DriftService;
import fi.ptvintegration.routes.http.JaasPasswordVerifier;
import fi.ptvintegration.routes.ops.DeliveryOperations;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.ptv.DriftPolicy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import fi.ptvintegration.routes.codelists.CodeListsComponent;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the application's Camel context in Karaf: creates it when everything it needs is in the
 * OSGi registry, adds the routes the {@link Application} builds, publishes the ops service, the
 * delivery MBean and the operations MBean, and stops it all when any of that goes away. Started by Declarative
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

    @Reference(target = "(component=seda)")
    private ComponentResolver sedaComponent;

    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(dataformat=jackson)")
    private DataFormatResolver jacksonDataFormat;

    /** Target filter set by the {@code dataSource.target} key of the configuration. */
    @Reference(name = "dataSource")
    private DataSource dataSource;

    @Reference
    private PtvAccountsComponent ptv;

    @Reference
    private IntakeSettingsComponent intake;

    @Reference
    private CodeListsComponent codeLists;

    @Reference
    private TenantDirectoryComponent tenants;

    private OsgiDefaultCamelContext camelContext;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<ObjectName> mbeans = new ArrayList<>();

    @Activate
    void activate(BundleContext bundleContext, RuntimeConfig config) throws Exception {
        Clock clock = Clock.systemUTC();
        ApplicationSettings settings = settings(config, bundleContext);
        Application application = new Application(dataSource, settings, ptv.accounts(),
                new JaasPasswordVerifier(settings.intake().basicRealm(), clock), tenants.directory(), clock);
        application.prepareDatabase();

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
        ExecutorService deliveryPool = context.getExecutorServiceManager().newFixedThreadPool(this, "ptv-delivery",
                settings.delivery().workerThreads());
        for (RoutesBuilder routes : application.routes(context, deliveryPool)) {
            context.addRoutes(routes);
        }
        register("Delivery", config.camel_context_name(), application.metrics());
        register("Operations", config.camel_context_name(), new DeliveryOperations(application.operations()));
        // The services the ptv:* shell commands use.
        registrations.add(bundleContext.registerService(OpsService.class, application.operations(), null));
        registrations.add(bundleContext.registerService(AdoptionService.class, application.adoption(), null));
        registrations.add(bundleContext.registerService(DriftService.class, application.drift(), null));
        LOG.info("Camel context {} started with {} routes", context.getName(), context.getRoutesSize());
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        for (ObjectName name : mbeans) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            } catch (Exception e) {
                LOG.debug("MBean {} was already gone: {}", name, e.getMessage());
            }
        }
        mbeans.clear();
        if (camelContext != null) {
            camelContext.stop();
            camelContext = null;
        }
    }

    /**
     * Registers an MBean as {@code fi.ptvintegration:type=<type>,context=<context>}, where Hawtio
     * shows it and the JMX ACL {@code jmx.acl.fi.ptvintegration} guards it.
     */
    private void register(String type, String contextName, Object mbean) throws Exception {
        ObjectName name = new ObjectName("fi.ptvintegration:type=" + type + ",context="
                + (contextName.matches("[A-Za-z0-9._-]+") ? contextName : ObjectName.quote(contextName)));
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        if (jmx.isRegistered(name)) {
            jmx.unregisterMBean(name);
        }
        jmx.registerMBean(mbean, name);
        mbeans.add(name);
    }

    /** The application's settings from the four configuration files. */
    private ApplicationSettings settings(RuntimeConfig config, BundleContext bundleContext) {
        return new ApplicationSettings(
                intake.settings(),
                new ApplicationSettings.Ops(config.ops_viewer_role(), config.ops_role()),
                ptv.push(),
                new ApplicationSettings.Delivery(config.delivery_concurrency(), config.delivery_max_attempts(),
                        Duration.ofMillis(config.delivery_backoff_initial_ms()), Duration.ofMillis(config.delivery_backoff_max_ms()),
                        Duration.ofMillis(config.delivery_poll_interval_ms()), Duration.ofSeconds(config.delivery_lease_seconds()),
                        "wait".equalsIgnoreCase(config.delivery_missing_reference().strip()), config.delivery_recover_at_start()),
                new ApplicationSettings.Retention(config.integration_log_retention_days(), config.delivery_retention_days()),
                new ApplicationSettings.Health(config.camel_context_name(), applicationVersion(bundleContext),
                        ptv.settings().baseUrl(), ptv.settings().apiVersion(), config.health_database_timeout_seconds()),
                new ApplicationSettings.Drift(DriftPolicy.of(config.drift_policy()), Duration.ofHours(Math.max(0, config.drift_scan_interval_hours())),
                        Duration.ofMinutes(Math.max(0, config.drift_scan_delay_minutes())), config.drift_scan_concurrency()),
                codeLists.settings(ptv.settings()),
                ApplicationSettings.Node.of(config.node_id()),
                ApplicationSettings.Metrics.of(config.metrics_access()),
                sync(config));
    }

    /** The daily sync's settings; a time or zone that cannot be read stops the start with the key named. */
    private static ApplicationSettings.Sync sync(RuntimeConfig config) {
        LocalTime time;
        ZoneId zone;
        try {
            time = LocalTime.parse(config.sync_time().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("sync.time must be HH:mm, was '" + config.sync_time() + "'", e);
        }
        try {
            zone = ZoneId.of(config.sync_zone().strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("sync.zone must be a time zone such as Europe/Helsinki, was '" + config.sync_zone() + "'", e);
        }
        return new ApplicationSettings.Sync(config.sync_enabled(), time, zone);
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
