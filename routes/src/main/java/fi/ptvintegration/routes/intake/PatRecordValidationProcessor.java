package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Refuses a record that breaks PTV's rules with 422 and every violation, in PAT field names. */
public class PatRecordValidationProcessor implements Processor {

    private final PatValidator validator;

    public PatRecordValidationProcessor(PatValidator validator) {
        this.validator = validator;
    }

    @Override
    public void process(Exchange exchange) {
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        List<Violation> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new CallRefusal(422, "validation",
                    violations.size() + " field" + (violations.size() == 1 ? "" : "s") + " of " + record.kind().jsonName()
                            + " '" + record.code() + "' break PTV's rules",
                    violations);
        }
    }
}
