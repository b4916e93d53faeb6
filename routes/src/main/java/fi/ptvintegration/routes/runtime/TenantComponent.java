package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.routes.config.TenantConfig;
import fi.ptvintegration.routes.tenant.Tenant;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One tenant from its configuration ({@code etc/fi.ptvintegration.tenant-<name>.cfg}), published
 * for the {@link TenantDirectoryComponent}: a new, changed or removed file takes effect without a
 * restart. A tenant with PTV credentials of its own logs in to PTV with them for its records.
 */
@Component(service = TenantComponent.class, configurationPid = TenantConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TenantConfig.class, factory = true)
public class TenantComponent {

    private final Tenant tenant;

    @Activate
    public TenantComponent(TenantConfig config, @Reference PtvAccountsComponent ptv) {
        if (config.name() == null || config.name().isBlank()) {
            throw new IllegalArgumentException("a tenant needs a name");
        }
        Set<String> organizations = set(config.organizations());
        if (organizations.isEmpty()) {
            throw new IllegalArgumentException("tenant '" + config.name() + "' names no organisations");
        }
        Optional<PtvPort> account = Optional.empty();
        if (!config.ptv_username().isBlank()) {
            if (ptv.tokenUrl().isBlank()) {
                throw new IllegalArgumentException("tenant '" + config.name() + "' has a PTV account but token.url is not set");
            }
            account = Optional.of(PtvAdapters.connect(ptv.settings(), new PtvLoginTokenSource(URI.create(ptv.tokenUrl()),
                    new PtvCredentials(config.ptv_username().strip(), config.ptv_password(),
                            config.ptv_api_user_organisation().isBlank() ? null : config.ptv_api_user_organisation().strip()),
                    ptv.settings().connectTimeout(), ptv.settings().requestTimeout(), Duration.ofMinutes(5), Duration.ofMinutes(30),
                    Clock.systemUTC())));
        }
        this.tenant = new Tenant(config.name().strip(), organizations, List.copyOf(set(config.api_keys())), set(config.users()),
                set(config.roles()), set(config.admin_users()), set(config.admin_roles()), account);
    }

    public Tenant tenant() {
        return tenant;
    }

    private static Set<String> set(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
