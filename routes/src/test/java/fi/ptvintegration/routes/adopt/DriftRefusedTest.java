package fi.ptvintegration.routes.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.ptv.DriftPolicy;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.Drift;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code drift.policy=refuse}: a push over edits made in PTV is refused naming them, until an admin accepts them. */
class DriftRefusedTest extends PtvSimulatorTestSupport {

    @Override
    DriftPolicy driftPolicy() {
        return DriftPolicy.REFUSE;
    }

    @Test
    void aPushOverAnEditMadeInPtvIsRefusedNamingItUntilAnAdminAcceptsIt() throws Exception {
        store("service", r -> {});
        String serviceId = push("service", "post", "turku-uimahallit").body().path("ptvId").asText();
        ptv.editTextInEditor(serviceId, "serviceNames", "Name", "en", "Swimming halls (edited in PTV)");

        Answer refused = push("service", "put", "turku-uimahallit");

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).isEqualTo("ptv-drift");
        assertThat(refused.body().path("message").asText()).contains("names").contains("/cxf/ops/drift/");
        assertThat(ptv.items().byId(serviceId).orElseThrow().body().toString()).contains("edited in PTV");
        Drift standing = application.drifts().standing(RecordKind.Namespace.SERVICE, "turku-uimahallit").orElseThrow();
        assertThat(standing.outcome()).isEqualTo(Drift.REFUSED);
        assertThat(application.deliveries().list(Delivery.FAILED, null, "turku-uimahallit", 10)).singleElement()
                .satisfies(d -> assertThat(d.failureSignature()).isEqualTo("PTV item edited since last push (drift)"));

        Answer accepted = ops("acceptDrift", Map.of("id", String.valueOf(standing.id())), null);
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
        assertThat(accepted.body().path("outcome").asText()).isEqualTo(Drift.ACCEPTED);

        Answer pushed = push("service", "put", "turku-uimahallit");
        assertThat(pushed.status()).as("%s", pushed.body()).isEqualTo(200);
        assertThat(ptv.items().byId(serviceId).orElseThrow().body().toString()).doesNotContain("edited in PTV");
        assertThat(application.log().find(new fi.ptvintegration.routes.store.IntegrationLogQuery(null, null, "drift-accepted", null,
                null, null, 10))).singleElement().satisfies(audit -> assertThat(audit.actor()).isEqualTo("rest:ops"));
    }
}
