package fi.ptvintegration.routes.support;

import java.util.Optional;

/** Finds a failure's cause of a given type in its cause chain. */
public final class Causes {

    private Causes() {}

    /** The first throwable in the chain (the failure itself first) that is a {@code type}. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
