package fi.ptvintegration.pat.validation;

import java.util.List;
import java.util.Optional;

/**
 * What the current code lists (PTV's, kept locally and refreshed) say about a value a record
 * uses: a service class, an ontology term, a target group, a region... Lists are named by their
 * ids ({@link CodeListCheck#SERVICE_CLASSES} and the others). Implementations answer from memory:
 * {@link CodeListCheck} asks once per value of every record written.
 */
public interface CodeListLookup {

    /** Whether the list has ever been loaded; the values of a list never loaded are not checked. */
    boolean isLoaded(String list);

    /**
     * @param codeOrUri the value as the record holds it: a URI, or a code where the list has codes
     * @return empty when the list does not hold the value; else whether the entry is still valid
     */
    Optional<Boolean> isValid(String list, String codeOrUri);

    /** The label (Finnish, else Swedish, else English) of a value the list holds, for messages. */
    Optional<String> label(String list, String codeOrUri);

    /** Valid entries closest to a value the list does not hold, best first, at most {@code limit}. */
    List<Suggestion> closest(String list, String value, int limit);

    /** An entry offered instead of an unknown value: what to send, and its label. */
    record Suggestion(String value, String label) {
        @Override
        public String toString() {
            return label == null || label.isBlank() ? value : value + " (" + label + ")";
        }
    }

    /** No list loaded: every value goes unchecked (with a warning). */
    static CodeListLookup none() {
        return new CodeListLookup() {
            @Override
            public boolean isLoaded(String list) {
                return false;
            }

            @Override
            public Optional<Boolean> isValid(String list, String codeOrUri) {
                return Optional.empty();
            }

            @Override
            public Optional<String> label(String list, String codeOrUri) {
                return Optional.empty();
            }

            @Override
            public List<Suggestion> closest(String list, String value, int limit) {
                return List.of();
            }
        };
    }
}
