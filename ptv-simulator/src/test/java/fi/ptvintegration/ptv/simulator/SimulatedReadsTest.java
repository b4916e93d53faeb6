package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.ptv.simulator.SimulatorHttp.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's read endpoints over HTTP, as PTV answers them: published and latest versions,
 * the organisation's ids and items page by page with PTV's envelope and date filters, who sees
 * sourceIds, and what a write made by this system looks like when read back.
 */
class SimulatedReadsTest {

    private static final String ORG = "0d1a3b5c-7e9f-4a2b-8c4d-6e8f0a2b4c6d";
    private static final String OTHER_ORG = "9d1a3b5c-7e9f-4a2b-8c4d-6e8f0a2b4c6d";

    private PtvSimulator ptv;
    private SimulatorHttp http;
    private final SimulatorHttp.MovableClock clock = new SimulatorHttp.MovableClock("2026-11-20T08:00:00Z");

    @AfterEach
    void stop() {
        if (ptv != null) {
            ptv.close();
        }
    }

    private void start(boolean requireToken) {
        ptv = PtvSimulator.start(0, requireToken, Duration.ofHours(1), clock);
        http = new SimulatorHttp(ptv);
    }

    @Test
    void givenPreloadedItemsWhenReadByIdThenThePublishedItemComesInPtvsShapeAndDraftsAndOtherTypesAre404() throws Exception {
        start(false);
        List<PreloadedItem> preloaded = ptv.preload(ORG, 2, true);
        PreloadedItem service = preloaded.get(1);
        PreloadedItem channel = preloaded.get(2);

        Answer read = http.get("/api/v11/Service/" + service.id(), null);
        Answer asChannel = http.get("/api/v11/ServiceChannel/" + service.id(), null);
        Answer channelRead = http.get("/api/v11/ServiceChannel/" + channel.id(), null);
        Answer unknown = http.get("/api/v11/Service/" + OTHER_ORG, null);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("id").asText()).isEqualTo(service.id());
        assertThat(read.body().path("sourceId").asText()).isEqualTo(service.sourceId()).isEqualTo("preloaded-1");
        assertThat(read.body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(read.body().path("modified").asText()).isEqualTo("2026-11-20T08:00:00.000000");
        assertThat(read.body().path("organizations").findValuesAsText("roleType")).contains("Responsible");
        assertThat(asChannel.status()).isEqualTo(404);
        assertThat(asChannel.body().path("errorMessage").asText()).isEqualTo("Service channel with id '" + service.id() + "' not found.");
        assertThat(channelRead.body().path("serviceChannelType").asText()).isEqualTo(channel.kind()).isEqualTo("EChannel");
        assertThat(channelRead.body().path("organizationId").asText()).isEqualTo(ORG);
        assertThat(unknown.body().path("errorMessage").asText()).isEqualTo("Service with id '" + OTHER_ORG + "' not found.");
    }

