package fi.ptvintegration.routes.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.runtime.SimulatedPtvTestSupport;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation against the PTV simulator, with orphans planted both ways: items typed into
 * PTV under the organisation that no record is linked to (one whose sourceId is a stored code),
 * records never delivered, a linked item an editor archived, and a link to an item PTV no longer
 * has. JSON for operations, CSV for the editors' spreadsheet.
 */
class ReconciliationTest extends SimulatedPtvTestSupport {

    private static final String ORG = "turku-liikuntapalvelut";
    private String orgPtvId;

    @BeforeEach
    void organisationWithAPhoneAndAServiceInPtv() throws Exception {
        put(example("organization", Map.of()));
        orgPtvId = push("organization", "post", ORG).body().path("ptvId").asText();
        put(example("phone", Map.of()));
        push("phone", "post", "turku-liikuntaneuvonta-puhelin");
        put(example("service", Map.of()));
        push("service", "post", "turku-uimahallit");
    }

    private Map<String, List<String>> byCategory(JsonNode report) {
        Map<String, List<String>> found = new HashMap<>();
        report.path("findings").forEach(f -> found.computeIfAbsent(f.path("category").asText(), c -> new ArrayList<>())
                .add(f.path("kind").asText() + " " + (f.hasNonNull("code") ? f.path("code").asText() : f.path("ptvId").asText())));
        return found;
    }

    @Test
    void givenNothingPlantedThenPtvAndThePatStoreAgree() {
        JsonNode report = ops("reconcile", Map.of()).body();

        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(report.path("organizations").asInt()).isEqualTo(1);
        assertThat(report.path("ptvItemsRead").asInt()).isEqualTo(2);
        assertThat(report.path("findings")).isEmpty();
    }

    @Test
    void givenOrphansPlantedBothWaysThenEachIsFoundWithWhatToDo() throws Exception {
        List<PreloadedItem> typedIn = ptv.preload(orgPtvId, 2, null, List.of("Phone"));
        List<PreloadedItem> withSourceId = ptv.preload(orgPtvId, 1, "turku-orphan-", List.of("EChannel"));
        put(example("echannel", Map.of("code", "orphan-1")));
        put(example("webpage", Map.of()));
        put(example("servicelocation", Map.of()));
        push("servicelocation", "post", "turku-impivaara");
        ptv.archive(ptvIdOf(RecordKind.Namespace.CHANNEL, "turku-impivaara"), false);
        String lostId = UUID.randomUUID().toString();
        String phoneId = ptvIdOf(RecordKind.Namespace.CHANNEL, "turku-liikuntaneuvonta-puhelin");
        try (Connection connection = database.getConnection();
                PreparedStatement lose = connection.prepareStatement("UPDATE ptv_item SET ptv_id = ? WHERE code = ?")) {
            lose.setString(1, lostId);
            lose.setString(2, "turku-liikuntaneuvonta-puhelin");
            lose.executeUpdate();
        }

        JsonNode report = ops("reconcile", Map.of()).body();

        Map<String, List<String>> found = byCategory(report);
        assertThat(found.get("in-ptv-only")).containsExactlyInAnyOrder("phone " + typedIn.get(0).id(), "phone " + typedIn.get(1).id(),
                "echannel orphan-1", "phone turku-liikuntaneuvonta-puhelin");
        assertThat(found.get("in-pat-only")).containsExactlyInAnyOrder("echannel orphan-1", "webpage turku-uimahallit-verkkosivu");
        assertThat(found.get("link-archived-in-ptv")).containsExactly("servicelocation turku-impivaara");
        assertThat(found.get("link-gone-from-ptv")).containsExactly("phone turku-liikuntaneuvonta-puhelin");
        assertThat(report.path("counts").path("in-ptv-only").asInt()).isEqualTo(4);
        JsonNode orphan = finding(report, "in-ptv-only", "orphan-1");
        assertThat(orphan.path("ptvId").asText()).isEqualTo(withSourceId.get(0).id());
        assertThat(orphan.path("detail").asText()).contains("/cxf/ptv/servicechannel/echannel/adopt/orphan-1?ptvId=");
        assertThat(finding(report, "in-pat-only", "orphan-1").path("detail").asText()).contains("adopt it");
        assertThat(finding(report, "in-ptv-only", "turku-liikuntaneuvonta-puhelin").path("ptvId").asText()).isEqualTo(phoneId);
        assertThat(finding(report, "in-ptv-only", "turku-liikuntaneuvonta-puhelin").path("detail").asText())
                .contains("linked to PTV item " + lostId + " instead");
        assertThat(finding(report, "link-archived-in-ptv", "turku-impivaara").path("detail").asText())
                .contains("/cxf/ptv/servicechannel/servicelocation/restore/turku-impivaara");
    }

    @Test
    void anItemThisSystemArchivedIsNoFinding() throws Exception {
        remove("phone", "turku-liikuntaneuvonta-puhelin");
        push("phone", "archive", "turku-liikuntaneuvonta-puhelin");

        JsonNode report = ops("reconcile", Map.of()).body();

        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("ptvItemsRead").asInt()).isEqualTo(1);
    }

    @Test
    void givenPtvOutOfReachThenTheReportSaysItIsIncompleteAndWhy() {
        ptv.faults().add(ScriptedFaults.Fault.status(503, -1));

        Answer answer = ops("reconcile", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("complete").asBoolean()).isFalse();
        assertThat(answer.body().path("errors").get(0).asText()).contains("organization 'turku-liikuntapalvelut' could not be read");
    }

    @Test
    void theCsvHasAHeaderAndARowPerFindingQuotedWhereNeededForTheEditorsSpreadsheet() throws Exception {
        ptv.preload(orgPtvId, 1, null, List.of("WebPage"));
        put(example("webpage", Map.of()));

        String csv = csv("semicolon");

        String[] rows = csv.split("\r\n");
        assertThat(csv).startsWith("\uFEFFcategory;kind;code;ptvId;sourceId;name;organization;detail");
        assertThat(rows).hasSize(3);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("in-pat-only;webpage;turku-uimahallit-verkkosivu;"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("in-ptv-only;webpage;;"));
        assertThat(application.log().find(new IntegrationLogQuery(null, null, "reconciled", null, null, null, 10))).isNotEmpty();
    }

    private static JsonNode finding(JsonNode report, String category, String code) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("category").asText().equals(category) && code.equals(f.path("code").asText())) {
                return f;
            }
        }
        throw new AssertionError("no " + category + " finding for " + code + " in " + report);
    }

    private String csv(String separator) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("operationName", "reconcileCsv");
        headers.put("separator", separator);
        headers.put(Exchange.HTTP_METHOD, "GET");
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8)));
        Response response = template.requestBodyAndHeaders("direct:" + OpsRouteBuilder.ROUTE_ID, null, headers, Response.class);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("text/csv");
        assertThat(response.getHeaderString("Content-Disposition")).contains("ptv-reconciliation.csv");
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }
}
