package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import org.junit.jupiter.api.Test;

class V11ErrorReaderTest {

    private static final PtvCall CALL = new PtvCall("PUT", "/api/v11/Service/x", "{}", 400, "...", 12);

    @Test
    void aRefusalsPropertiesBecomeFieldErrorsNamedInPatTermsWithPtvsOwnNameKept() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                "{\"ServiceNames[0].Value\":[\"too long\"],\"Foo\":\"unknown\"}", "PUT Service"), CALL);

        assertThat(explained.fieldErrors()).extracting(PtvApiException.FieldError::patPath).containsExactly("names[0].Value", "Foo");
        assertThat(explained.fieldErrors()).extracting(PtvApiException.FieldError::ptvProperty)
                .containsExactly("ServiceNames[0].Value", "Foo");
        assertThat(explained.fieldErrors().get(0).message()).isEqualTo("too long");
        assertThat(explained.call()).contains(CALL);
        assertThat(explained.alreadyExists()).isFalse();
        assertThat(explained.modifiedInEditor()).isFalse();
    }

    @Test
    void aRefusalThatNamesNoFieldIsOneErrorWithPtvsAnswer() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400, "Bad request", "POST Service"), CALL);

        assertThat(explained.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.patPath()).isEmpty();
            assertThat(e.ptvProperty()).isNull();
            assertThat(e.message()).isEqualTo("Bad request");
        });
    }

    @Test
    void alreadyExistsMeansTheSourceIdIsTaken() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                "{\"SourceId\":[\"Item with sourceId 'turku-x' already exists.\"]}", "POST Service"), CALL);

        assertThat(explained.alreadyExists()).isTrue();
        assertThat(explained.fieldErrors()).isEmpty();
    }

    @Test
    void statusModifiedMeansUnsavedEditsInPtvsEditor() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                "{\"errorMessage\":\"You cannot update entity with status Modified.\"}", "PUT Service"), CALL);

        assertThat(explained.modifiedInEditor()).isTrue();
    }

    @Test
    void givenPtvsOwnRefusalOfAWriteToAModifiedItemWhenExplainedThenItIsModifiedInEditorWithTheFieldNamed() {
        // PTV's PublishingStatusValidator adds this to the ModelState; the controller answers it as a 400 map (ptv-releases 3.4).
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                "{\"PublishingStatus\":[\"You cannot update entity with status Modified.\"]}", "PUT Service"), CALL);

        assertThat(explained.modifiedInEditor()).isTrue();
        assertThat(explained.alreadyExists()).isFalse();
        assertThat(explained.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.patPath()).isEqualTo("publishingStatus");
            assertThat(e.message()).isEqualTo("You cannot update entity with status Modified.");
        });
    }

    @Test
    void givenPtvsOtherPublishingStatusRefusalsWhenExplainedThenTheyAreNotEditsInPtvsEditor() {
        for (String message : new String[] {"You cannot set Publishing status as Modified when current one is Draft.",
                "You cannot set Publishing status as Draft when current one is Published."}) {
            PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                    "{\"PublishingStatus\":[\"" + message + "\"]}", "PUT Service"), CALL);

            assertThat(explained.modifiedInEditor()).as(message).isFalse();
        }
    }

    @Test
    void aServerErrorMeansNothingMore() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(503, "Service Unavailable", "PUT Service"), CALL);

        assertThat(explained.fieldErrors()).isEmpty();
        assertThat(explained.alreadyExists()).isFalse();
        assertThat(explained.status()).isEqualTo(503);
    }

    @Test
    void refusingToArchiveAnOrganisationInUseIsReadFromPtvsServerError() {
        // PTV 3.4 OrganizationService throws this; its OpenApiExceptionFilterAttribute answers 500 with the message.
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(500,
                "{\"errorMessage\":\"You cannot delete organization 7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5. Services or service channels attached!\"}",
                "PUT Organization"), CALL);

        assertThat(explained.organizationInUse()).isTrue();
        assertThat(explained.modifiedInEditor()).isFalse();
    }

    @Test
    void anOrganisationWithUsersAttachedIsInUseToo() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(500,
                "{\"errorMessage\":\"You cannot delete organization 7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5. Users are attached to the organization!\"}",
                "PUT Organization"), CALL);

        assertThat(explained.organizationInUse()).isTrue();
    }

    @Test
    void aPublishingStatusPtvDoesNotAllowIsAFieldErrorOnPublishingStatus() {
        PtvApiException explained = V11ErrorReader.explain(new PtvApiException(400,
                "{\"PublishingStatus\":[\"You cannot set Publishing status as Draft when current one is Published.\"]}", "PUT Service"),
                CALL);

        assertThat(explained.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.patPath()).isEqualTo("publishingStatus");
            assertThat(e.message()).contains("when current one is Published");
        });
        assertThat(explained.modifiedInEditor()).isFalse();
        assertThat(explained.organizationInUse()).isFalse();
    }
}
