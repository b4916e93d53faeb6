package fi.ptvintegration.routes.delivery;

import java.util.Locale;

/**
 * What a delivery does in PTV: {@code post} creates the item, {@code put} updates it,
 * {@code archive} archives it (publishing status Deleted), {@code restore} publishes an archived
 * item again. The name is what the outbox keeps.
 */
public enum PushOperation {
    CREATE("post"),
    UPDATE("put"),
    ARCHIVE("archive"),
    RESTORE("restore");

    private final String path;

    PushOperation(String path) {
        this.path = path;
    }

    /** The operation as a push path names it: {@code post}, {@code put}, {@code archive}, {@code restore}. */
    public String path() {
        return path;
    }

    /** Archiving and restoring change an item's publishing status rather than its content. */
    public boolean changesStatus() {
        return this == ARCHIVE || this == RESTORE;
    }

    /** From a push path's {@code operation}. */
    public static PushOperation ofPath(String operation) {
        String wanted = operation == null ? "" : operation.toLowerCase(Locale.ROOT);
        for (PushOperation candidate : values()) {
            if (candidate.path.equals(wanted)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no push operation '" + operation + "'");
    }
}
