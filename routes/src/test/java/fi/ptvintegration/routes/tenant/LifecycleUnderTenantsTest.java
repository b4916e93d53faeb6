package fi.ptvintegration.routes.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.intake.PatIntakeRouteBuilder;
import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * An item's life on a node of two municipalities (Turku and Espoo, as in {@link TenantsTest}):
 * removal, archiving, restoring and the status answer of a record are the owning tenant's only,
 * the daily sync (which covers every organisation) is the node's admins' only, and a tenant's
 * admin reconciles the tenant's own organisations.
 */
class LifecycleUnderTenantsTest extends TwoMunicipalitiesTestSupport {

    Answer intake(String mode, String json, String key) {
        Map<String, Object> headers = new HashMap<>(key(key));
        headers.put("mode", mode);
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, "/" + mode);
        return call(PatIntakeRouteBuilder.YLEISET_ROUTE_ID, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), headers);
    }

    Answer push(String kind, String operation, String code, String key) {
        Map<String, Object> headers = new HashMap<>(key(key));
        headers.putAll(Map.of("kind", kind, "operation", operation, "code", code, Exchange.HTTP_PATH, "/" + kind + "/" + operation + "/" + code,
                Exchange.HTTP_METHOD, "status".equals(operation) ? "GET" : "POST"));
        return call(PtvPushRouteBuilder.ROUTE_ID, null, headers);
    }

    Answer ops(String operation, String user) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("operationName", operation);
        headers.put(Exchange.HTTP_METHOD, operation.startsWith("start") ? "POST" : "GET");
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        return call(OpsRouteBuilder.ROUTE_ID, null, headers);
    }

    /** Both tenants' organisations and one service of Turku's, all in PTV. */
    void bothTenantsInPtv() throws Exception {
        assertThat(intake("put", record("organization", "turku-liikuntapalvelut", "turku-liikuntapalvelut"),
                TURKU_KEY).status()).isEqualTo(201);
        assertThat(intake("put", record("service", "turku-uinti", "turku-liikuntapalvelut"), TURKU_KEY).status())
                .isEqualTo(201);
        assertThat(intake("put", record("organization", "espoo-kulttuuri", "espoo-kulttuuri"), ESPOO_KEY).status())
                .isEqualTo(201);
        assertThat(push("organization", "post", "turku-liikuntapalvelut", TURKU_KEY).status()).isEqualTo(200);
        assertThat(push("service", "post", "turku-uinti", TURKU_KEY).status()).isEqualTo(200);
        assertThat(push("organization", "post", "espoo-kulttuuri", ESPOO_KEY).status()).isEqualTo(200);
    }

    @Test
    void givenTurkusServiceWhenEspooRemovesArchivesRestoresOrAsksItsStatusThenEachIsRefusedNamingTheOrganisation() throws Exception {
        bothTenantsInPtv();

        Answer removal = intake("remove", "{\"kind\":\"service\",\"code\":\"turku-uinti\"}", ESPOO_KEY);
        Answer archive = push("service", "archive", "turku-uinti", ESPOO_KEY);
        Answer restore = push("service", "restore", "turku-uinti", ESPOO_KEY);
        Answer status = push("service", "status", "turku-uinti", ESPOO_KEY);

        for (Answer refused : List.of(removal, archive, restore, status)) {
            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(403);
            assertThat(refused.body().path("error").asText()).isEqualTo("forbidden-organization");
            assertThat(refused.body().path("message").asText()).contains("turku-liikuntapalvelut");
        }
        assertThat(application.records().find(RecordKind.Namespace.SERVICE, "turku-uinti").orElseThrow().removed())
                .as("the record is not removed").isFalse();
        assertThat(push("service", "status", "turku-uinti", TURKU_KEY).body().path("publishingStatus").asText())
                .as("Turku's own key reads it").isEqualTo("Published");
    }

    @Test
    void givenTurkusServiceWhenTurkuRemovesItThenOnlyTurkuArchivesIt() throws Exception {
        bothTenantsInPtv();

        assertThat(intake("remove", "{\"kind\":\"service\",\"code\":\"turku-uinti\"}", TURKU_KEY).status()).isEqualTo(200);
        Answer archived = push("service", "archive", "turku-uinti", TURKU_KEY);

        assertThat(archived.status()).as("%s", archived.body()).isEqualTo(200);
        assertThat(push("service", "status", "turku-uinti", TURKU_KEY).body().path("publishingStatus").asText())
                .isEqualTo("Deleted");
    }

    @Test
    void givenATenantsAdminWhenItStartsOrWatchesTheDailySyncThenItIsRefusedAndTheNodesAdminIsNot() {
        for (String operation : List.of("startSync", "syncPlan", "syncBatches")) {
            Answer refused = ops(operation, "turku-admin");
            assertThat(refused.status()).as("%s %s", operation, refused.body()).isEqualTo(403);
            assertThat(refused.body().path("message").asText()).contains("turku");
        }
        assertThat(ops("syncPlan", "ops").status()).isEqualTo(200);
    }

    @Test
    void givenTwoTenantsInPtvWhenTurkusAdminReconcilesThenOnlyTurkusOrganisationIsCovered() throws Exception {
        bothTenantsInPtv();
        intake("put", record("organization", "espoo-nuoriso", "espoo-kulttuuri"), ESPOO_KEY);

        Answer turkus = ops("reconcile", "turku-admin");
        Answer everything = ops("reconcile", "ops");

        assertThat(turkus.status()).as("%s", turkus.body()).isEqualTo(200);
        assertThat(turkus.body().path("organizations").asInt()).isEqualTo(1);
        assertThat(turkus.body().path("findings").findValuesAsText("code")).doesNotContain("espoo-nuoriso");
        assertThat(everything.body().path("organizations").asInt()).isEqualTo(2);
        assertThat(everything.body().path("findings").findValuesAsText("code")).contains("espoo-nuoriso");
    }
}
