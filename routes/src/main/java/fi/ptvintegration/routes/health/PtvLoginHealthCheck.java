package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.ptv.PtvLogins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The PTV accounts' logins: DOWN when an account's last login attempt failed (wrong credentials,
 * PTV's login unreachable), naming the account, when and why. Impact DEGRADED: intake goes on and
 * pushes are kept in the outbox, but nothing reaches PTV until someone fixes the account. No PTV
 * call is made by the check itself; it reads what the last calls met.
 */
public class PtvLoginHealthCheck extends ApplicationHealthCheck {

    public static final String ID = "ptv-login";

    private final PtvLogins logins;

    public PtvLoginHealthCheck(PtvLogins logins) {
        super(ID, Impact.DEGRADED, false, true);
        this.logins = logins;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<PtvLogins.State> states = logins.states();
        if (states.isEmpty()) {
            builder.message("no PTV login configured: calls carry no token").up();
            return;
        }
        List<String> failing = new ArrayList<>();
        for (PtvLogins.State state : states) {
            String prefix = "account." + state.account() + ".";
            if (state.lastSuccess() != null) {
                builder.detail(prefix + "lastSuccess", state.lastSuccess().toString());
            }
            if (state.lastFailure() != null) {
                builder.detail(prefix + "lastFailure", state.lastFailure().toString());
            }
            if (state.failing()) {
                failing.add("account " + state.account() + " could not log in to PTV at " + state.lastFailure() + ": "
                        + state.lastError());
            }
        }
        if (failing.isEmpty()) {
            builder.up();
        } else {
            builder.message(String.join("; ", failing)).down();
        }
    }
}
