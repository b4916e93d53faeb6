package fi.ptvintegration.routes.http;

import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.Tenant;
import fi.ptvintegration.routes.tenant.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Lets a call through only with credentials: an API key in {@code X-API-Key} (one of the node's
 * keys configured in {@code fi.ptvintegration.intake}, or a tenant's; none for operations), or
 * HTTP Basic for a user of the JAAS realm who has the required role (acting for every
 * organisation) or whom a tenant names as its writer or admin (acting for the tenant's
 * organisations only). The {@link Caller} goes with the call. Answers 401 without valid credentials and 403 for
 * a user without the role, saying what the role is needed for. Removes both headers from the
 * message once checked, so no later step can log them.
 */
public class Authenticator implements Processor {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String AUTHORIZATION = "Authorization";

    private final List<byte[]> apiKeys;
    private final PasswordVerifier passwords;
    private final String requiredRole;
    private final String purpose;
    private final TenantDirectory tenants;
    private final Scope scope;

    /** Whom a tenant's credentials let in: its writers (Drupal) or its admins (ops). */
    public enum Scope {
        WRITERS, ADMINS
    }

    /**
     * @param apiKeys the node's own API keys, acting for every organisation; empty: only HTTP Basic (and tenants' keys)
     * @param purpose what the role is needed for, in a refusal: "to write", "to view operations"...
     * @param tenants the node's tenants: a tenant's key or user acts for the tenant's organisations only
     * @param scope whether tenants' writers or tenants' admins are let in
     */
    public Authenticator(List<String> apiKeys, PasswordVerifier passwords, String requiredRole, String purpose, TenantDirectory tenants,
            Scope scope) {
        this.apiKeys = apiKeys.stream().filter(k -> !k.isBlank()).map(k -> k.strip().getBytes(StandardCharsets.UTF_8)).toList();
        this.passwords = passwords;
        this.requiredRole = requiredRole;
        this.purpose = purpose;
        this.tenants = tenants;
        this.scope = scope;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String apiKey = message.getHeader(API_KEY_HEADER, String.class);
        String authorization = message.getHeader(AUTHORIZATION, String.class);
        message.removeHeader(API_KEY_HEADER);
        message.removeHeader(AUTHORIZATION);

        if (apiKey != null) {
            int index = matchingKey(apiKey);
            if (index >= 0) {
                identify(exchange, Caller.global("api-key-" + (index + 1)));
                return;
            }
            Optional<TenantDirectory.KeyMatch> tenantKey = scope == Scope.WRITERS ? tenants.byApiKey(apiKey) : Optional.empty();
            if (tenantKey.isEmpty()) {
                throw unauthorized("the API key is not valid");
            }
            identify(exchange, Caller.of(tenantKey.get().tenant().name() + "-api-key-" + tenantKey.get().number(),
                    tenantKey.get().tenant()));
            return;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userAndPassword = decode(authorization.substring(6).strip());
            Optional<Set<String>> roles = passwords.rolesOf(userAndPassword[0], userAndPassword[1]);
            if (roles.isEmpty()) {
                throw unauthorized("user name or password is wrong");
            }
            String user = userAndPassword[0];
            if (roles.get().contains(requiredRole)) {
                identify(exchange, Caller.global(user));
                return;
            }
            Optional<Tenant> tenant = scope == Scope.WRITERS ? tenants.writerTenant(user, roles.get())
                    : tenants.adminTenant(user, roles.get());
            if (tenant.isEmpty()) {
                throw new CallRefusal(403, "forbidden", "user '" + user + "' lacks the role '" + requiredRole + "' needed " + purpose);
            }
            identify(exchange, Caller.of(user, tenant.get()));
            return;
        }
        throw unauthorized(apiKeys.isEmpty() ? "HTTP Basic credentials are needed " + purpose
                : "writing needs credentials: an X-API-Key header or HTTP Basic");
    }

    private static void identify(Exchange exchange, Caller caller) {
        exchange.setProperty(ExchangeKeys.PRINCIPAL, caller.name());
        exchange.setProperty(ExchangeKeys.CALLER, caller);
    }

    private int matchingKey(String offered) {
        byte[] bytes = offered.strip().getBytes(StandardCharsets.UTF_8);
        int match = -1;
        for (int i = 0; i < apiKeys.size(); i++) {
            if (MessageDigest.isEqual(apiKeys.get(i), bytes)) {
                match = i;
            }
        }
        return match;
    }

    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw unauthorized("the Basic credentials are not user:password");
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw unauthorized("the Basic credentials are not valid base64");
        }
    }

    private static CallRefusal unauthorized(String message) {
        return new CallRefusal(401, "unauthorized", message);
    }
}
