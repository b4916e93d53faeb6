package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.validation.Violation;
import java.util.List;

/**
 * A valid PAT record that the configured PTV API version cannot take as it is (v12 needs a
 * business id the record lacks, or has no place for one of its values). Thrown by
 * {@link PtvWriter#prepare} before anything is sent; each reason is a {@link Violation} in PAT
 * terms, so the caller answers it as it answers a validation refusal.
 */
public class PtvUnmappable extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public PtvUnmappable(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
