package fi.ptvintegration.routes.health;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.routes.codelists.CodeListsStatus;
import java.util.Map;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class CodeListsHealthCheckTest {

    private static HealthCheck.Result call(CodeListsStatus status) {
        CodeListsHealthCheck check = new CodeListsHealthCheck(() -> status);
        check.setCamelContext(new DefaultCamelContext());
        return check.call();
    }

    @Test
    void givenAFailingRefreshWhenCheckedThenTheCheckIsDownNamingTheListAndOnlyDegradesTheNode() {
        HealthCheck.Result result = call(new CodeListsStatus(CodeListsStatus.FAILING, "2026-11-28T08:00:00Z", "2026-11-28T09:00:00Z",
                Map.of("ontology-terms", 120), Map.of("ontology-terms", "PTV answered 503")));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("ontology-terms").contains("503"));
        assertThat(new CodeListsHealthCheck(() -> null).impact()).isEqualTo(ApplicationHealthCheck.Impact.DEGRADED);
    }

    @Test
    void givenListsRefreshedWhenCheckedThenTheCheckIsUp() {
        HealthCheck.Result result = call(new CodeListsStatus(CodeListsStatus.OK, "2026-11-28T08:00:00Z", "2026-11-28T08:00:00Z",
                Map.of("postal-codes", 3779), Map.of()));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("lists", 1);
    }
}
