package fi.ptvintegration.routes.push;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.runtime.SimulatedPtvTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.PtvLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Archiving what Drupal removed and bringing it back, through the push endpoints against the PTV
 * simulator: the archive goes by PTV id with publishing status Deleted and is recorded, PTV's
 * publishing rules are checked before anything is sent, and PTV's refusals are answered clearly.
 */
class ArchiveAndRestoreTest extends SimulatedPtvTestSupport {

    private static final String ORG = "turku-liikuntapalvelut";
    private static final String PHONE = "turku-liikuntaneuvonta-puhelin";

    @BeforeEach
    void organisationAndPhoneInPtv() throws Exception {
        put(example("organization", Map.of()));
        assertThat(push("organization", "post", ORG).status()).isEqualTo(200);
        put(example("phone", Map.of()));
        assertThat(push("phone", "post", PHONE).status()).isEqualTo(200);
    }

    @Test
    void givenARemovedChannelWhenItIsArchivedThenPtvArchivesItByIdAndTheLinkRecordsIt() throws Exception {
        String ptvId = ptvIdOf(RecordKind.Namespace.CHANNEL, PHONE);
        remove("phone", PHONE);

        Answer archived = push("phone", "archive", PHONE);

        assertThat(archived.status()).as("%s", archived.body()).isEqualTo(200);
        assertThat(archived.body().path("outcome").asText()).isEqualTo("archived");
        assertThat(archived.body().path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(archived.body().path("ptvId").asText()).isEqualTo(ptvId);
        assertThat(inPtv(ptvId).orElseThrow().body().path("publishingStatus").asText()).isEqualTo("Deleted");
        PtvLink link = application.items().link(RecordKind.Namespace.CHANNEL, PHONE).orElseThrow();
        assertThat(link.archivedAt()).isNotNull();
        assertThat(link.publishingStatus()).isEqualTo("Deleted");
        assertThat(application.log().byCorrelationId(archived.body().path("correlationId").asText()))
                .filteredOn(e -> "OUT".equals(e.direction()))
                .extracting(e -> e.method() + " " + e.endpoint() + " " + e.outcome())
                .containsExactly("PUT /api/v11/ServiceChannel/Phone/" + ptvId + " archived");
    }

    @Test
    void givenAnArchivedItemWhenItIsArchivedAgainThenNothingIsSent() throws Exception {
        remove("phone", PHONE);
        push("phone", "archive", PHONE);
        long updates = ptv.items().updates();

        Answer again = push("phone", "archive", PHONE);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("outcome").asText()).isEqualTo("unchanged");
        assertThat(ptv.items().updates()).isEqualTo(updates);
    }

    @Test
    void aLiveRecordIsNotArchivedAndOneNeverInPtvHasNothingToArchive() throws Exception {
        Answer live = push("phone", "archive", PHONE);
        put(example("webpage", Map.of()));
        remove("webpage", "turku-uimahallit-verkkosivu");
        Answer neverSent = push("webpage", "archive", "turku-uimahallit-verkkosivu");

        assertThat(live.status()).isEqualTo(409);
        assertThat(live.body().path("error").asText()).isEqualTo("not-removed");
        assertThat(live.body().path("message").asText()).contains("/cxf/yleiset/remove");
        assertThat(neverSent.status()).isEqualTo(409);
        assertThat(neverSent.body().path("error").asText()).isEqualTo("not-in-ptv");
        assertThat(application.deliveries().list(null, null, "turku-uimahallit-verkkosivu", 10)).isEmpty();
    }

    @Test
    void givenADraftInPtvWhenItIsArchivedThenItIsRefusedBeforePtvIsCalled() throws Exception {
        put(example("printableform", Map.of()));
        assertThat(push("printableform", "post", "turku-vuorohakemus-lomake").body().path("publishingStatus").asText()).isEqualTo("Draft");
        remove("printableform", "turku-vuorohakemus-lomake");
        long updates = ptv.items().updates();

        Answer refused = push("printableform", "archive", "turku-vuorohakemus-lomake");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("draft-in-ptv");
        assertThat(refused.body().path("message").asText()).contains("PTV archives only published items");
        assertThat(ptv.items().updates()).isEqualTo(updates);
    }

    @Test
    void givenAnOrganisationThatLiveRecordsNameWhenItIsArchivedThenItIsRefusedNamingThem() throws Exception {
        Answer refused = push("organization", "archive", ORG);

        assertThat(refused.status()).as("a live organisation is not archived").isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("not-removed");
    }

    @Test
    void givenAnOrganisationPtvStillHoldsItemsOfWhenItIsArchivedThenPtvsRefusalIsAnsweredAndNotRetried() throws Exception {
        // PTV holds the phone (archived there would free the organisation); PAT no longer names the organisation.
        remove("phone", PHONE);
        remove("organization", ORG);

        Answer refused = push("organization", "archive", ORG);

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("organization-in-use");
        assertThat(refused.body().path("message").asText()).contains("Services or service channels attached");
        Delivery failed = application.deliveries().list(Delivery.FAILED, null, ORG, 1).get(0);
        assertThat(failed.attempts()).as("PTV's 500 for an organisation in use is not retried").isEqualTo(1);
        assertThat(failed.failureSignature()).isEqualTo("PTV: organisation still in use");
    }

