package fi.ptvintegration.ptv.http;

import java.util.Objects;

/**
 * A PTV API account: user name and password, and the organisation (PTV id) to act for when the
 * account has several. The password never appears in {@link #toString()}.
 */
public record PtvCredentials(String username, String password, String apiUserOrganisation) {

    public PtvCredentials {
        Objects.requireNonNull(username, "PTV user name is required");
        Objects.requireNonNull(password, "PTV password is required");
        if (username.isBlank()) {
            throw new IllegalArgumentException("PTV user name is empty");
        }
    }

    @Override
    public String toString() {
        return "PtvCredentials[username=" + username + ", password=***, apiUserOrganisation=" + apiUserOrganisation + "]";
    }
}
