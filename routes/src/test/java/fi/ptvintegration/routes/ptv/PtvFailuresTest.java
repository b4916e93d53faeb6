package fi.ptvintegration.routes.ptv;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.http.CallRefusal;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtvFailuresTest {

    private static PtvApiException refusedFields() {
        return new PtvApiException(400, "{\"ServiceNames\":[\"too long\"]}", "POST Service")
                .explained(null, false, false, List.of(new PtvApiException.FieldError("names", "ServiceNames", "too long")));
    }

    @Test
    void aTakenSourceIdOnCreateTellsDrupalToUsePutAndIsNotRetried() {
        PtvApiException taken = new PtvApiException(400, "{\"sourceId\":\"already exists\"}", "POST Service")
                .explained(null, true, false, List.of());

        CallRefusal answer = PtvFailures.answer(taken, PtvFailures.Operation.CREATE, RecordKind.SERVICE, "turku-uimahallit",
                "turku-turku-uimahallit");
        PtvFailures.Meaning meaning = PtvFailures.meaning(taken);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("already-in-ptv");
        assertThat(answer.getMessage()).contains("/cxf/ptv/service/put/turku-uimahallit");
        assertThat(meaning.retry()).isFalse();
        assertThat(meaning.signature()).isEqualTo("PTV already has the sourceId");
    }

    @Test
    void refusedFieldsBecomeViolationsInPatTermsAndTheSignatureNamesPtvsFields() {
        CallRefusal answer = PtvFailures.answer(refusedFields(), PtvFailures.Operation.UPDATE, RecordKind.SERVICE, "s1", "turku-s1");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.error()).isEqualTo("ptv-rejected");
        assertThat(answer.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("names");
            assertThat(v.message()).isEqualTo("PTV: ServiceNames: too long");
        });
        assertThat(PtvFailures.meaning(refusedFields()).signature()).isEqualTo("PTV 400 ServiceNames");
    }

    @Test
    void anUpdateOfSomethingPtvLacksTellsDrupalToUsePostForAChannelUnderItsPath() {
        CallRefusal answer = PtvFailures.answer(new PtvApiException(404, "", "PUT Phone"), PtvFailures.Operation.UPDATE,
                RecordKind.PHONE, "turku-neuvonta", "turku-turku-neuvonta");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("not-in-ptv");
        assertThat(answer.getMessage()).endsWith("use /cxf/ptv/servicechannel/phone/post/turku-neuvonta");
    }

    @Test
    void credentialsPtvRefusesAreA502AndAre401AfterReLoginNotRetried() {
        PtvApiException denied = new PtvApiException(401, "", "POST", null, true);

        assertThat(PtvFailures.answer(denied, PtvFailures.Operation.CREATE, RecordKind.SERVICE, "s", "x").error())
                .isEqualTo("ptv-authentication");
        assertThat(PtvFailures.meaning(denied).retry()).isFalse();
        assertThat(PtvFailures.meaning(denied).signature()).isEqualTo("PTV 401 after re-login");
    }

    @Test
    void unreachableBusyAndServerErrorsAreRetriedAndRetryAfterIsKept() {
        PtvApiException unreachable = new PtvApiException("POST Service", new ConnectException("refused"));
        PtvApiException busy = new PtvApiException(429, "", "POST", Duration.ofSeconds(20), false);
        PtvApiException down = new PtvApiException(503, "", "POST");

        assertThat(PtvFailures.meaning(unreachable)).satisfies(m -> {
            assertThat(m.retry()).isTrue();
            assertThat(m.signature()).isEqualTo("PTV unreachable");
            assertThat(m.defaultCause()).isEqualTo("PTV could not be reached or did not answer in time");
        });
        assertThat(PtvFailures.meaning(busy).retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(PtvFailures.meaning(busy).fixedCause()).contains("Retry-After 20 s");
        assertThat(PtvFailures.meaning(down).retry()).isTrue();
        assertThat(PtvFailures.answer(down, PtvFailures.Operation.CREATE, RecordKind.SERVICE, "s", "x").status()).isEqualTo(502);
        assertThat(PtvFailures.answer(unreachable, PtvFailures.Operation.CREATE, RecordKind.SERVICE, "s", "x").getMessage())
                .isEqualTo("PTV could not be reached or did not answer in time");
    }

    @Test
    void anyOtherAnswerIsNotRetriedAndIsGroupedByItsStatus() {
        PtvFailures.Meaning meaning = PtvFailures.meaning(new PtvApiException(418, "", "POST"));

        assertThat(meaning.retry()).isFalse();
        assertThat(meaning.signature()).isEqualTo("PTV 418");
    }

    @Test
    void anAnswerTheAdapterCouldNotReadIsA502NamingWhatWasWrongAndIsNotRetried() {
        PtvApiException unreadable = PtvApiException.unreadableAnswer(
                new fi.ptvintegration.ptv.port.PtvCall("GET", "/api/v11/Service/x", null, 200, "{}", 3), "the item has no id");

        CallRefusal answer = PtvFailures.answer(unreadable, PtvFailures.Operation.UPDATE, RecordKind.SERVICE, "s1", "turku-s1");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.error()).isEqualTo("ptv-unreadable");
        assertThat(answer.getMessage()).contains("the item has no id");
        assertThat(PtvFailures.meaning(unreadable).retry()).isFalse();
        assertThat(PtvFailures.meaning(unreadable).signature()).isEqualTo("PTV answer unreadable");
    }

    @Test
    void anItemWithUnsavedEditsInPtvsEditorIsA409SayingWhatToDoAndIsNotRetried() {
        PtvApiException modified = new PtvApiException(400, "{\"errorMessage\":\"You cannot update entity with status Modified.\"}",
                "PUT Organization").explained(null, false, true, List.of());

        CallRefusal answer = PtvFailures.answer(modified, PtvFailures.Operation.UPDATE, RecordKind.ORGANIZATION, "o1", "turku-o1");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("ptv-modified");
        assertThat(answer.getMessage()).contains("publish or discard them there");
        assertThat(PtvFailures.meaning(modified).signature()).isEqualTo(PtvFailures.MODIFIED_SIGNATURE);
        assertThat(PtvFailures.meaning(modified).retry()).isFalse();
    }

    @Test
    void anOrganisationPtvStillHoldsItemsOfIsAConflictNamingPtvsWordsAndIsNotRetriedAlthoughPtvSaid500() {
        PtvApiException inUse = new PtvApiException(500,
                "{\"errorMessage\":\"You cannot delete organization 7fdd7f84. Services or service channels attached!\"}", "PUT Organization")
                .explained(null, false, false, List.of(), true);

        CallRefusal answer = PtvFailures.answer(inUse, PtvFailures.Operation.ARCHIVE, RecordKind.ORGANIZATION, "turku-o", "turku-turku-o");
        PtvFailures.Meaning meaning = PtvFailures.meaning(inUse);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("organization-in-use");
        assertThat(answer.getMessage()).contains("PTV: You cannot delete organization 7fdd7f84. Services or service channels attached!");
        assertThat(meaning.retry()).isFalse();
        assertThat(meaning.signature()).isEqualTo("PTV: organisation still in use");
    }

    @Test
    void anItemPtvNoLongerHasWhenArchivingIsGoneFromPtv() {
        CallRefusal answer = PtvFailures.answer(new PtvApiException(404, "", "PUT Phone"), PtvFailures.Operation.ARCHIVE,
                RecordKind.PHONE, "turku-neuvonta", "turku-turku-neuvonta");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).isEqualTo("gone-from-ptv");
    }
}
