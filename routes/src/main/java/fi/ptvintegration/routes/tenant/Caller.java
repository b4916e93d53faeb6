package fi.ptvintegration.routes.tenant;

import java.util.Optional;

/**
 * Who made a call, as the authenticator found out: the principal's name (an API key's label or
 * a user name, never a secret) and the tenant it acts for; no tenant means it acts for every
 * organisation (the node's own credentials, or a global admin).
 */
public record Caller(String name, Optional<Tenant> tenant) {

    public static Caller global(String name) {
        return new Caller(name, Optional.empty());
    }

    public static Caller of(String name, Tenant tenant) {
        return new Caller(name, Optional.of(tenant));
    }

    public boolean global() {
        return tenant.isEmpty();
    }
}
