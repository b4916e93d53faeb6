package fi.ptvintegration.routes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** With {@code metrics.access = anonymous} a scraper without credentials gets the figures. */
class MetricsAnonymousAccessTest extends ApplicationTestSupport {

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Metrics(true));
    }

    @Test
    void givenAnonymousAccessWhenScrapedWithoutCredentialsThenTheFiguresAreAnswered() {
        Response response = template.requestBodyAndHeaders("direct:" + MetricsRouteBuilder.ROUTE_ID, null,
                Map.of("Authorization", "Basic d3Jvbmc6d3Jvbmc="), Response.class);

        assertThat(response.getStatus()).as("credentials sent anyway are ignored, not checked").isEqualTo(200);
        assertThat(new String((byte[]) response.getEntity(), StandardCharsets.UTF_8)).contains("ptv_integration_build_info{");
    }

    @Test
    void givenAnUnknownAccessWordWhenConfiguredThenItIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApplicationSettings.Metrics.of("everyone"))
                .hasMessageContaining("viewer or anonymous");
    }
}
