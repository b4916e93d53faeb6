package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.PtvClientSettings;
import fi.ptvintegration.ptv.client.PtvTokenSource;
import fi.ptvintegration.routes.config.PtvConfig;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Publishes the configured PTV client as an OSGi service. Reads PID {@code fi.ptvintegration.ptv};
 * a change of that configuration replaces the service, and the components using it restart
 * with the new settings.
 */
@Component(
        service = PtvClientComponent.class,
        configurationPid = PtvConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PtvConfig.class)
public class PtvClientComponent {

    private final PtvClientSettings settings;
    private final PtvClient client;

    @Activate
    public PtvClientComponent(PtvConfig config) {
        this.settings = new PtvClientSettings(
                config.base_url(),
                config.api_version(),
                Duration.ofMillis(config.connect_timeout_ms()),
                Duration.ofMillis(config.request_timeout_ms()));
        // Login and tokens come with the push flow; until then calls carry no bearer token.
        this.client = new PtvClient(settings, PtvTokenSource.none());
    }

    public PtvClientSettings settings() {
        return settings;
    }

    public PtvClient client() {
        return client;
    }
}
