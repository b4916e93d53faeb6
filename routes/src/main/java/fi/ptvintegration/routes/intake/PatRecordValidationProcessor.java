package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.ContentReview;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.RelatedRecords;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Refuses a record that breaks PTV's rules with 422 and every violation, in PAT field names; the
 * stored records it names (a service's organisation, the record's own stored version) are looked
 * at too. DVV's content review (no addresses, phone numbers or web addresses in a service
 * description) gives warnings for the answer ({@link ExchangeKeys#WARNINGS}), or refusals with
 * {@code content.review = refuse}.
 */
public class PatRecordValidationProcessor implements Processor {

    /** What DVV's content review findings do: warn in the answer, or refuse the record. */
    public enum ContentReviewMode {
        WARN, REFUSE;

        /** From {@code content.review}: warn or refuse. */
        public static ContentReviewMode fromConfig(String value) {
            String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            return switch (normalised) {
                case "", "warn" -> WARN;
                case "refuse" -> REFUSE;
                default -> throw new IllegalArgumentException("content.review must be warn or refuse, was '" + value + "'");
            };
        }
    }

    private final PatValidator validator;
    private final RelatedRecords related;
    private final ContentReviewMode contentReview;

    public PatRecordValidationProcessor(PatValidator validator) {
        this(validator, RelatedRecords.none(), ContentReviewMode.WARN);
    }

    public PatRecordValidationProcessor(PatValidator validator, RelatedRecords related, ContentReviewMode contentReview) {
        this.validator = validator;
        this.related = related;
        this.contentReview = contentReview;
    }

    /**
     * The stored records, read from the PAT store. A store that cannot be read fails the call as
     * any store failure does (503 store-unavailable, the SQLException as cause), so no record is
     * stored unchecked.
     */
    public static RelatedRecords relatedIn(PatStore store) {
        return (namespace, code) -> {
            Optional<fi.ptvintegration.routes.store.StoredRecord> stored;
            try {
                stored = store.find(namespace, code);
            } catch (SQLException e) {
                throw new IllegalStateException("the PAT store cannot be read", e);
            }
            try {
                return stored.isPresent() ? Optional.of(PatJson.mapper().readValue(stored.get().body(), PatRecord.class)) : Optional.empty();
            } catch (IOException e) {
                throw new IllegalStateException(namespace + " '" + code + "' is stored in a form this version cannot read", e);
            }
        };
    }

    @Override
    public void process(Exchange exchange) {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        List<Violation> violations = new ArrayList<>(validator.validate(record, related));
        List<Violation> warnings = ContentReview.review(record);
        if (contentReview == ContentReviewMode.REFUSE) {
            violations.addAll(warnings);
        } else {
            exchange.setProperty(ExchangeKeys.WARNINGS, warnings);
        }
        if (!violations.isEmpty()) {
            throw new CallRefusal(422, "validation",
                    violations.size() + " field" + (violations.size() == 1 ? "" : "s") + " of " + record.kind().jsonName()
                            + " '" + record.code() + "' break PTV's rules",
                    violations);
        }
    }
}
