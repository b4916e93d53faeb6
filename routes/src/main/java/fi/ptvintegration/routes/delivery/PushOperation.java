package fi.ptvintegration.routes.delivery;

import java.util.Locale;

/** What a delivery does in PTV: {@code post} creates the item, {@code put} updates it. */
public enum PushOperation {
    CREATE,
    UPDATE;

    /** From a push path's {@code operation}: {@code post} creates, {@code put} updates. */
    public static PushOperation ofPath(String operation) {
        return operation != null && operation.toLowerCase(Locale.ROOT).equals("put") ? UPDATE : CREATE;
    }
}
