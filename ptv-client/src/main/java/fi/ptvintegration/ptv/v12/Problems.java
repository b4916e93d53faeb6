package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a v12 mapper met while mapping one record: reasons the record cannot become a v12 body
 * ({@link #refuse}) and PAT fields the body leaves out because DVV's beta document has no place
 * for them ({@link #notCarried}). The first make the mapping fail with {@link V12Unmappable}; the
 * second travel with the body ({@link V12Request#notCarried()}), so that nothing is dropped
 * silently.
 */
final class Problems {

    private final List<Violation> refusals = new ArrayList<>();
    private final List<Violation> notCarried = new ArrayList<>();

    void refuse(String path, String rule, String message) {
        refusals.add(new Violation(path, rule, message));
    }

    void notCarried(String path, String message) {
        notCarried.add(new Violation(path, "v12-not-carried", message));
    }

    /** Throws when anything was refused. */
    void throwIfRefused(String code) {
        if (!refusals.isEmpty()) {
            throw new V12Unmappable(code, refusals);
        }
    }

    List<Violation> notCarried() {
        return List.copyOf(notCarried);
    }
}
