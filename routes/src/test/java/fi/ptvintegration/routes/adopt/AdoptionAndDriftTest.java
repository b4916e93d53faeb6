package fi.ptvintegration.routes.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.Drift;
import fi.ptvintegration.routes.store.PtvItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What PTV already holds: adopting items typed into PTV by hand instead of creating second
 * copies, drift (edits made in PTV's editor) reported before a push writes over them
 * ({@code drift.policy=report}), the scan, and the Modified guard.
 */
class AdoptionAndDriftTest extends PtvSimulatorTestSupport {

    @Test
    void proposalsPairBySourceIdAndByNameAndTheirAdoptionMakesNoSecondCopy() throws Exception {
        List<PreloadedItem> bySourceId = ptv.preload(orgPtvId, 3, "turku-pre-", List.of("Service"));
        List<PreloadedItem> byName = ptv.preload(orgPtvId, 2, null, List.of("Phone"));
        for (int i = 0; i < bySourceId.size(); i++) {
            int n = i + 1;
            store("service", r -> r.put("code", "pre-" + n));
        }
        for (PreloadedItem item : byName) {
            store("phone", r -> {
                r.put("code", "phone-" + item.id().substring(0, 8));
                ((ObjectNode) r.path("names")).put("fi", item.name());
            });
        }

        Answer proposals = ops("proposals", Map.of("organization", ORG), null);

        assertThat(proposals.status()).as("%s", proposals.body()).isEqualTo(200);
        JsonNode pairs = proposals.body().path("pairs");
        assertThat(pairs).hasSize(5);
        assertThat(pairs.findValuesAsText("reason")).containsExactlyInAnyOrder("SOURCE_ID", "SOURCE_ID", "SOURCE_ID", "NAME", "NAME");

        Answer accepted = ops("acceptProposals", Map.of(), PatJson.mapper().writeValueAsBytes(pairs));
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
        assertThat(accepted.body().path("adopted").asInt()).isEqualTo(5);

        long createsBefore = ptv.items().creates();
        for (JsonNode pair : pairs) {
            Answer put = push(pair.path("kind").asText(), "put", pair.path("code").asText());
            assertThat(put.status()).as("%s", put.body()).isEqualTo(200);
            assertThat(put.body().path("ptvId").asText()).isEqualTo(pair.path("ptvId").asText());
            assertThat(ptv.items().byId(pair.path("ptvId").asText()).orElseThrow().sourceId())
                    .contains(new SourceIdMapping("turku-").toSourceId(pair.path("code").asText()).sourceId().orElseThrow());
        }
        assertThat(ptv.items().creates()).as("no second copies").isEqualTo(createsBefore);
        assertThat(ptv.items().duplicateCreates()).isZero();
        Answer post = push("service", "post", "pre-1");
        assertThat(post.status()).isEqualTo(409);
        assertThat(post.body().path("error").asText()).isEqualTo("already-in-ptv");
    }

    @Test
    void drupalAdoptsOneItemAndTheWrongOnesAreRefusedSayingWhy() throws Exception {
        PreloadedItem service = ptv.preload(orgPtvId, 1, null, List.of("Service")).get(0);
        PreloadedItem phone = ptv.preload(orgPtvId, 1, null, List.of("Phone")).get(0);
        store("service", r -> {});
        store("service", r -> r.put("code", "turku-toinen"));

        assertThat(adoptFromDrupal("service", "turku-uimahallit", "not-a-guid").status()).isEqualTo(400);
        assertThat(adoptFromDrupal("service", "turku-uimahallit", "3f0e2d5c-8a1b-4b7e-9c1d-000000000000").status()).isEqualTo(404);
        Answer wrongKind = adoptFromDrupal("service", "turku-uimahallit", phone.id());
        assertThat(wrongKind.status()).as("%s", wrongKind.body()).isEqualTo(409);
        assertThat(wrongKind.body().path("error").asText()).isEqualTo("wrong-kind");
        Answer adopted = adoptFromDrupal("service", "turku-uimahallit", service.id());
        assertThat(adopted.status()).as("%s", adopted.body()).isEqualTo(200);
        assertThat(adopted.body().path("ptvId").asText()).isEqualTo(service.id());
        Answer linkedElsewhere = adoptFromDrupal("service", "turku-toinen", service.id());
        assertThat(linkedElsewhere.status()).isEqualTo(409);
        assertThat(linkedElsewhere.body().path("error").asText()).isEqualTo("ptv-id-linked");
        assertThat(application.items().find(RecordKind.Namespace.SERVICE, "turku-uimahallit").orElseThrow().origin())
                .isEqualTo(PtvItem.ADOPTED);
    }

    @Test
    void anItemOfAnotherOrganisationIsNotAdopted() throws Exception {
        // The simulator types the other organisation in too; its service is the one to adopt.
        PreloadedItem foreign = ptv.preload("7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5", 1, null, List.of("Service")).stream()
                .filter(item -> item.kind().equals("Service")).findFirst().orElseThrow();
        store("service", r -> {});

        Answer refused = adoptFromDrupal("service", "turku-uimahallit", foreign.id());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).as("%s", refused.body()).isEqualTo("other-organization");
    }

    @Test
    void anEditMadeInPtvIsReportedAsDriftAndWrittenOverByThePush() throws Exception {
        store("service", r -> {});
        Answer created = push("service", "post", "turku-uimahallit");
        String serviceId = created.body().path("ptvId").asText();
        ptv.editTextInEditor(serviceId, "serviceNames", "Name", "fi", "Uimahallit (muokattu PTV:ssä)");

        Answer put = push("service", "put", "turku-uimahallit");

        assertThat(put.status()).as("%s", put.body()).isEqualTo(200);
        List<Drift> drift = application.drifts().list(true, "turku-uimahallit", 10);
        assertThat(drift).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Drift.OVERWRITTEN);
            assertThat(entry.resolvedAt()).isNotNull();
            assertThat(entry.changes()).anySatisfy(change -> {
                assertThat(change.path()).isEqualTo("names.Name.fi");
                assertThat(change.language()).isEqualTo("fi");
                assertThat(change.before()).isEqualTo("Uimahallit");
                assertThat(change.after()).isEqualTo("Uimahallit (muokattu PTV:ssä)");
            });
        });
        assertThat(ptv.items().byId(serviceId).orElseThrow().body().toString()).doesNotContain("muokattu");
    }

    @Test
    void theScanFindsTheEditAndAnItemLeftModifiedIsRefusedUntilPublished() throws Exception {
        store("service", r -> {});
        String serviceId = push("service", "post", "turku-uimahallit").body().path("ptvId").asText();
        ptv.editTextInEditor(serviceId, "serviceNames", "Name", "sv", "Simhallar (ändrad)");

        Answer scan = ops("scanDrift", Map.of(), null);

        assertThat(scan.status()).as("%s", scan.body()).isEqualTo(200);
        assertThat(scan.body().path("scanned").asInt()).isEqualTo(2);
        assertThat(scan.body().path("drifted").asInt()).isEqualTo(1);
        assertThat(application.drifts().standing(RecordKind.Namespace.SERVICE, "turku-uimahallit")).hasValueSatisfying(
                entry -> assertThat(entry.changes()).extracting(Drift.Change::path).contains("names.Name.sv"));

        ptv.leaveModified(serviceId, "serviceNames", "Name", "fi", "Keskeneräinen muokkaus");
        Answer refused = push("service", "put", "turku-uimahallit");

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("ptv-modified");
        Delivery failed = application.deliveries().list(Delivery.FAILED, null, "turku-uimahallit", 10).get(0);
        assertThat(failed.failureSignature()).isEqualTo("PTV item has unsaved edits (Modified)");

        ptv.publishModified(serviceId);
        assertThat(application.operations().replay(failed.id(), new OpsService.Actor("ops", "rest", "c",
                "/cxf/ops", "POST"))).isTrue();
        Delivery replayed = settled(failed.id());
        assertThat(replayed.status()).isEqualTo(Delivery.DELIVERED);
    }

}
