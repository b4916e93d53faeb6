package fi.ptvintegration.ptv.codelists;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PtvCodeListReaderTest {

    private static PtvSimulator ptv;

    @BeforeAll
    static void start() {
        ptv = PtvSimulator.start(0, true);
    }

    @AfterAll
    static void stop() {
        ptv.close();
    }

    @AfterEach
    void clearFaults() {
        ptv.faults().clear();
    }

    private static PtvCodeListReader v12(String key) {
        return new PtvCodeListReader(new PtvCodeListSource(URI.create(ptv.baseUrl()), key, URI.create(ptv.baseUrl()), "v11",
                Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    private static PtvCodeListReader v11Only() {
        return new PtvCodeListReader(new PtvCodeListSource(null, null, URI.create(ptv.baseUrl() + "/"), "v11",
                Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    @Test
    void givenV12_whenThePostalCodesAreRead_thenEveryPageIsFetchedAndEveryCodeArrivesOnce() throws Exception {
        long pagesBefore = ptv.codeListPagesServed();

        PtvCodeListReader.Read read = v12(null).read(PtvCodeList.POSTAL_CODES);

        assertThat(read.api()).isEqualTo("v12");
        assertThat(read.pages()).isEqualTo(38);
        assertThat(ptv.codeListPagesServed() - pagesBefore).isEqualTo(38);
        assertThat(read.entries()).hasSize(3779);
        assertThat(read.entries()).extracting(CodeListEntry::code).doesNotHaveDuplicates().contains("20100", "99999");
    }

    @Test
    void givenV12_whenTheOntologyTermsAreRead_thenTheyComeWithUrisParentsAndNames() throws Exception {
        PtvCodeListReader.Read read = v12(null).read(PtvCodeList.ONTOLOGY_TERMS);

        assertThat(read.entries()).hasSize(ptv.codeListSize("ontology-terms"));
        CodeListEntry swimmingHalls = read.entries().stream()
                .filter(e -> e.id().equals("http://www.yso.fi/onto/koko/p11070")).findFirst().orElseThrow();
        assertThat(swimmingHalls.names()).containsEntry("fi", "uimahallit").containsEntry("sv", "simhallar");
        assertThat(swimmingHalls.parents()).hasSizeGreaterThan(1);
    }

    @Test
    void givenOnlyV11_whenItsListsAreRead_thenPostalCodesArePagedAndClassificationsAreNotOffered() throws Exception {
        PtvCodeListReader reader = v11Only();

        PtvCodeListReader.Read postal = reader.read(PtvCodeList.POSTAL_CODES);
        PtvCodeListReader.Read municipalities = reader.read(PtvCodeList.MUNICIPALITIES);

        assertThat(postal.api()).isEqualTo("v11");
        assertThat(postal.pages()).isEqualTo(4);
        assertThat(postal.entries()).hasSize(3779);
        assertThat(municipalities.entries()).hasSize(309);
        assertThat(reader.offers(PtvCodeList.ONTOLOGY_TERMS)).isFalse();
        assertThat(reader.offers(PtvCodeList.REGIONS)).isTrue();
        assertThatThrownBy(() -> reader.read(PtvCodeList.ONTOLOGY_TERMS))
                .isInstanceOf(PtvCodeListException.class).hasMessageContaining("v12 code-list base URL");
    }

    @Test
    void givenPtvFailsOnTheThirdPage_whenRead_thenNoPartialListIsReturned() {
        ptv.faults().add(new ScriptedFaults.Fault(ScriptedFaults.Kind.STATUS, 503, null, 0,
                "/api/v12/postal-codes?page=3&", 1, null));

        assertThatThrownBy(() -> v12(null).read(PtvCodeList.POSTAL_CODES))
                .isInstanceOf(PtvCodeListException.class)
                .hasMessageContaining("PTV answered 503 to GET /api/v12/postal-codes?page=3&pageSize=100");
    }

    @Test
    void givenAnApiKey_whenAListIsRead_thenTheKeyGoesInXApiKeyAndNeverIntoAMessage() throws Exception {
        WireMockServer gateway = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        gateway.start();
        try {
            gateway.stubFor(get(urlPathEqualTo("/api/v12/target-groups")).willReturn(aResponse().withStatus(403)
                    .withBody("{\"message\":\"Forbidden\"}")));
            PtvCodeListReader reader = new PtvCodeListReader(new PtvCodeListSource(URI.create(gateway.baseUrl()), "secret-key-123",
                    null, "v11", Duration.ofSeconds(2), Duration.ofSeconds(5)));

            assertThatThrownBy(() -> reader.read(PtvCodeList.TARGET_GROUPS))
                    .isInstanceOf(PtvCodeListException.class)
                    .hasMessageContaining("PTV answered 403")
                    .hasMessageNotContaining("secret-key-123");
            gateway.verify(getRequestedFor(urlPathEqualTo("/api/v12/target-groups")).withHeader("x-api-key", equalTo("secret-key-123")));
            assertThat(reader.toString()).doesNotContain("secret");
        } finally {
            gateway.stop();
        }
    }
}
