package fi.ptvintegration.routes.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks HTTP Basic credentials against a Karaf JAAS realm ({@code karaf} by default, i.e.
 * {@code etc/users.properties}) and reads the user's roles from the subject's role principals.
 * A successful login is remembered for a minute, keyed by user and a SHA-256 of the password,
 * so that a busy Drupal does not cost a JAAS login per request; failures are not remembered.
 */
public class JaasPasswordVerifier implements PasswordVerifier {

    private static final Duration REMEMBER = Duration.ofMinutes(1);

    private final String realm;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(Set<String> roles, Instant until) {}

    public JaasPasswordVerifier(String realm, Clock clock) {
        this.realm = realm;
        this.clock = clock;
    }

    @Override
    public Optional<Set<String>> rolesOf(String user, String password) {
        String key = user + '\u0000' + sha256(password);
        Remembered remembered = recent.get(key);
        Instant now = clock.instant();
        if (remembered != null && remembered.until().isAfter(now)) {
            return Optional.of(remembered.roles());
        }
        Optional<Set<String>> roles = login(user, password);
        roles.ifPresentOrElse(
                r -> recent.put(key, new Remembered(r, now.plus(REMEMBER))),
                () -> recent.remove(key));
        return roles;
    }

    private Optional<Set<String>> login(String user, String password) {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            Set<String> roles = subject.getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                    .map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet());
            login.logout();
            return Optional.of(roles);
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
