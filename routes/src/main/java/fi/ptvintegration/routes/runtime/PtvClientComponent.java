package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.client.PtvClientSettings;
import fi.ptvintegration.ptv.client.PtvCredentials;
import fi.ptvintegration.ptv.client.PtvLoginTokenSource;
import java.net.URI;
import java.time.Clock;
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
    private final SourceIdMapping sourceIds;

    @Activate
    public PtvClientComponent(PtvConfig config) {
        this.settings = new PtvClientSettings(
                config.base_url(),
                config.api_version(),
                Duration.ofMillis(config.connect_timeout_ms()),
                Duration.ofMillis(config.request_timeout_ms()));
        this.client = new PtvClient(settings, tokens(config, settings));
        this.sourceIds = new SourceIdMapping(config.source_id_prefix());
    }

    /** Logs in when a token URL and a user are configured; otherwise calls go without a token. */
    private static PtvTokenSource tokens(PtvConfig config, PtvClientSettings settings) {
        if (config.token_url().isBlank() || config.username().isBlank()) {
            return PtvTokenSource.none();
        }
        return new PtvLoginTokenSource(URI.create(config.token_url().strip()),
                new PtvCredentials(config.username().strip(), config.password(), blankToNull(config.api_user_organisation())),
                settings.connectTimeout(), settings.requestTimeout(), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Clock.systemUTC());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public SourceIdMapping sourceIds() {
        return sourceIds;
    }

    public PtvClientSettings settings() {
        return settings;
    }

    public PtvClient client() {
        return client;
    }
}
