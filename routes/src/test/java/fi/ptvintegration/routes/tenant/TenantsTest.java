package fi.ptvintegration.routes.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.routes.ops.OpsRouteBuilder;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities on one node: Turku (keys for rotation, its sports services and their
 * sub-organisations) and Espoo. Each writes, pushes and administers its own records only; every
 * attempt on the other's is refused naming the organisation, and leaves a log record.
 */
class TenantsTest extends TwoMunicipalitiesTestSupport {

    @Override
    List<String> turkuKeys() {
        return List.of(TURKU_KEY, TURKU_NEXT_KEY);
    }

    Answer write(String mode, String json, Map<String, Object> credentials) {
        Map<String, Object> headers = new HashMap<>(credentials);
        headers.put("mode", mode);
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.HTTP_PATH, "/" + mode);
        return call("yleiset-intake", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), headers);
    }

    Answer push(String kind, String code, Map<String, Object> credentials) {
        Map<String, Object> headers = new HashMap<>(credentials);
        headers.putAll(Map.of("kind", kind, "operation", "post", "code", code, Exchange.HTTP_PATH, "/" + kind + "/post/" + code));
        return call(PtvPushRouteBuilder.ROUTE_ID, null, headers);
    }

    Answer ops(String operation, Map<String, Object> parameters, String user) {
        Map<String, Object> headers = new HashMap<>(parameters);
        headers.put("operationName", operation);
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        return call(OpsRouteBuilder.ROUTE_ID, null, headers);
    }

    @Test
    void eachTenantWritesAndPushesItsOwnOrganisationsRecordsAndSubOrganisations() throws Exception {
        assertThat(write("put", record("organization", "turku-liikuntapalvelut", "turku-liikuntapalvelut"), key(TURKU_KEY)).status())
                .isEqualTo(201);
        assertThat(write("put", record("organization", "turku-uimahallit-yksikko", "turku-liikuntapalvelut"), key(TURKU_KEY)).status())
                .as("a sub-organisation of Turku's").isEqualTo(201);
        assertThat(write("put", record("service", "turku-uinti", "turku-uimahallit-yksikko"), key(TURKU_NEXT_KEY)).status())
                .as("a service of the sub-organisation, with the second key").isEqualTo(201);
        assertThat(write("put", record("organization", "espoo-kulttuuri", "espoo-kulttuuri"), basic("espoo-drupal")).status())
                .isEqualTo(201);

        assertThat(push("organization", "turku-liikuntapalvelut", key(TURKU_KEY)).status()).isEqualTo(200);
        assertThat(push("organization", "espoo-kulttuuri", key(ESPOO_KEY)).status()).isEqualTo(200);
    }

    @Test
    void anAttemptOnTheOtherTenantsRecordsIsRefusedNamingTheOrganisationAndLogged() throws Exception {
        write("put", record("organization", "turku-liikuntapalvelut", "turku-liikuntapalvelut"), key(TURKU_KEY));
        write("put", record("service", "turku-uinti", "turku-liikuntapalvelut"), key(TURKU_KEY));
        write("put", record("organization", "espoo-kulttuuri", "espoo-kulttuuri"), key(ESPOO_KEY));

        Answer espooWritesTurkus = write("put", record("service", "espoo-uinti", "turku-liikuntapalvelut"), key(ESPOO_KEY));
        Answer espooUpdatesTurkus = write("update", record("service", "turku-uinti", "espoo-kulttuuri"), key(ESPOO_KEY));
        Answer turkuMovesItsServiceToEspoo = write("update", record("service", "turku-uinti", "espoo-kulttuuri"), key(TURKU_KEY));
        Answer espooPushesTurkus = push("service", "turku-uinti", basic("espoo-drupal"));
        Answer orphan = write("put", record("organization", "vantaa", "vantaa"), key(TURKU_KEY));

        for (Answer refused : List.of(espooWritesTurkus, espooUpdatesTurkus, turkuMovesItsServiceToEspoo, espooPushesTurkus, orphan)) {
            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(403);
            assertThat(refused.body().path("error").asText()).isEqualTo("forbidden-organization");
        }
        assertThat(espooWritesTurkus.body().path("message").asText()).contains("turku-liikuntapalvelut").contains("espoo");
        assertThat(ptv.items().creates()).isZero();
        assertThat(application.log().find(new fi.ptvintegration.routes.store.IntegrationLogQuery(null, null,
                "refused-forbidden-organization", null, null, null, 100))).hasSize(5).allSatisfy(entry -> {
                    assertThat(entry.httpStatus()).isEqualTo(403);
                    assertThat(entry.error()).contains("not one of tenant");
                });
    }

    @Test
    void aTenantsAdminSeesAndActsOnItsOwnDeliveriesOnly() throws Exception {
        write("put", record("organization", "turku-liikuntapalvelut", "turku-liikuntapalvelut"), key(TURKU_KEY));
        write("put", record("organization", "espoo-kulttuuri", "espoo-kulttuuri"), key(ESPOO_KEY));
        long turkus = application.deliveries().enqueue(fi.ptvintegration.pat.model.RecordKind.ORGANIZATION, "turku-liikuntapalvelut",
                "CREATE", "c1");
        long espoos = application.deliveries().enqueue(fi.ptvintegration.pat.model.RecordKind.ORGANIZATION, "espoo-kulttuuri", "CREATE",
                "c2");
        for (long id : List.of(turkus, espoos)) {
            application.deliveries().failed(application.deliveries().claim(id, Duration.ofMinutes(1)).orElseThrow(), 503,
                    "PTV answered 503", "PTV 503", false);
        }

        Answer turkuSees = ops("deliveries", Map.of(), "turku-admin");
        Answer everything = ops("deliveries", Map.of(), "ops");
        Answer foreign = ops("replayDelivery", Map.of("id", String.valueOf(espoos)), "turku-admin");
        Answer group = ops("replayGroup", Map.of("signature", "PTV 503"), "turku-admin");

        assertThat(turkuSees.body().path("items").findValuesAsText("code")).containsExactly("turku-liikuntapalvelut");
        assertThat(everything.body().path("count").asInt()).isEqualTo(2);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(group.body().path("deliveries").asInt()).as("Turku's admin replays Turku's part of the group").isEqualTo(1);
        assertThat(application.deliveries().find(espoos).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(ops("log", Map.of(), "turku-admin").body().path("entries").findValuesAsText("code"))
                .allMatch(code -> code.startsWith("turku"));
    }

    @Test
    void aRotatedKeyStopsWorkingAndANewTenantWorksWithoutARestart() throws Exception {
        String turkusOrganisation = record("organization", "turku-liikuntapalvelut", "turku-liikuntapalvelut");
        assertThat(write("put", turkusOrganisation, key(TURKU_KEY)).status()).isEqualTo(201);

        directory.replace(List.of(turku(List.of(TURKU_NEXT_KEY)), espoo()));

        assertThat(write("put", turkusOrganisation, key(TURKU_KEY)).status()).as("the retired key").isEqualTo(401);
        assertThat(write("put", turkusOrganisation, key(TURKU_NEXT_KEY)).status()).as("the new key").isEqualTo(200);
        IntegrationLogEntry refused = application.log().find(new fi.ptvintegration.routes.store.IntegrationLogQuery(null, null,
                "refused-unauthorized", null, null, null, 10)).get(0);
        assertThat(refused.toString()).doesNotContain(TURKU_KEY);
    }
}
