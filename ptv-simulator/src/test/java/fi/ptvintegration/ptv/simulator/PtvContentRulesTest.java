package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated PTV refuses what PTV refuses in real content, over HTTP as the middleware meets it. */
class PtvContentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORGANIZATION = """
            {"sourceId":"vaasa","organizationType":"Municipality","publishingStatus":"Published","municipality":"905",
             "areaType":"LimitedType","subAreaType":"Municipality","areas":["905"],
             "organizationNames":[{"language":"fi","type":"Name","value":"Vaasan kaupunki"}],
             "organizationDescriptions":[{"language":"fi","type":"Summary","value":"Kaupunki"}],
             "displayNameType":[{"language":"fi","type":"Name"}],
             "phoneNumbers":[{"language":"fi","prefixNumber":"+358","number":"63251111","isFinnishServiceNumber":false}],
             "addresses":[{"type":"Visiting","subType":"Street","streetAddress":{"postalCode":"65100",
               "street":[{"language":"fi","value":"Vaasanpuistikko"}],"latitude":"7007482.053","longitude":"228184.6"}}]}""";
    private static final String SERVICE = """
            {"sourceId":"uimahalli","publishingStatus":"Published","type":"Service","fundingType":"PubliclyFunded",
             "languages":["fi","sv","en"],"areaType":"LimitedType","areas":[{"type":"Municipality","areaCodes":["905"]}],
             "serviceNames":[{"language":"fi","type":"Name","value":"Uimahalli"},{"language":"sv","type":"Name","value":"Simhall"}],
             "serviceDescriptions":[{"language":"fi","type":"Summary","value":"Uinti"},{"language":"sv","type":"Summary","value":"Simning"},
               {"language":"fi","type":"Description","value":"Uimahalli"}],
             "serviceClasses":["http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1"],
             "targetGroups":["http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1"],
             "serviceProducers":[{"provisionType":"SelfProducedServices","organizations":[]}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private PtvSimulator ptv;
    private String organizationId;

    @BeforeEach
    void start() throws Exception {
        ptv = PtvSimulator.start(0, false);
        Answer organization = call("POST", "/api/v11/Organization", ORGANIZATION);
        assertThat(organization.status()).as("%s", organization.body()).isEqualTo(200);
        organizationId = organization.body().path("id").asText();
    }

    @AfterEach
    void stop() {
        ptv.close();
    }

    private record Answer(int status, JsonNode body) {}

    private Answer call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private ObjectNode service() throws Exception {
        ObjectNode service = (ObjectNode) JSON.readTree(SERVICE);
        service.put("mainResponsibleOrganization", organizationId);
        return service;
    }

    private ObjectNode organization() throws Exception {
        return (ObjectNode) JSON.readTree(ORGANIZATION);
    }

    @Test
    void givenServiceLanguagesBeyondTheLanguagesOfItsTextsWhenCreatedThenPtvTakesItAsRealItemsShow() throws Exception {
        Answer created = call("POST", "/api/v11/Service", service().toString());

        assertThat(created.status()).as("%s", created.body()).isEqualTo(200);
    }

    @Test
    void givenADeclaredContentLanguageWithoutASummaryWhenCreatedThenItIsRefused() throws Exception {
        ObjectNode service = service();
        service.withArray("serviceNames").addObject().put("language", "en").put("type", "Name").put("value", "Swimming hall");

        Answer refused = call("POST", "/api/v11/Service", service.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("ServiceDescriptions").get(0).asText()).contains("'Summary' was not found for language 'en'");
    }

    @Test
    void givenWgs84DegreesWhereEtrsTm35FinMetresBelongWhenCreatedThenTheCoordinatesAreOutsideFinland() throws Exception {
        ObjectNode organization = organization();
        organization.put("sourceId", "vaasa-degrees");
        ((ObjectNode) organization.at("/addresses/0/streetAddress")).put("latitude", "63.096").put("longitude", "21.6158");

        Answer refused = call("POST", "/api/v11/Organization", organization.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("Addresses[0].StreetAddress").get(0).asText()).contains("outside Finland");
    }

    @Test
    void givenAPhoneTypeWherePtvHasNoneWhenCreatedThenItIsRefused() throws Exception {
        ObjectNode organization = organization();
        organization.put("sourceId", "vaasa-typed");
        ((ObjectNode) organization.at("/phoneNumbers/0")).put("type", "Phone");

        Answer refused = call("POST", "/api/v11/Organization", organization.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("PhoneNumbers[0].Type").get(0).asText()).contains("'type'");
    }

    @Test
    void givenAPhoneChannelNumberWithoutATypeWhenCreatedThenTheTypeIsRequired() throws Exception {
        String channel = """
                {"sourceId":"neuvonta","publishingStatus":"Published","organizationId":"%s","languages":["fi"],
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Neuvonta"}],
                 "phoneNumbers":[{"language":"fi","prefixNumber":"+358","number":"63251111"}],
                 "supportPhones":[{"language":"fi","type":"Fax","prefixNumber":"+358","number":"63251112"}]}""".formatted(organizationId);

        Answer refused = call("POST", "/api/v11/ServiceChannel/Phone", channel);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("PhoneNumbers[0].Type").get(0).asText()).contains("required");
        assertThat(refused.body().has("SupportPhones[0].Type")).isTrue();
    }

    @Test
    void givenAnIndustrialClassAsABareCodeWhenCreatedThenPtvFailsInside() throws Exception {
        ObjectNode service = service();
        service.set("industrialClasses", JSON.createArrayNode().add("93110"));

        assertThat(call("POST", "/api/v11/Service", service.toString()).status()).isEqualTo(500);
    }

    @Test
    void givenAnIndustrialClassWithoutTargetGroupKr2AndASubgroupWhenCreatedThenItIsRefused() throws Exception {
        ObjectNode service = service();
        service.set("industrialClasses", JSON.createArrayNode().add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110"));

        Answer refused = call("POST", "/api/v11/Service", service.toString());
        service.withArray("targetGroups").add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2")
                .add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2.3");
        Answer taken = call("POST", "/api/v11/Service", service.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().has("IndustrialClasses")).isTrue();
        assertThat(taken.status()).as("%s", taken.body()).isEqualTo(200);
    }

    @Test
    void givenOnlyMainServiceClassesWhenCreatedThenASubclassIsAskedFor() throws Exception {
        ObjectNode service = service();
        service.set("serviceClasses", JSON.createArrayNode().add("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27"));

        Answer refused = call("POST", "/api/v11/Service", service.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().has("ServiceClasses")).isTrue();
    }

    @Test
    void givenAServiceWiderThanItsOrganisationWhenCreatedThenNationwideIsTooWide() throws Exception {
        ObjectNode nationwide = service().put("areaType", "Nationwide");
        nationwide.remove("areas");
        ObjectNode elsewhere = service().put("sourceId", "uimahalli-turku");
        elsewhere.set("areas", JSON.readTree("[{\"type\":\"Municipality\",\"areaCodes\":[\"853\"]}]"));

        Answer tooWide = call("POST", "/api/v11/Service", nationwide.toString());
        Answer outside = call("POST", "/api/v11/Service", elsewhere.toString());

        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooWide.body().path("AreaType").get(0).asText()).contains("too wide");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body().path("Areas").get(0).asText()).contains("853");
    }

    @Test
    void givenAPublishedItemWhenUpdatedToDraftThenItIsRefused() throws Exception {
        Answer draft = call("PUT", "/api/v11/Organization/" + organizationId, organization().put("publishingStatus", "Draft").toString());

        assertThat(draft.status()).isEqualTo(400);
        assertThat(draft.body().path("PublishingStatus").get(0).asText()).contains("Draft");
    }

    @Test
    void givenAConnectionWithContactDetailsWhenReplacedThenATypedContactPhoneIsRefusedAndChargeTypeOtherTaken() throws Exception {
        String serviceId = call("POST", "/api/v11/Service", service().toString()).body().path("id").asText();
        String channel = """
                {"sourceId":"kanava","publishingStatus":"Published","organizationId":"%s","languages":["fi"],
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Neuvonta"}],
                 "phoneNumbers":[{"language":"fi","type":"Phone","prefixNumber":"+358","number":"63251111"}]}""".formatted(organizationId);
        String channelId = call("POST", "/api/v11/ServiceChannel/Phone", channel).body().path("id").asText();
        String connection = """
                {"channelRelations":[{"serviceChannelId":"%s","serviceChargeType":"Other",
                  "contactDetails":{"phoneNumbers":[{"language":"fi","type":"Sms","prefixNumber":"+358","number":"401234567"}],
                    "emails":[{"language":"fi","value":"kassa@vaasa.fi"}]}}]}""".formatted(channelId);

        Answer refused = call("PUT", "/api/v11/Connection/serviceId/" + serviceId, connection);
        Answer taken = call("PUT", "/api/v11/Connection/serviceId/" + serviceId, connection.replace("\"type\":\"Sms\",", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().has("ChannelRelations[0].ContactDetails.PhoneNumbers[0].Type")).isTrue();
        assertThat(taken.status()).as("%s", taken.body()).isEqualTo(200);
        assertThat(taken.body().at("/serviceChannels/0/contactDetails/emails/0/value").asText()).isEqualTo("kassa@vaasa.fi");
    }

    @Test
    void givenServiceHoursInV7TermsWhenCreatedThenTheTypeIsRefused() throws Exception {
        ObjectNode service = service();
        service.set("serviceHours", JSON.readTree("[{\"serviceHourType\":\"Standard\",\"openingHour\":[{\"from\":\"8:00\",\"to\":\"16:00\"}]}]"));
        String channel = """
                {"sourceId":"paikka","publishingStatus":"Published","organizationId":"%s","languages":["fi"],
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Neuvonta"}],
                 "phoneNumbers":[{"language":"fi","type":"Phone","prefixNumber":"+358","number":"63251111"}],
                 "serviceHours":[{"serviceHourType":"Standard","openingHour":[{"from":"8:00","to":"16:00"}]}]}""".formatted(organizationId);

        Answer refused = call("POST", "/api/v11/ServiceChannel/Phone", channel);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().has("ServiceHours[0].ServiceHourType")).isTrue();
        assertThat(refused.body().has("ServiceHours[0].OpeningHour[0].From")).isTrue();
    }
}
