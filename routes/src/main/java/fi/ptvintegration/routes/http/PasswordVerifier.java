package fi.ptvintegration.routes.http;

import java.util.Optional;
import java.util.Set;

/** Checks a user name and password and tells the user's roles; empty when they do not match. */
@FunctionalInterface
public interface PasswordVerifier {
    Optional<Set<String>> rolesOf(String user, String password);
}
