package fi.ptvintegration.routes.intake;

import java.util.Locale;

/** What an intake call asks for: create a record ({@code put}) or replace it ({@code update}). */
public enum IntakeMode {
    PUT,
    UPDATE;

    /** From the path parameter {@code mode} ({@code put} or {@code update}); PUT when absent. */
    public static IntakeMode of(String mode) {
        return mode != null && mode.toLowerCase(Locale.ROOT).equals("update") ? UPDATE : PUT;
    }
}
