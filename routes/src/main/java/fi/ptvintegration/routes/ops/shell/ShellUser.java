package fi.ptvintegration.routes.ops.shell;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;
import org.apache.karaf.shell.api.console.Session;

/** Who runs a shell command, for the audit line of a replay or dismissal. */
final class ShellUser {

    private ShellUser() {}

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
