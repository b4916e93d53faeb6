package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.CodeListCheck;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import org.apache.camel.Processor;

/**
 * The intake steps of the code-list check (the lists themselves are the {@code codelists} flow's,
 * reached through pat-model's {@code CodeListLookup}): {@link #check()} refuses a record naming a
 * classification the current lists do not hold (422 {@code validation}, rule {@code unknown-code},
 * with the closest valid entries) and keeps the warnings (a value no longer valid, a list never
 * loaded); the store's answer ({@link PatRecordStoreProcessor}) gives them to Drupal once the record is stored.
 */
public final class CodeListValidationProcessor {

    /** Exchange property: the warnings of the code-list check, a list of {@link Violation}. */
    public static final String WARNINGS = "ptvCodeListWarnings";

    private final CodeListCheck check;

    public CodeListValidationProcessor(CodeListCheck check) {
        this.check = check;
    }

    public Processor check() {
        return exchange -> {
            PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
            CodeListCheck.Findings findings = check.check(record);
            if (!findings.violations().isEmpty()) {
                int n = findings.violations().size();
                throw new CallRefusal(422, "validation", n + " value" + (n == 1 ? " is" : "s are") + " not in PTV's code lists ("
                        + record.kind().jsonName() + " '" + record.code() + "')", findings.violations());
            }
            exchange.setProperty(WARNINGS, findings.warnings());
        };
    }
}