    @Test
    void givenAnArchivedChannelWhenItIsRestoredThenPtvPublishesItAgainAndTheRecordIsLive() throws Exception {
        String ptvId = ptvIdOf(RecordKind.Namespace.CHANNEL, PHONE);
        remove("phone", PHONE);
        push("phone", "archive", PHONE);

        Answer restored = push("phone", "restore", PHONE);

        assertThat(restored.status()).as("%s", restored.body()).isEqualTo(200);
        assertThat(restored.body().path("outcome").asText()).isEqualTo("restored");
        assertThat(restored.body().path("ptvId").asText()).isEqualTo(ptvId);
        assertThat(inPtv(ptvId).orElseThrow().body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(application.items().link(RecordKind.Namespace.CHANNEL, PHONE).orElseThrow().archived()).isFalse();
        assertThat(application.records().find(RecordKind.Namespace.CHANNEL, PHONE).orElseThrow().removed()).isFalse();
        assertThat(push("phone", "put", PHONE).status()).as("a live record pushes again").isEqualTo(200);
    }

    @Test
    void givenARemovedRecordNotYetArchivedWhenItIsRestoredThenItIsLiveAgainWithoutAPtvCall() throws Exception {
        remove("phone", PHONE);
        long updates = ptv.items().updates();

        Answer restored = push("phone", "restore", PHONE);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().path("outcome").asText()).isEqualTo("restored");
        assertThat(ptv.items().updates()).isEqualTo(updates);
        assertThat(application.records().find(RecordKind.Namespace.CHANNEL, PHONE).orElseThrow().removed()).isFalse();
    }

    @Test
    void aRemovedRecordIsNeitherCreatedNorUpdated() throws Exception {
        remove("phone", PHONE);

        Answer put = push("phone", "put", PHONE);

        assertThat(put.status()).isEqualTo(409);
        assertThat(put.body().path("error").asText()).isEqualTo("removed");
        assertThat(put.body().path("message").asText()).contains("/archive/" + PHONE).contains("/restore/" + PHONE);
    }

    @Test
    void givenALiveRecordWhoseItemIsArchivedWhenItIsUpdatedThenOnlyARestoreIsOffered() throws Exception {
        remove("phone", PHONE);
        push("phone", "archive", PHONE);
        // The record is live again, its item still archived: what a restore whose delivery failed leaves.
        application.records().unremove(RecordKind.Namespace.CHANNEL, PHONE);

        Answer refused = push("phone", "put", PHONE);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("archived-in-ptv");
        assertThat(refused.body().path("message").asText()).contains("/cxf/ptv/servicechannel/phone/restore/" + PHONE);
    }

    @Test
    void givenADraftRecordLinkedToAPublishedItemWhenItIsPushedThenThePushIsRefusedBeforePtvIsCalled() throws Exception {
        // Intake refuses a Draft update of a stored Published record; a record stored as Draft meets
        // a published item when Drupal adopts one typed into PTV by hand.
        String typedIn = ptv.preload(ptvIdOf(RecordKind.Namespace.ORGANIZATION, ORG), 1, null, List.of("Phone")).get(0).id();
        put(example("phone", Map.of("code", "turku-neuvonta-luonnos", "publishingStatus", "Draft")));
        Answer adopted = push("phone", "adopt", "turku-neuvonta-luonnos", Map.of("ptvId", typedIn));
        assertThat(adopted.status()).as("%s", adopted.body()).isEqualTo(200);
        long updates = ptv.items().updates();

        Answer refused = push("phone", "put", "turku-neuvonta-luonnos");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("error").asText()).isEqualTo("publishing-rule");
        assertThat(refused.body().path("violations").get(0).path("path").asText()).isEqualTo("publishingStatus");
        assertThat(refused.body().path("violations").get(0).path("rule").asText()).isEqualTo("published-once");
        assertThat(ptv.items().updates()).isEqualTo(updates);
    }

    @Test
    void givenAnItemWithUnsavedEditsInPtvWhenItIsArchivedThenTheEditorIsToldAndItIsNotRetried() throws Exception {
        remove("phone", PHONE);
        ptv.leaveModified(ptvIdOf(RecordKind.Namespace.CHANNEL, PHONE), "serviceChannelNames", "Name", "fi", "Neuvonta (luonnos)");

        Answer refused = push("phone", "archive", PHONE);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("ptv-modified");
        assertThat(refused.body().path("message").asText()).contains("publish or discard them there");
        Delivery failed = application.deliveries().list(Delivery.FAILED, null, PHONE, 1).get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failureSignature()).isEqualTo(PtvFailures.MODIFIED_SIGNATURE);
        assertThat(application.log().byCorrelationId(refused.body().path("correlationId").asText()))
                .extracting(IntegrationLogEntry::outcome).contains("ptv-400");
    }
}
