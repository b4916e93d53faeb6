package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The PTV ids of the records a pushed record refers to (its organisation, parent, producers, a
 * connection's channels), resolved by the caller before mapping, so that mapping stays pure.
 */
public final class PtvReferences {

    private final Map<RecordKind.Namespace, Map<String, String>> ids = new HashMap<>();

    public static PtvReferences none() {
        return new PtvReferences();
    }

    /** Records that {@code code} of the namespace is PTV item {@code ptvId}; returns this. */
    public PtvReferences with(RecordKind.Namespace namespace, String code, String ptvId) {
        ids.computeIfAbsent(namespace, n -> new HashMap<>()).put(code, ptvId);
        return this;
    }

    /**
     * The PTV id of a referred record.
     *
     * @throws IllegalStateException when the caller did not resolve it (a programming error: the
     *     caller resolves every reference {@link fi.ptvintegration.pat.model.PatReferences} lists)
     */
    public String ptvId(RecordKind.Namespace namespace, String code) {
        String id = ids.getOrDefault(namespace, Map.of()).get(code);
        if (id == null) {
            throw new IllegalStateException(namespace + " '" + code + "' was not resolved to a PTV id before mapping");
        }
        return id;
    }

    public boolean has(RecordKind.Namespace namespace, String code) {
        return ids.getOrDefault(namespace, Map.of()).containsKey(code);
    }
}
