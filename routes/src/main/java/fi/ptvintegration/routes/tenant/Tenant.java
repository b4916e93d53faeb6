package fi.ptvintegration.routes.tenant;

import fi.ptvintegration.ptv.port.PtvPort;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A municipality (or any set of organisations) on a node that serves several: the organisations
 * it writes for (PAT codes; their sub-organisations belong to it too), the credentials that act
 * for it (API keys, several at once for rotation; JAAS users or roles), the users or roles that
 * administer its deliveries in {@code /cxf/ops}, and the PTV account its records go to PTV with.
 * Read from {@code etc/fi.ptvintegration.tenant-<name>.cfg}; secrets only from the environment.
 *
 * @param ptv the tenant's own PTV account, or empty to use the default account
 */
public record Tenant(String name, Set<String> organizations, List<String> apiKeys, Set<String> users, Set<String> roles,
        Set<String> adminUsers, Set<String> adminRoles, Optional<PtvPort> ptv) {

    public Tenant {
        organizations = Set.copyOf(organizations);
        apiKeys = List.copyOf(apiKeys);
        users = Set.copyOf(users);
        roles = Set.copyOf(roles);
        adminUsers = Set.copyOf(adminUsers);
        adminRoles = Set.copyOf(adminRoles);
    }

    /** Whether the user (with its roles) writes for this tenant. */
    public boolean writer(String user, Set<String> userRoles) {
        return users.contains(user) || userRoles.stream().anyMatch(roles::contains);
    }

    /** Whether the user (with its roles) administers this tenant's deliveries. */
    public boolean admin(String user, Set<String> userRoles) {
        return adminUsers.contains(user) || userRoles.stream().anyMatch(adminRoles::contains);
    }
}
