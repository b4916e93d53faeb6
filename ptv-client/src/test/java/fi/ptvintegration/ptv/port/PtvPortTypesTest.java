package fi.ptvintegration.ptv.port;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtvPortTypesTest {

    private static final PtvCall MANUAL = new PtvCall("GET", "/api/v11/Service/archived/list?ArchivingType=0", null, 200, "[]", 50);
    private static final PtvCall AUTOMATIC = new PtvCall("GET", "/api/v11/Service/archived/list?ArchivingType=1", null, 200, "[]", 51);

    @Test
    void givenOneCallWhenAResultIsMadeThenItsCallsAreThatOne() {
        PtvResult<String> result = new PtvResult<>("x", MANUAL);

        assertThat(result.call()).isSameAs(MANUAL);
        assertThat(result.calls()).containsExactly(MANUAL);
    }

    @Test
    void givenTwoCallsWhenAResultIsMadeThenTheFirstIsTheCallAndBothAreListedOnceInOrder() {
        PtvResult<String> result = new PtvResult<>("x", MANUAL, List.of(MANUAL, AUTOMATIC));

        assertThat(result.call()).isSameAs(MANUAL);
        assertThat(result.calls()).containsExactly(MANUAL, AUTOMATIC);
    }

    @Test
    void givenAnUnreadableAnswerWhenReportedThenTheFailureNamesTheCallAndTheReasonAndKeepsTheAnswer() {
        PtvCall call = new PtvCall("GET", "/api/v11/Service/list/organization?organizationId=x&page=1", null, 200, "<html>", 12);

        PtvApiException failure = PtvApiException.unreadableAnswer(call, "the answer is not JSON");

        assertThat(failure.unreadableAnswer()).isTrue();
        assertThat(failure.status()).isEqualTo(200);
        assertThat(failure.responseBody()).isEqualTo("<html>");
        assertThat(failure.call()).contains(call);
        assertThat(failure.isTransportFailure()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("PTV's answer to GET /api/v11/Service/list/organization?organizationId=x&page=1"
                + " (200) could not be read: the answer is not JSON");
        assertThat(failure.explained(call, false, false, List.of()).unreadableAnswer()).as("kept when explained").isTrue();
        assertThat(new PtvApiException(404, "{}", "GET Service/{id}").unreadableAnswer()).isFalse();
    }

    @Test
    void givenAnItemRefWithoutATimeWhenMadeWithFourValuesThenItHasNoTime() {
        PtvItemRef ref = new PtvItemRef(RecordKind.Namespace.CHANNEL, RecordKind.PHONE, "id", "Neuvonta");

        assertThat(ref.changedAt()).isNull();
        assertThat(ref.kind()).isEqualTo(RecordKind.PHONE);
    }

    @Test
    void givenPagesWhenAskedForTheNextThenOnlyAPageBeforeTheLastHasOne() {
        assertThat(new PtvPage<>(1, 3, List.of("a")).hasNext()).isTrue();
        assertThat(new PtvPage<>(3, 3, List.of("a")).hasNext()).isFalse();
        assertThat(new PtvPage<>(1, 0, List.of()).hasNext()).isFalse();
    }
}
