package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * How the PTV accounts' logins fare: each account's token source is watched ({@link #watch}),
 * and every token it hands out or fails to get is noted: when the last one came, when the last
 * login failed and why (first line, secrets removed). The health check and the metrics read it;
 * nothing here calls PTV by itself.
 */
public final class PtvLogins {

    /**
     * One account's login state.
     *
     * @param lastSuccess the last time a token was had (logged in, or still valid), null before the first
     * @param lastFailure the last time a login failed, null if none did
     */
    public record State(String account, Instant lastSuccess, Instant lastFailure, String lastError) {

        /** The last attempt to get a token failed. */
        public boolean failing() {
            return lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess));
        }
    }

    private final Clock clock;
    private final Map<String, State> states = new ConcurrentSkipListMap<>();

    public PtvLogins(Clock clock) {
        this.clock = clock;
    }

    /** The account's token source, noting each token had or login failed under {@code account}. */
    public PtvTokenSource watch(String account, PtvTokenSource tokens) {
        states.put(account, new State(account, null, null, null));
        return new PtvTokenSource() {
            @Override
            public String token() throws PtvApiException {
                try {
                    String token = tokens.token();
                    State was = states.getOrDefault(account, new State(account, null, null, null));
                    states.put(account, new State(account, clock.instant(), was.lastFailure(), was.lastError()));
                    return token;
                } catch (PtvApiException e) {
                    State was = states.getOrDefault(account, new State(account, null, null, null));
                    states.put(account, new State(account, was.lastSuccess(), clock.instant(),
                            Secrets.redactText(Texts.firstLine(e.getMessage(), 300))));
                    throw e;
                }
            }

            @Override
            public void invalidate(String token) {
                tokens.invalidate(token);
            }
        };
    }

    /** Stops reporting an account (a tenant removed from the node). */
    public void forget(String account) {
        states.remove(account);
    }

    /** Every watched account's state, by account name. */
    public List<State> states() {
        return new ArrayList<>(states.values());
    }
}
