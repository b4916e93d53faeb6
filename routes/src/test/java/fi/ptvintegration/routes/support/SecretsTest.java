package fi.ptvintegration.routes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void givenADriversMessageWithAPasswordWhenRedactedThenThePasswordIsGoneAndTheRestStays() {
        String message = "FATAL: password authentication failed for user \"ptv\" (url jdbc:postgresql://db:5432/ptv?user=ptv&password=s3cret)";

        String redacted = Secrets.redactText(message);

        assertThat(redacted).doesNotContain("s3cret").contains("password=***").contains("password authentication failed for user");
    }

    @Test
    void givenAuthorizationValuesWhenRedactedThenNeitherSchemeValueNorTokenRemains() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwdHYiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLXBhcnQ";

        assertThat(Secrets.redactText("Authorization: Bearer " + jwt)).isEqualTo("Authorization: ***");
        assertThat(Secrets.redactText("sent Basic YWRtaW46aHVudGVyMg== to PTV")).isEqualTo("sent Basic *** to PTV");
        assertThat(Secrets.redactText("token " + jwt + " expired")).isEqualTo("token *** expired");
        assertThat(Secrets.redactText("apiKey=abc123, next")).isEqualTo("apiKey=***, next");
    }

    @Test
    void givenJsonWithSecretPropertiesWhenRedactedThenOnlyTheirValuesAreReplaced() {
        String json = "{\"username\":\"turku\",\"password\":\"hunter2\",\"ptvToken\":\"abc.def.ghi\",\"name\":\"Turku\"}";

        assertThat(Secrets.redactText(json))
                .isEqualTo("{\"username\":\"turku\",\"password\":\"***\",\"ptvToken\":\"***\",\"name\":\"Turku\"}");
    }

    @Test
    void givenAUrlWithCredentialsWhenRedactedThenThePasswordPartIsGone() {
        assertThat(Secrets.redactText("Connection to https://api-user:pa55@ptv.example/api refused"))
                .isEqualTo("Connection to https://api-user:***@ptv.example/api refused");
    }

    @Test
    void givenTextWithoutSecretsWhenRedactedThenItIsUnchanged() {
        String message = "Value too long for column \"PUBLISHING_STATUS CHARACTER VARYING(20)\": \"'PublishedAndMore' (17)\"";

        assertThat(Secrets.redactText(message)).isEqualTo(message);
        assertThat(Secrets.redactText(null)).isNull();
    }

    /**
     * Bodies the integration log keeps (cut at 64K characters) come from anyone: a long secret value, one
     * made of escapes, a word of hyphens. The timeout guards against a hang, it measures nothing: the
     * former patterns overflowed the stack on the first two and needed over a minute for the last.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void givenHostileBodiesOf64KCharactersWhenRedactedThenRedactionEndsAndTheSecretIsGone() {
        String longSecret = "{\"password\":\"" + "d".repeat(65_536) + "\",\"name\":\"Turku\"}";
        String escapes = "{\"apiKey\":\"" + "\\\"".repeat(30_000) + "\",\"name\":\"Turku\"}";
        String hyphens = "a-".repeat(32_768) + " token=abc123";

        assertThat(Secrets.redactText(longSecret)).isEqualTo("{\"password\":\"***\",\"name\":\"Turku\"}");
        assertThat(Secrets.redactText(escapes)).isEqualTo("{\"apiKey\":\"***\",\"name\":\"Turku\"}");
        assertThat(Secrets.redactText(hyphens)).endsWith(" token=***").startsWith("a-a-a-");
    }

    /**
     * The patterns of named secrets run only on a text that names one; the look for those words must
     * find them in any letter case, and an ordinary body (web pages, e-mail addresses) comes back as it was.
     */
    @Test
    void givenSecretsInAnyCaseWhenLookedForThenEachIsFoundAndAnOrdinaryBodyIsSkipped() {
        for (String secret : List.of("PASSWORD=hunter22", "Passwd: hunter22", "pwd=hunter22", "{\"clientSecret\":\"s3\"}",
                "{\"Token\":\"abc\"}", "X-API-KEY: k3y", "api_key=k3y", "ApiKey=k3y", "AUTHORIZATION: Bearer abcdef",
                "basic YWxhZGRpbjpvcGVu", "Credentials=x1")) {
            assertThat(Secrets.namesSecrets(secret)).as(secret).isTrue();
            assertThat(Secrets.redactText(secret)).as(secret).contains("***");
        }
        assertThat(Secrets.redactText("jdbc:postgresql://ptv:hunter22@db/ptv")).isEqualTo("jdbc:postgresql://ptv:***@db/ptv");
        assertThat(Secrets.redactText("a JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln here")).isEqualTo("a JWT *** here");
        String body = "{\"kind\":\"organization\",\"code\":\"turku-liikuntapalvelut\",\"names\":{\"fi\":\"Turku\"},"
                + "\"webPages\":[{\"url\":\"https://www.turku.fi/liikunta\"}],\"emails\":[{\"address\":\"liikunta@turku.fi\"}]}";
        assertThat(Secrets.namesSecrets(body)).isFalse();
        assertThat(Secrets.redactText(body)).isSameAs(body);
    }
}
