package fi.ptvintegration.pat.validation;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import java.util.Optional;

/**
 * The stored records a check may look at beyond the record itself: a service's responsible
 * organisation (a service's area may not be wider than its organisation's) and the record's own
 * stored version (a published item cannot go back to Draft). Intake gives the PAT store; without
 * it ({@link #none()}) those checks are skipped.
 */
@FunctionalInterface
public interface RelatedRecords {

    /** The stored record with that code in that namespace, if any. */
    Optional<PatRecord> stored(RecordKind.Namespace namespace, String code);

    /** Knows no other record. */
    static RelatedRecords none() {
        return (namespace, code) -> Optional.empty();
    }
}
