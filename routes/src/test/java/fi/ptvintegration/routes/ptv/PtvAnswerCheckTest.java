package fi.ptvintegration.routes.ptv;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvSaved;
import org.junit.jupiter.api.Test;

class PtvAnswerCheckTest {

    private static final PtvCall CALL = new PtvCall("POST", "/api/v11/Service", "{}", 200, "{}", 12);

    @Test
    void givenAnAnswerThatFitsWhenCheckedThenEverythingIsKeptInPtvsSpelling() {
        PtvAnswerCheck.Checked checked = PtvAnswerCheck.check(
                new PtvSaved("5F3C0A66-2A5B-4F5E-9B56-3C0F8D2F1A11", "published", null, CALL));

        assertThat(checked.ptvId()).isEqualTo("5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11");
        assertThat(checked.publishingStatus()).isEqualTo("Published");
        assertThat(checked.notStored()).isEmpty();
        assertThat(checked.note()).isNull();
    }

    @Test
    void givenAnIdThatIsNotAUuidWhenCheckedThenItIsLeftOutAndSaid() {
        PtvAnswerCheck.Checked checked = PtvAnswerCheck.check(new PtvSaved("item-12345", "Draft", null, CALL));

        assertThat(checked.ptvId()).isNull();
        assertThat(checked.publishingStatus()).isEqualTo("Draft");
        assertThat(checked.notStored()).singleElement().asString().contains("not a UUID").contains("item-12345");
    }

    @Test
    void givenAStatusLongerThanItsColumnOrUnknownWhenCheckedThenItIsLeftOutAndTheRestKept() {
        PtvAnswerCheck.Checked tooLong = PtvAnswerCheck.check(new PtvSaved("5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11",
                "PublishedPendingTranslationReview" + "x".repeat(200), null, CALL));
        PtvAnswerCheck.Checked unknown = PtvAnswerCheck.check(new PtvSaved("5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11", "Pending", null, CALL));

        assertThat(tooLong.ptvId()).isEqualTo("5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11");
        assertThat(tooLong.publishingStatus()).isNull();
        assertThat(tooLong.note()).contains("publishing status").contains("not stored").hasSizeLessThan(200);
        assertThat(unknown.publishingStatus()).isNull();
        assertThat(unknown.applyTo(new PtvSaved("5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11", "Pending", null, CALL)).publishingStatus())
                .isNull();
    }
}
