package fi.ptvintegration.ptv.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PtvClientSettingsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void acceptsPtvsTestEnvironmentAndDropsATrailingSlash() {
        PtvClientSettings settings =
                new PtvClientSettings("https://api.palvelutietovaranto.trn.suomi.fi/", "v11", SECOND, SECOND);

        assertThat(settings.baseUrl()).isEqualTo("https://api.palvelutietovaranto.trn.suomi.fi");
        assertThat(settings.apiVersion()).isEqualTo("v11");
    }

    @Test
    void refusesAUrlWithoutScheme() {
        assertThatThrownBy(() -> new PtvClientSettings("api.palvelutietovaranto.suomi.fi", "v11", SECOND, SECOND))
                .hasMessageContaining("absolute http or https URL");
    }

    @Test
    void refusesAUrlThatAlreadyNamesTheApiVersion() {
        assertThatThrownBy(() -> new PtvClientSettings("https://api.palvelutietovaranto.suomi.fi/api/v11", "v11", SECOND, SECOND))
                .hasMessageContaining("must not contain /api/vNN");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutEchoingThem() {
        assertThatThrownBy(() -> new PtvClientSettings("https://user:pa55word@ptv.example", "v11", SECOND, SECOND))
                .hasMessageNotContaining("pa55word");
    }

    @Test
    void refusesAnUnparsableUrlWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> new PtvClientSettings("https://user:pa55word@ptv example", "v11", SECOND, SECOND))
                .hasMessageContaining("is not a URL")
                .hasMessageNotContaining("pa55word")
                .hasNoCause();
    }

    @Test
    void refusesANonHttpSchemeWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> new PtvClientSettings("ftp://user:pa55word@ptv.example", "v11", SECOND, SECOND))
                .hasMessageContaining("absolute http or https URL")
                .hasMessageContaining("ftp://***@ptv.example")
                .hasMessageNotContaining("pa55word");
    }

    @Test
    void refusesAUrlWithAQueryThatTheApiPathsWouldLandBehind() {
        assertThatThrownBy(() -> new PtvClientSettings("https://ptv.example?env=trn", "v11", SECOND, SECOND))
                .hasMessageContaining("must not have a query or fragment");
    }

    @Test
    void refusesAVersionThatIsNotVNumber() {
        assertThatThrownBy(() -> new PtvClientSettings("http://localhost:8282", "11", SECOND, SECOND))
                .hasMessageContaining("must look like v11");
    }

    @Test
    void refusesZeroTimeouts() {
        assertThatThrownBy(() -> new PtvClientSettings("http://localhost:8282", "v11", Duration.ZERO, SECOND))
                .hasMessageContaining("connect timeout");
        assertThatThrownBy(() -> new PtvClientSettings("http://localhost:8282", "v11", SECOND, Duration.ZERO))
                .hasMessageContaining("request timeout");
    }
}
