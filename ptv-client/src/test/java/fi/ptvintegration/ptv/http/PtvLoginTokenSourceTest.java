package fi.ptvintegration.ptv.http;

import fi.ptvintegration.ptv.port.PtvApiException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PtvLoginTokenSourceTest {

    static final String PASSWORD = "Pa55-word-not-for-logs";

    private WireMockServer ptv;
    private MutableClock clock;

    /** A JWT-shaped token whose payload carries {@code exp}; the signature is irrelevant here. */
    static String jwt(Instant expires, String marker) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + marker + "\",\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmF0dXJl";
    }

    @BeforeEach
    void start() {
        ptv = new WireMockServer(wireMockConfig().dynamicPort());
        ptv.start();
        clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        ptv.stop();
    }

    private PtvLoginTokenSource source(String organisation) {
        return new PtvLoginTokenSource(URI.create(ptv.baseUrl() + "/api/auth/api-login"),
                new PtvCredentials("turku-api", PASSWORD, organisation),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), clock);
    }

    private void loginAnswers(String field, String token) {
        ptv.stubFor(post("/api/auth/api-login").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"" + field + "\":\"" + token + "\"}")));
    }

    @Test
    void logsInWithAJsonBodyAndReadsPtvToken() throws Exception {
        String token = jwt(clock.instant().plus(Duration.ofHours(24)), "test");
        loginAnswers("ptvToken", token);

        assertThat(source("7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5").token()).isEqualTo(token);
        ptv.verify(postRequestedFor(urlEqualTo("/api/auth/api-login"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"username\":\"turku-api\",\"password\":\"" + PASSWORD
                        + "\",\"apiUserOrganisation\":\"7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5\"}")));
    }

    @Test
    void readsProductionsServiceTokenToo() throws Exception {
        String token = jwt(clock.instant().plus(Duration.ofHours(1)), "prod");
        loginAnswers("serviceToken", token);

        assertThat(source(null).token()).isEqualTo(token);
        ptv.verify(postRequestedFor(urlEqualTo("/api/auth/api-login"))
                .withRequestBody(equalToJson("{\"username\":\"turku-api\",\"password\":\"" + PASSWORD + "\"}")));
    }

    @Test
    void keepsTheTokenUntilShortlyBeforeItsExpiryThenRenews() throws Exception {
        loginAnswers("ptvToken", jwt(clock.instant().plus(Duration.ofHours(1)), "first"));
        PtvLoginTokenSource tokens = source(null);
        String first = tokens.token();

        clock.advance(Duration.ofMinutes(54));
        assertThat(tokens.token()).as("still 6 minutes left, renewal 5 minutes before").isEqualTo(first);
        assertThat(tokens.logins()).isEqualTo(1);

        loginAnswers("ptvToken", jwt(clock.instant().plus(Duration.ofHours(1)), "second"));
        clock.advance(Duration.ofMinutes(2));
        assertThat(tokens.token()).as("4 minutes left: renewed").isNotEqualTo(first);
        assertThat(tokens.logins()).isEqualTo(2);
    }

    @Test
    void aTokenWithoutExpIsKeptForTheFallbackLifetime() throws Exception {
        loginAnswers("ptvToken", "opaque-token");
        PtvLoginTokenSource tokens = source(null);
        tokens.token();

        clock.advance(Duration.ofMinutes(29));
        tokens.token();
        clock.advance(Duration.ofMinutes(2));
        tokens.token();

        assertThat(tokens.logins()).isEqualTo(2);
    }

    @Test
    void anInvalidatedTokenIsReplacedAtTheNextCall() throws Exception {
        loginAnswers("ptvToken", jwt(clock.instant().plus(Duration.ofHours(24)), "a"));
        PtvLoginTokenSource tokens = source(null);
        String first = tokens.token();

        tokens.invalidate("some-other-token");
        assertThat(tokens.token()).isEqualTo(first);
        tokens.invalidate(first);
        tokens.token();

        assertThat(tokens.logins()).isEqualTo(2);
    }

    @Test
    void aRefusedLoginNamesTheUserButNeverThePassword() {
        ptv.stubFor(post("/api/auth/api-login").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid credentials for turku-api / " + PASSWORD + "\"}")));

        assertThatThrownBy(() -> source(null).token())
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("turku-api").doesNotContain(PASSWORD);
                    assertThat(e.responseBody()).doesNotContain(PASSWORD);
                });
    }

    @Test
    void anAnswerWithoutATokenIsAClearFailure() {
        loginAnswers("token", "x");

        assertThatThrownBy(() -> source(null).token()).hasMessageContaining("neither ptvToken nor serviceToken");
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertThat(new PtvCredentials("u", PASSWORD, null).toString()).doesNotContain(PASSWORD);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
