package fi.ptvintegration.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.runtime.SimulatedPtvTestSupport;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.StoredRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drupal saying a record is gone ({@code /cxf/yleiset/remove}, {@code removePalvelutarjous}):
 * the record is marked removed with its history kept, its code stays taken, an organisation that
 * live records name is refused naming them, and every call is answered and logged.
 */
class RecordRemovalTest extends SimulatedPtvTestSupport {

    @Test
    void givenAStoredServiceWhenDrupalRemovesItThenItIsMarkedRemovedWithItsHistoryKept() throws Exception {
        put(example("organization", Map.of()));
        put(example("service", Map.of()));
        update(example("service", Map.of("names", Map.of("fi", "Uimahallit ja maauimalat", "sv", "Simhallar och utebad",
                "en", "Swimming halls and pools"))));

        Answer removed = remove("service", "turku-uimahallit");

        assertThat(removed.status()).as("%s", removed.body()).isEqualTo(200);
        assertThat(removed.body().path("outcome").asText()).isEqualTo("removed");
        assertThat(removed.body().path("version").asInt()).isEqualTo(2);
        assertThat(removed.body().path("archive").asText()).isEqualTo("nothing to archive: it was never in PTV");
        StoredRecord stored = application.records().find(RecordKind.Namespace.SERVICE, "turku-uimahallit").orElseThrow();
        assertThat(stored.removedAt()).isNotNull();
        assertThat(application.records().versionCount(RecordKind.Namespace.SERVICE, "turku-uimahallit")).isEqualTo(2);
        assertThat(application.log().byCorrelationId(removed.body().path("correlationId").asText()))
                .extracting(IntegrationLogEntry::outcome).containsExactly("removed");
    }

    @Test
    void givenARemovedRecordWhenItIsRemovedAgainThenNothingChanges() throws Exception {
        put(example("organization", Map.of()));
        put(example("phone", Map.of()));
        Answer first = remove("phone", "turku-liikuntaneuvonta-puhelin");

        Answer again = remove("phone", "turku-liikuntaneuvonta-puhelin");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.body().path("removedAt").asText()).isEqualTo(first.body().path("removedAt").asText());
    }

    @Test
    void givenARecordInPtvWhenItIsRemovedThenTheAnswerSaysWhenItsItemIsArchived() throws Exception {
        put(example("organization", Map.of()));
        push("organization", "post", "turku-liikuntapalvelut");
        put(example("phone", Map.of()));
        push("phone", "post", "turku-liikuntaneuvonta-puhelin");

        Answer removed = remove("phone", "turku-liikuntaneuvonta-puhelin");

        assertThat(removed.body().path("ptvId").asText()).isEqualTo(ptvIdOf(RecordKind.Namespace.CHANNEL, "turku-liikuntaneuvonta-puhelin"));
        assertThat(removed.body().path("archive").asText())
                .contains("at the next daily sync").contains("/cxf/ptv/servicechannel/phone/archive/turku-liikuntaneuvonta-puhelin");
    }

    @Test
    void givenTheCodeOfARemovedRecordWhenDrupalPutsANewRecordWithItThenItIsRefusedAsRetired() throws Exception {
        put(example("organization", Map.of()));
        put(example("phone", Map.of()));
        remove("phone", "turku-liikuntaneuvonta-puhelin");

        Answer reused = put(example("phone", Map.of("names", Map.of("fi", "Uusi neuvonta", "sv", "Ny rådgivning"))));
        Answer updated = update(example("phone", Map.of()));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().path("error").asText()).isEqualTo("code-retired");
        assertThat(reused.body().path("message").asText()).contains("was removed on")
                .contains("keeps the sourceId of an archived item for ever")
                .contains("/cxf/ptv/servicechannel/phone/restore/turku-liikuntaneuvonta-puhelin");
        assertThat(updated.status()).isEqualTo(409);
        assertThat(updated.body().path("error").asText()).isEqualTo("code-retired");
    }

    @Test
    void givenAnOrganisationThatLiveRecordsNameWhenItIsRemovedThenItIsRefusedNamingThem() throws Exception {
        put(example("organization", Map.of()));
        put(example("service", Map.of()));
        put(example("webpage", Map.of()));

        Answer refused = remove("organization", "turku-liikuntapalvelut");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("in-use");
        assertThat(refused.body().path("message").asText()).contains("service 'turku-uimahallit'")
                .contains("webpage 'turku-uimahallit-verkkosivu'");
        assertThat(refused.body().path("violations").findValuesAsText("message"))
                .containsExactlyInAnyOrder("service 'turku-uimahallit' names it", "webpage 'turku-uimahallit-verkkosivu' names it");
        assertThat(application.records().find(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut").orElseThrow().removed()).isFalse();
    }

    @Test
    void givenItsRecordsRemovedWhenTheOrganisationIsRemovedThenItIsAccepted() throws Exception {
        put(example("organization", Map.of()));
        put(example("service", Map.of()));
        remove("service", "turku-uimahallit");

        Answer removed = remove("organization", "turku-liikuntapalvelut");

        assertThat(removed.status()).as("%s", removed.body()).isEqualTo(200);
    }

    @Test
    void givenARemovedOfferingWhenDrupalAddsTheSameConnectionAgainThenItComesBack() throws Exception {
        put(example("organization", Map.of()));
        put(example("service", Map.of()));
        put(example("servicelocation", Map.of()));
        put(example("offering", Map.of()));

        Answer removed = remove("offering", "turku-uimahallit-impivaara");
        Answer again = put(example("offering", Map.of()));

        assertThat(removed.body().path("outcome").asText()).isEqualTo("removed");
        assertThat(removed.body().path("archive").asText()).contains("taken off its service");
        assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
        assertThat(application.records().find(RecordKind.Namespace.OFFERING, "turku-uimahallit-impivaara").orElseThrow().removed())
                .isFalse();
    }

    @Test
    void givenARemovedServiceWhenAnOfferingNamesItThenItIsRefused() throws Exception {
        put(example("organization", Map.of()));
        put(example("service", Map.of()));
        put(example("servicelocation", Map.of()));
        remove("service", "turku-uimahallit");

        Answer refused = put(example("offering", Map.of()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("violations").get(0).path("rule").asText()).isEqualTo("removed");
    }

    @Test
    void aRemovalOfAnUnknownCodeIsNotFoundAndOneOfAnotherKindAConflict() throws Exception {
        put(example("organization", Map.of()));
        put(example("phone", Map.of()));

        assertThat(remove("service", "nobody").status()).isEqualTo(404);
        Answer wrongKind = remove("echannel", "turku-liikuntaneuvonta-puhelin");
        assertThat(wrongKind.status()).isEqualTo(409);
        assertThat(wrongKind.body().path("message").asText()).contains("is a phone record, not echannel");
    }

    @Test
    void aRemovalWithoutKindOrWithAnotherFieldIsRefusedNamingIt() throws Exception {
        Answer noKind = intake("remove", JSON.createObjectNode().put("code", "x"));
        Answer extra = intake("remove", JSON.createObjectNode().put("kind", "service").put("code", "x").put("reason", "gone"));
        Answer offeringHere = intake("remove", JSON.createObjectNode().put("kind", "service").put("code", ""));

        assertThat(noKind.status()).isEqualTo(422);
        assertThat(noKind.body().path("violations").get(0).path("path").asText()).isEqualTo("kind");
        assertThat(extra.status()).isEqualTo(422);
        assertThat(extra.body().path("violations").get(0).path("path").asText()).isEqualTo("reason");
        assertThat(offeringHere.body().path("violations").get(0).path("path").asText()).isEqualTo("code");
    }
}
