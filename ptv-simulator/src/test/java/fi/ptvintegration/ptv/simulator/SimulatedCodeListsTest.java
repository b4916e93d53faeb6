package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedCodeListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PtvSimulator ptv;

    @BeforeAll
    static void start() {
        ptv = PtvSimulator.start(0, true);
    }

    @AfterAll
    static void stop() {
        ptv.close();
    }

    private record Answer(int status, JsonNode body) {}

    private static Answer call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    @Test
    void v12PostalCodesArePagedAndEveryPageTogetherHoldsEachCodeOnce() throws Exception {
        Answer first = call("GET", "/api/v12/postal-codes?page=1&pageSize=100", null);

        assertThat(first.status()).as("no token needed: code lists are public").isEqualTo(200);
        int totalPages = first.body().path("totalPages").asInt();
        int totalItems = first.body().path("totalItems").asInt();
        assertThat(totalItems).isEqualTo(3779);
        assertThat(totalPages).isEqualTo(38);
        Set<String> codes = new HashSet<>();
        for (int page = 1; page <= totalPages; page++) {
            call("GET", "/api/v12/postal-codes?page=" + page + "&pageSize=100", null).body().path("items")
                    .forEach(item -> codes.add(item.path("code").asText()));
        }
        assertThat(codes).hasSize(3779).contains("20100", "00100");
    }

    @Test
    void v12ServiceClassesCarryCodeUriParentValidityAndNamesInThreeLanguages() throws Exception {
        Answer answer = call("GET", "/api/v12/service-classes?codes=P27.1", null);

        JsonNode sports = answer.body().path("items").get(0);
        assertThat(sports.path("uri").asText()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1");
        assertThat(sports.path("parentUri").asText()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27");
        assertThat(sports.path("isValid").asBoolean()).isTrue();
        assertThat(sports.path("name").path("fi").asText()).isEqualTo("Liikunta ja urheilu");
        assertThat(sports.path("name").has("sv")).isTrue();
        assertThat(sports.path("name").has("en")).isTrue();
    }

    @Test
    void v12NameSearchIsAccentInsensitiveAndOntologyTermsHaveSeveralParents() throws Exception {
        Answer answer = call("GET", "/api/v12/ontology-terms?name=UIMAH", null);

        assertThat(answer.body().path("items").findValuesAsText("uri")).contains("http://www.yso.fi/onto/koko/p11070");
        JsonNode term = answer.body().path("items").get(0);
        assertThat(term.path("parentUris").size()).isGreaterThan(1);
    }

    @Test
    void aPagePastTheEndIsEmptyAndAPageSizeOver100IsAProblem() throws Exception {
        assertThat(call("GET", "/api/v12/target-groups?page=50", null).body().path("items").size()).isZero();

        Answer tooLarge = call("GET", "/api/v12/target-groups?pageSize=101", null);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().path("errors").get(0).path("path").asText()).isEqualTo("pageSize");
    }

    @Test
    void v11ListsComeInV11Shapes() throws Exception {
        Answer municipalities = call("GET", "/api/v11/CodeList/GetMunicipalityCodes", null);
        Answer postal = call("GET", "/api/v11/CodeList/GetPostalCodes?page=4", null);
        Answer regions = call("GET", "/api/v11/CodeList/GetAreaCodes/type/Region", null);
        Answer wrongType = call("GET", "/api/v11/CodeList/GetAreaCodes/type/Galaxy", null);

        assertThat(municipalities.body().isArray()).isTrue();
        assertThat(municipalities.body().size()).isEqualTo(309);
        assertThat(municipalities.body().get(0).path("names").findValuesAsText("language")).contains("fi", "sv", "en");
        assertThat(postal.body().path("pageCount").asInt()).isEqualTo(4);
        assertThat(postal.body().path("itemList").size()).isEqualTo(779);
        assertThat(regions.body().findValuesAsText("code")).containsExactly("15");
        assertThat(wrongType.status()).isEqualTo(400);
    }

    @Test
    void aListCanBeReplacedForTestsAndBenchmarks() throws Exception {
        Answer replaced = call("PUT", "/simulator/codelists/industrial-classes",
                "[{\"code\":\"01\",\"uri\":\"http://www.stat.fi/meta/luokitukset/toimiala/001-2008/01\",\"parentUri\":null,"
                        + "\"isValid\":true,\"name\":{\"fi\":\"Kasvinviljely ja kotieläintalous\"}}]");
        Answer refused = call("PUT", "/simulator/codelists/galaxies", "[]");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(call("GET", "/api/v12/industrial-classes", null).body().path("totalItems").asInt()).isEqualTo(1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asText()).contains("ontology-terms");
    }

    @Test
    void aFaultScriptedForEveryCallLeavesCodeListsAloneAndOneNamingTheirPathHitsThem() throws Exception {
        ptv.faults().add(ScriptedFaults.Fault.status(503, 1));
        try {
            assertThat(call("GET", "/api/v12/language-codes", null).status()).isEqualTo(200);
            assertThat(ptv.faults().pending()).hasSize(1);
        } finally {
            ptv.faults().clear();
        }
        ptv.faults().add(ScriptedFaults.Fault.status(503, 1).onPathsContaining("/api/v12/language-codes"));

        assertThat(call("GET", "/api/v12/language-codes", null).status()).isEqualTo(503);
        assertThat(call("GET", "/api/v12/language-codes", null).status()).isEqualTo(200);
    }
}
