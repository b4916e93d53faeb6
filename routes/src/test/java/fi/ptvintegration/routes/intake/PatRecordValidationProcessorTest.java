package fi.ptvintegration.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.pat.validation.RelatedRecords;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor.ContentReviewMode;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class PatRecordValidationProcessorTest {

    private final PatValidator validator = new PatValidator(ReferenceData.bundled());

    private static PatRecord serviceWithPhoneInDescription() throws Exception {
        ObjectNode tree = PatJson.mapper().valueToTree(PatJson.example("service"));
        ((ObjectNode) tree.get("description")).put("fi", "Soita uimahalliin numeroon 02 262 3588.");
        return PatJson.mapper().treeToValue(tree, PatRecord.class);
    }

    private static Exchange exchangeWith(PatRecord record) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(ExchangeKeys.RECORD, record);
        return exchange;
    }

    @Test
    void givenAPhoneNumberInAServiceDescriptionWhenContentReviewWarnsThenTheRecordPassesWithAWarning() throws Exception {
        Exchange exchange = exchangeWith(serviceWithPhoneInDescription());

        new PatRecordValidationProcessor(validator, RelatedRecords.none(), ContentReviewMode.WARN).process(exchange);

        @SuppressWarnings("unchecked")
        List<Violation> warnings = exchange.getProperty(ExchangeKeys.WARNINGS, List.class);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("description.fi");
            assertThat(w.rule()).isEqualTo("content-phone-number");
        });
    }

    @Test
    void givenAPhoneNumberInAServiceDescriptionWhenContentReviewRefusesThenItIs422WithTheFinding() throws Exception {
        Exchange exchange = exchangeWith(serviceWithPhoneInDescription());
        PatRecordValidationProcessor refuse = new PatRecordValidationProcessor(validator, RelatedRecords.none(), ContentReviewMode.REFUSE);

        assertThatThrownBy(() -> refuse.process(exchange)).isInstanceOfSatisfying(CallRefusal.class, refusal ->
                assertThat(refusal.violations()).extracting(Violation::rule).containsExactly("content-phone-number"));
    }

    @Test
    void givenAStoredPublishedVersionWhenTheRecordComesBackAsDraftThenItIsRefused() throws Exception {
        ObjectNode tree = PatJson.mapper().valueToTree(PatJson.example("organization"));
        tree.put("publishingStatus", "Draft");
        Exchange exchange = exchangeWith(PatJson.mapper().treeToValue(tree, PatRecord.class));
        RelatedRecords store = (namespace, code) -> Optional.of(PatJson.example("organization"));

        assertThatThrownBy(() -> new PatRecordValidationProcessor(validator, store, ContentReviewMode.WARN).process(exchange))
                .isInstanceOfSatisfying(CallRefusal.class, refusal ->
                        assertThat(refusal.violations()).extracting(Violation::rule).containsExactly("published-to-draft"));
    }

    @Test
    void givenTheConfigurationWhenReadThenWarnAndRefuseAreTheOnlyValues() {
        assertThat(ContentReviewMode.fromConfig(" Refuse ")).isEqualTo(ContentReviewMode.REFUSE);
        assertThat(ContentReviewMode.fromConfig("")).isEqualTo(ContentReviewMode.WARN);
        assertThatThrownBy(() -> ContentReviewMode.fromConfig("ignore")).hasMessageContaining("warn or refuse");
    }

    @Test
    void givenAnAnswerWhenWrittenThenWarningsAppearOnlyWhenThereAreSome() throws Exception {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-28T00:00:00Z");
        String without = PatJson.mapper().writeValueAsString(new IntakeAnswer("c", "created", "service", "s", 1, "h", now, null));
        String with = PatJson.mapper().writeValueAsString(new IntakeAnswer("c", "created", "service", "s", 1, "h", now,
                List.of(new Violation("description.fi", "content-web-address", "..."))));

        assertThat(without).doesNotContain("warnings");
        assertThat(with).contains("\"warnings\":[{\"path\":\"description.fi\",\"rule\":\"content-web-address\"");
    }
}