    @Test
    void givenTokensAreRequiredWhenReadWithoutOneThenPublicReadsComeWithoutSourceIdsAndActiveReadsAre401() throws Exception {
        start(true);
        PreloadedItem service = ptv.preload(ORG, 1, true).get(1);
        String token = http.login();

        Answer anonymous = http.get("/api/v11/Service/" + service.id(), null);
        Answer asAccount = http.get("/api/v11/Service/" + service.id(), token);
        Answer anonymousList = http.get("/api/v11/Service/list/organization?organizationId=" + ORG, null);
        Answer activeAnonymous = http.get("/api/v11/Service/active/" + service.id(), null);
        Answer activeForged = http.get("/api/v11/Service/active/" + service.id(), "forged");
        Answer activeAsAccount = http.get("/api/v11/Service/active/" + service.id(), token);

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().get("sourceId").isNull()).isTrue();
        assertThat(asAccount.body().path("sourceId").asText()).isEqualTo("preloaded-1");
        assertThat(anonymousList.body().path("itemList").get(0).get("sourceId").isNull()).isTrue();
        assertThat(activeAnonymous.status()).isEqualTo(401);
        assertThat(activeForged.status()).isEqualTo(401);
        assertThat(activeAsAccount.body().path("sourceId").asText()).isEqualTo("preloaded-1");
    }

    @Test
    void givenADraftWhenReadThenOnlyItsLatestVersionIsReadable() throws Exception {
        start(false);
        ptv.preload(ORG, 1, false);
        ObjectNode draft = (ObjectNode) SimulatorHttp.JSON.readTree("""
                {"serviceChannelType":"Phone","organizationId":"%s","publishingStatus":"Draft","languages":["fi"],
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}]}""".formatted(ORG));
        String id = ptv.hold(draft).id();

        assertThat(http.get("/api/v11/ServiceChannel/" + id, null).status()).isEqualTo(404);
        Answer latest = http.get("/api/v11/ServiceChannel/active/" + id, null);
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body().path("publishingStatus").asText()).isEqualTo("Draft");
        assertThat(latest.body().path("serviceChannelNames").get(0).path("type").asText()).as("PTV types every channel name").isEqualTo("Name");
    }

    @Test
    void givenMoreItemsThanAPageWhenIdsOfTheOrganisationArePagedThenEveryItemComesOnceInCreationOrder() throws Exception {
        start(false);
        List<PreloadedItem> preloaded = ptv.preload(ORG, 7, false);
        ptv.preload(OTHER_ORG, 3, false);
        ptv.setPageSizes(3, 2);

        List<String> seen = new ArrayList<>();
        List<Answer> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Answer answer = http.get("/api/v11/Common/EntitiesByOrganization/" + ORG + "?page=" + page, null);
            pages.add(answer);
            answer.body().path("itemList").forEach(item -> seen.add(item.path("id").asText()));
        }

        assertThat(seen).containsExactlyElementsOf(preloaded.subList(1, 8).stream().map(PreloadedItem::id).toList());
        assertThat(pages.get(0).body().path("pageNumber").asInt()).isEqualTo(1);
        assertThat(pages.get(0).body().path("pageSize").asInt()).isEqualTo(3);
        assertThat(pages.get(0).body().path("pageCount").asInt()).isEqualTo(3);
        assertThat(pages.get(2).body().path("itemList")).hasSize(1);
        assertThat(pages.get(3).body().path("pageNumber").asInt()).isEqualTo(4);
        assertThat(pages.get(3).body().get("itemList").isNull()).as("a page after the last has no list").isTrue();
        JsonNode first = pages.get(0).body().path("itemList").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Service");
        assertThat(first.path("created").asText()).isEqualTo("2026-11-20T08:00:00.000000");
        assertThat(pages.get(0).body().path("itemList").get(1).path("type").asText()).isEqualTo("EChannel");
    }

    @Test
    void givenItemsChangedAtDifferentTimesWhenIdsAreFilteredByDateAndDateBeforeThenOnlyThoseChangedStrictlyBetweenCome()
            throws Exception {
        start(false);
        List<PreloadedItem> preloaded = ptv.preload(ORG, 4, false);
        clock.advance(Duration.ofHours(1));
        ptv.editTextInEditor(preloaded.get(2).id(), "serviceChannelNames", "Name", "fi", "Uusi nimi");
        clock.advance(Duration.ofHours(1));
        ptv.editTextInEditor(preloaded.get(3).id(), "serviceChannelNames", "Name", "fi", "Toinen uusi nimi");

        Answer since = http.get("/api/v11/Common/EntitiesByOrganization/" + ORG + "?date=2026-11-20T08:00:00", null);
        Answer between = http.get("/api/v11/Common/EntitiesByOrganization/" + ORG
                + "?date=2026-11-20T08:00:00&dateBefore=2026-11-20T10:00:00", null);
        Answer malformed = http.get("/api/v11/Common/EntitiesByOrganization/" + ORG + "?date=2026-11-20", null);

        assertThat(since.body().path("itemList").findValuesAsText("id")).containsExactly(preloaded.get(2).id(), preloaded.get(3).id());
        assertThat(since.body().path("itemList").get(0).path("modified").asText()).isEqualTo("2026-11-20T09:00:00.000000");
        assertThat(between.body().path("itemList").findValuesAsText("id")).containsExactly(preloaded.get(2).id());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("date").get(0).asText()).isEqualTo("The date parameter is invalid.");
    }

    @Test
    void givenAnUnknownOrganisationWhenItsItemsAreListedThenPtvs404AndMissingParametersAre400() throws Exception {
        start(false);

        Answer ids = http.get("/api/v11/Common/EntitiesByOrganization/" + ORG, null);
        Answer list = http.get("/api/v11/ServiceChannel/list/organization?organizationId=" + ORG, null);
        Answer none = http.get("/api/v11/Service/list/organization?page=1", null);
        Answer negative = http.get("/api/v11/Service/list/organization?organizationId=" + ORG + "&page=-1", null);

        assertThat(ids.status()).isEqualTo(404);
        assertThat(ids.body().path("errorMessage").asText()).isEqualTo("Organization with id '" + ORG + "' not found.");
        assertThat(list.status()).isEqualTo(404);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().path("organizationId").get(0).asText()).contains("'organizationId', 'code' or 'oid' has to be set");
        assertThat(negative.body().path("page").get(0).asText()).isEqualTo("The page number cannot be negative value.");
    }

    @Test
    void givenServicesAndChannelsWhenListedByOrganisationThenEachListHasItsTypeWholeAndPaged() throws Exception {
        start(false);
        List<PreloadedItem> preloaded = ptv.preload(ORG, 12, false);
        ptv.setPageSizes(1000, 3);

        Answer services = http.get("/api/v11/Service/list/organization?organizationId=" + ORG + "&page=1", null);
        Answer channels = http.get("/api/v11/ServiceChannel/list/organization?organizationId=" + ORG + "&page=2", null);
        Answer byBusinessCode = http.get("/api/v11/Service/list/organization?code=0209602-6", null);

        assertThat(services.body().path("pageCount").asInt()).isEqualTo(1);
        List<String> serviceIds = new ArrayList<>();
        services.body().path("itemList").forEach(item -> serviceIds.add(item.path("id").asText()));
        assertThat(serviceIds).containsExactly(preloaded.get(1).id(), preloaded.get(7).id());
        assertThat(services.body().path("itemList").get(0).path("serviceNames").isArray()).isTrue();
        assertThat(channels.body().path("pageCount").asInt()).as("10 channels, 3 a page").isEqualTo(4);
        assertThat(channels.body().path("itemList")).hasSize(3);
        assertThat(channels.body().path("itemList").findValuesAsText("serviceChannelType")).containsExactly("PrintableForm", "WebPage", "EChannel");
        assertThat(byBusinessCode.body().path("itemList")).as("Vaasa's business code, of the preloaded organisation").hasSize(2);
    }

    @Test
    void givenItemsWrittenByThisSystemWhenReadThenTheyComeInPtvsReadShape() throws Exception {
        start(false);
        ptv.preload(ORG, 1, false);
        String service = http.call("POST", "/api/v11/Service", """
                {"sourceId":"s1","publishingStatus":"Published","languages":["fi"],"mainResponsibleOrganization":"%s",
                 "otherResponsibleOrganizations":["%s"],"fundingType":"PubliclyFunded",
                 "serviceProducers":[{"provisionType":"ProcuredServices","organizations":[],"additionalInformation":[{"language":"fi","value":"Uimahalli Oy"}]}],
                 "serviceNames":[{"language":"fi","type":"Name","value":"Uinti"}],
                 "serviceDescriptions":[{"language":"fi","type":"Summary","value":"Uintia"}]}""".formatted(ORG, OTHER_ORG), null)
                .body().path("id").asText();
        String channel = http.call("POST", "/api/v11/ServiceChannel/EChannel", """
                {"sourceId":"c1","publishingStatus":"Published","languages":["fi"],"organizationId":"%s",
                 "serviceChannelNames":[{"language":"fi","value":"Varaus"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Varaa"}],
                 "webPage":[{"language":"fi","value":"https://www.turku.fi/varaus"}],
                 "accessibilityClassification":[{"language":"fi","accessibilityClassificationLevel":"Unknown"}],
                 "serviceHours":[{"serviceHourType":"DaysOfTheWeek","openingHour":[{"dayFrom":"Monday","from":"08:00","to":"16:00"}]}]}"""
                .formatted(ORG), null).body().path("id").asText();

        JsonNode readService = http.get("/api/v11/Service/" + service, null).body();
        JsonNode readChannel = http.get("/api/v11/ServiceChannel/" + channel, null).body();

        assertThat(readService.has("mainResponsibleOrganization")).isFalse();
        assertThat(readService.path("organizations").findValuesAsText("roleType")).containsExactly("Responsible", "OtherResponsible", "Producer");
        assertThat(readService.path("organizations").get(0).path("organization").path("id").asText()).isEqualTo(ORG);
        assertThat(readService.path("organizations").get(2).path("additionalInformation").get(0).path("value").asText()).isEqualTo("Uimahalli Oy");
        assertThat(readService.path("modified").asText()).isEqualTo("2026-11-20T08:00:00.000000");
        assertThat(readChannel.has("webPage")).isFalse();
        assertThat(readChannel.path("webPages").get(0).path("url").asText()).isEqualTo("https://www.turku.fi/varaus");
        assertThat(readChannel.path("serviceHours").get(0).path("openingHour").get(0).path("from").asText()).isEqualTo("08:00:00");
        assertThat(ptv.items().byId(service).orElseThrow().body().path("mainResponsibleOrganization").asText())
                .as("the item is kept as it was sent").isEqualTo(ORG);
        Answer ids = http.get("/api/v11/Common/EntitiesByOrganization/" + OTHER_ORG, null);
        assertThat(ids.status()).as("the other responsible organisation is not held").isEqualTo(404);
        assertThat(http.get("/api/v11/Common/EntitiesByOrganization/" + ORG, null).body().path("itemList").findValuesAsText("id"))
                .contains(service, channel);
    }
}
