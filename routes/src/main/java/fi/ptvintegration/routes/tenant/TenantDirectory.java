package fi.ptvintegration.routes.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants of this node, replaced whole when a tenant's configuration changes (no restart).
 * Empty means one city on the node: every credential acts for every organisation.
 */
public class TenantDirectory {

    private volatile List<Tenant> tenants = List.of();

    public void replace(List<Tenant> current) {
        tenants = List.copyOf(current);
    }

    public List<Tenant> all() {
        return tenants;
    }

    public boolean isEmpty() {
        return tenants.isEmpty();
    }

    /** The tenant an API key belongs to (compared in constant time), with the key's number within the tenant. */
    public Optional<KeyMatch> byApiKey(String offered) {
        byte[] bytes = offered.strip().getBytes(StandardCharsets.UTF_8);
        KeyMatch match = null;
        for (Tenant tenant : tenants) {
            for (int i = 0; i < tenant.apiKeys().size(); i++) {
                if (MessageDigest.isEqual(tenant.apiKeys().get(i).strip().getBytes(StandardCharsets.UTF_8), bytes)) {
                    match = new KeyMatch(tenant, i + 1);
                }
            }
        }
        return Optional.ofNullable(match);
    }

    /** An API key that matched: its tenant and its number there ({@code 1} for the first). */
    public record KeyMatch(Tenant tenant, int number) {}

    /** The tenant a JAAS user writes for, by name or role. */
    public Optional<Tenant> writerTenant(String user, Set<String> roles) {
        return tenants.stream().filter(t -> t.writer(user, roles)).findFirst();
    }

    /** The tenant a JAAS user administers, by name or role. */
    public Optional<Tenant> adminTenant(String user, Set<String> roles) {
        return tenants.stream().filter(t -> t.admin(user, roles)).findFirst();
    }

    /** The tenant whose organisations list names this code (not its sub-organisations; see {@link TenantScope}). */
    public Optional<Tenant> listing(String organizationCode) {
        return tenants.stream().filter(t -> t.organizations().contains(organizationCode)).findFirst();
    }
}
