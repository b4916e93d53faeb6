package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import java.security.AccessController;
import java.security.Principal;
import java.util.UUID;
import javax.security.auth.Subject;
import org.apache.karaf.shell.api.console.Session;

/** Who runs a shell command, for the audit record of a replay or dismissal. */
final class ShellUser {

    private ShellUser() {}

    /** The actor of an action made with {@code command} in this session, with a new correlation id for its record. */
    static OpsService.Actor actor(Session session, String command) {
        return new OpsService.Actor(of(session), "shell", UUID.randomUUID().toString(), command, "SHELL");
    }

    @SuppressWarnings("removal")
    static String of(Session session) {
        Object user = session == null ? null : session.get("USER");
        if (user != null) {
            return user.toString();
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals()) {
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    return principal.getName();
                }
            }
        }
        return "console";
    }
}
