package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.routes.config.PtvConfig;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Publishes the configured PTV ports (one per PTV account, {@link PtvAccounts}) as an OSGi
 * service, with the push settings of the same file. Reads PID {@code fi.ptvintegration.ptv};
 * a change of that configuration replaces the service, and the components using it restart
 * with the new settings.
 */
@Component(
        service = PtvAccountsComponent.class,
        configurationPid = PtvConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PtvConfig.class)
public class PtvAccountsComponent {

    private final PtvClientSettings settings;
    private final String tokenUrl;
    private final ApplicationSettings.Push push;
    private final PtvAccounts accounts;

    private static final Pattern ACCOUNT_USER = Pattern.compile("^account\\.(.+)\\.username$");

    @Activate
    public PtvAccountsComponent(PtvConfig config, Map<String, Object> properties) {
        this.settings = new PtvClientSettings(
                config.base_url(),
                config.api_version(),
                Duration.ofMillis(config.connect_timeout_ms()),
                Duration.ofMillis(config.request_timeout_ms()));
        this.tokenUrl = config.token_url().strip();
        this.push = new ApplicationSettings.Push(new SourceIdMapping(config.source_id_prefix()), config.create_when_missing());
        this.accounts = new PtvAccounts(PtvAdapters.connect(settings, tokens(config, settings)),
                organisationAccounts(config, settings, properties));
    }

    /**
     * One client per organisation that has an account of its own: {@code account.<PAT code>.username},
     * {@code .password} and {@code .api.user.organisation}, all from the environment.
     */
    private static Map<String, PtvPort> organisationAccounts(PtvConfig config, PtvClientSettings settings,
            Map<String, Object> properties) {
        Map<String, PtvPort> ports = new HashMap<>();
        for (String key : properties.keySet()) {
            Matcher user = ACCOUNT_USER.matcher(key);
            if (!user.matches() || String.valueOf(properties.get(key)).isBlank()) {
                continue;
            }
            String code = user.group(1);
            if (config.token_url().isBlank()) {
                throw new IllegalArgumentException("account." + code + " needs token.url to log in to PTV");
            }
            String password = String.valueOf(properties.getOrDefault("account." + code + ".password", ""));
            Object organisation = properties.get("account." + code + ".api.user.organisation");
            ports.put(code, PtvAdapters.connect(settings, new PtvLoginTokenSource(URI.create(config.token_url().strip()),
                    new PtvCredentials(String.valueOf(properties.get(key)).strip(), password,
                            organisation == null ? null : blankToNull(organisation.toString())),
                    settings.connectTimeout(), settings.requestTimeout(), Duration.ofMinutes(5), Duration.ofMinutes(30),
                    Clock.systemUTC())));
        }
        return ports;
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

    public PtvAccounts accounts() {
        return accounts;
    }

    /** How pushes name items in PTV: the sourceId prefix, and whether a put creates what PTV lacks. */
    public ApplicationSettings.Push push() {
        return push;
    }

    /** PTV's login address; empty when calls carry no token. */
    public String tokenUrl() {
        return tokenUrl;
    }

    public PtvClientSettings settings() {
        return settings;
    }
}
