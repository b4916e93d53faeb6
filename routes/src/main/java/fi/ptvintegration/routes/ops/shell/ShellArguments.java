package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.Delivery;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.support.CommandException;

/**
 * The checks of the {@code ptv:*} commands' arguments, and how an action's result ends a command:
 * misuse and an action that did nothing raise a {@link CommandException}, which the console prints
 * as an error and {@code bin/client} turns into exit status 1 (and which Karaf logs at debug, not as
 * an ERROR with a stack trace).
 */
final class ShellArguments {

    static final List<String> STATUSES = List.of(Delivery.NEW, Delivery.PENDING, Delivery.IN_FLIGHT, Delivery.DELIVERED,
            Delivery.FAILED, Delivery.DISMISSED);

    private ShellArguments() {}

    /** Exactly one of a delivery id and a signature. */
    static void oneOf(Long id, String signature) throws CommandException {
        if ((id == null) == (signature == null || signature.isBlank())) {
            throw new CommandException("Give a delivery id or --signature, not both and not neither.");
        }
        if (id != null && id <= 0) {
            throw new CommandException("A delivery id is a positive number, not " + id + ".");
        }
    }

    /** Prints what was done, or fails with why nothing was. */
    static Object done(OpsService.Result result) throws CommandException {
        if (!result.done()) {
            throw new CommandException(result.message());
        }
        System.out.println(result.message());
        return null;
    }

    /** A status in upper case, or null for none; anything else is refused. */
    static String status(String given) throws CommandException {
        if (given == null) {
            return null;
        }
        String status = given.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new CommandException("--status must be one of " + String.join(", ", STATUSES) + ", not '" + given + "'.");
        }
        return status;
    }

    /** A limit between 1 and 1000. */
    static int limit(int limit) throws CommandException {
        if (limit < 1 || limit > 1000) {
            throw new CommandException("--limit must be between 1 and 1000, not " + limit + ".");
        }
        return limit;
    }

    /** An ISO-8601 instant with its offset, or null for none. */
    static OffsetDateTime instant(String option, String given) throws CommandException {
        if (given == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new CommandException(option + " must be an ISO-8601 time with its offset (2026-11-22T08:00:00Z), not '" + given + "'.");
        }
    }

    /** IN, OUT or OUTBOX, or null for none. */
    static String direction(String given) throws CommandException {
        if (given == null) {
            return null;
        }
        String direction = given.strip().toUpperCase(Locale.ROOT);
        if (!List.of("IN", "OUT", "OUTBOX").contains(direction)) {
            throw new CommandException("--direction must be IN, OUT or OUTBOX, not '" + given + "'.");
        }
        return direction;
    }
}
