package fi.ptvintegration.routes.intake;

import java.util.Locale;

/**
 * What an intake call asks for: create a record ({@code put}), replace it ({@code update}), or
 * say it is gone ({@code remove}).
 */
public enum IntakeMode {
    PUT,
    UPDATE,
    REMOVE;

    /** The path parameter {@code mode} that asks for a removal. */
    public static final String REMOVE_PATH = "remove";

    /** From the path parameter {@code mode} ({@code put}, {@code update} or {@code remove}); PUT when absent. */
    public static IntakeMode of(String mode) {
        if (mode == null) {
            return PUT;
        }
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "update" -> UPDATE;
            case REMOVE_PATH -> REMOVE;
            default -> PUT;
        };
    }
}
