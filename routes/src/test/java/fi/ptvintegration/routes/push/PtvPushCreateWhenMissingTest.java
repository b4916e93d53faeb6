package fi.ptvintegration.routes.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pushes with {@code create.when.missing} on: a put of something PTV lacks creates it instead of answering "use post". */
class PtvPushCreateWhenMissingTest extends PushTestSupport {

    @Override
    boolean createWhenMissing() {
        return true;
    }

    @Test
    void withCreateWhenMissingAPutOfSomethingPtvLacksCreatesIt() throws Exception {
        ptv.stubFor(put(urlPathEqualTo("/api/v11/Organization/sourceId/turku-turku-liikuntapalvelut")).willReturn(
                aResponse().withStatus(404).withBody("{\"errorMessage\":\"Entity not found.\"}")));
        ptvSaves("POST");

        Answer answer = push("putOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("created");
        assertThat(answer.body().path("ptvId").asText()).isEqualTo(ORG_ID);
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization")));
    }

}
