package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.ptv.simulator.SimulatorHttp.Answer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What happens in the simulated PTV outside this system's calls: items there before any push,
 * edits in PTV's editor (published, or left Modified and then published or discarded) and
 * archiving, through the Java methods and the admin endpoints, and how PTV's API then answers.
 */
class SimulatedEditorTest {

    private static final String ORG = "0d1a3b5c-7e9f-4a2b-8c4d-6e8f0a2b4c6d";
    private static final String MODIFIED_REFUSAL = "You cannot update entity with status Modified.";

    private final SimulatorHttp.MovableClock clock = new SimulatorHttp.MovableClock("2026-11-20T08:00:00Z");
    private PtvSimulator ptv;
    private SimulatorHttp http;

    @BeforeEach
    void start() {
        ptv = PtvSimulator.start(0, false, Duration.ofHours(1), clock);
        http = new SimulatorHttp(ptv);
    }

    @AfterEach
    void stop() {
        ptv.close();
    }

    @Test
    void givenAPreloadOf200WhenMadeThenTheOrganisationAndEveryKindExistWithRealisticUniqueNamesAndNoSourceIds() {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 200, false);

        assertThat(preloaded).hasSize(201);
        assertThat(preloaded.get(0)).isEqualTo(new PreloadedItem(ORG, "Organization", "Organization", "Vaasan kaupunki", null));
        List<PreloadedItem> items = preloaded.subList(1, 201);
        assertThat(items).extracting(PreloadedItem::kind).containsOnly("Service", "EChannel", "Phone", "ServiceLocation", "PrintableForm", "WebPage");
        assertThat(items.stream().filter(i -> i.kind().equals("Service"))).hasSize(34);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.sourceId()).isNull();
            assertThat(item.name()).isNotBlank();
            JsonNode body = ptv.items().byId(item.id()).orElseThrow().body();
            assertThat(body.path("publishingStatus").asText()).isEqualTo("Published");
            assertThat(SimulatedEditor.finnishName(body)).isEqualTo(item.name());
        });
        for (String kind : List.of("Service", "EChannel", "Phone", "ServiceLocation", "PrintableForm", "WebPage")) {
            Set<String> names = new HashSet<>();
            items.stream().filter(i -> i.kind().equals(kind)).forEach(i -> assertThat(names.add(i.name())).as("%s %s", kind, i.name()).isTrue());
        }
        assertThat(items.get(0).name()).isEqualTo("Nettilukio aikuisille");
        assertThat(ptv.items().all("Organization")).hasSize(1);
    }

    @Test
    void givenAPreloadWithSourceIdsOfSomeKindsWhenMadeThenEachItemHasItsSourceIdAndASecondPreloadCannotReuseThem() {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 4, "turku-", List.of("Phone", "WebPage"));

        assertThat(preloaded.subList(1, 5)).extracting(PreloadedItem::kind).containsExactly("Phone", "WebPage", "Phone", "WebPage");
        assertThat(preloaded.subList(1, 5)).extracting(PreloadedItem::sourceId).containsExactly("turku-1", "turku-2", "turku-3", "turku-4");
        assertThat(ptv.items().bySourceId("ServiceChannel", "turku-3")).isPresent();
        assertThatThrownBy(() -> ptv.preload(ORG, 1, "turku-", List.of("Phone"))).isInstanceOf(SimulatedEditor.Refused.class)
                .hasMessageContaining("turku-1");
        assertThatThrownBy(() -> ptv.preload(ORG, 1, null, List.of("Fax"))).hasMessageContaining("unknown kind 'Fax'");
    }

    @Test
    void givenAnEditInPtvsEditorWhenItIsMadeThenTheItemChangesAndItsModifiedTimeMoves() throws Exception {
        PreloadedItem service = ptv.preload(ORG, 1, false).get(1);
        clock.advance(Duration.ofMinutes(30));

        ptv.editTextInEditor(service.id(), "serviceNames", "Name", "fi", "Nettilukio kaikille");

        JsonNode read = http.get("/api/v11/Service/" + service.id(), null).body();
        assertThat(SimulatedEditor.finnishName(read)).isEqualTo("Nettilukio kaikille");
        assertThat(read.path("modified").asText()).isEqualTo("2026-11-20T08:30:00.000000");
        assertThat(read.path("serviceNames")).as("the other names are kept").hasSize(2);
    }

    @Test
    void givenAnEditLeftModifiedWhenReadAndWrittenThenActiveShowsItWritesArePtvsRefusalUntilItIsPublished() throws Exception {
        String id = createPhoneChannel("turku-neuvonta");
        clock.advance(Duration.ofMinutes(10));
        ptv.leaveModified(id, "serviceChannelNames", "Name", "fi", "Neuvonta (muokattu)");

        Answer active = http.get("/api/v11/ServiceChannel/active/" + id, null);
        Answer published = http.get("/api/v11/ServiceChannel/" + id, null);
        Answer byId = http.call("PUT", "/api/v11/ServiceChannel/Phone/" + id, "{\"publishingStatus\":\"Published\"}", null);
        Answer bySourceId = http.call("PUT", "/api/v11/ServiceChannel/Phone/sourceId/turku-neuvonta",
                "{\"publishingStatus\":\"Published\",\"serviceChannelNames\":[{\"language\":\"fi\",\"value\":\"" + "x".repeat(101) + "\"}]}", null);

        assertThat(active.body().path("publishingStatus").asText()).isEqualTo("Modified");
        assertThat(SimulatedEditor.finnishName(active.body())).isEqualTo("Neuvonta (muokattu)");
        assertThat(active.body().path("modified").asText()).isEqualTo("2026-11-20T08:10:00.000000");
        assertThat(published.body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(SimulatedEditor.finnishName(published.body())).isEqualTo("Neuvonta");
        assertThat(byId.status()).isEqualTo(400);
        assertThat(byId.body()).isEqualTo(SimulatorHttp.JSON.readTree("{\"PublishingStatus\":[\"" + MODIFIED_REFUSAL + "\"]}"));
        assertThat(bySourceId.status()).isEqualTo(400);
        assertThat(bySourceId.body().path("PublishingStatus").get(0).asText()).isEqualTo(MODIFIED_REFUSAL);
        assertThat(bySourceId.body().path("ServiceChannelNames")).as("PTV reports every refusal at once").isNotEmpty();
        assertThat(ptv.items().updates()).isZero();

        ptv.publishModified(id);

        Answer after = http.call("PUT", "/api/v11/ServiceChannel/Phone/" + id, "{\"publishingStatus\":\"Published\"}", null);
        assertThat(after.status()).isEqualTo(200);
        assertThat(SimulatedEditor.finnishName(http.get("/api/v11/ServiceChannel/" + id, null).body())).isEqualTo("Neuvonta (muokattu)");
        assertThat(http.get("/api/v11/ServiceChannel/active/" + id, null).body().path("publishingStatus").asText()).isEqualTo("Published");
    }

    @Test
    void givenAnEditLeftModifiedWhenDiscardedThenThePublishedItemStaysAndWritesAreTakenAgain() throws Exception {
        String id = createPhoneChannel("turku-neuvonta");
        ptv.leaveModified(id, "serviceChannelNames", "Name", "fi", "Hylätty nimi");

        ptv.discardModified(id);

        assertThat(SimulatedEditor.finnishName(http.get("/api/v11/ServiceChannel/active/" + id, null).body())).isEqualTo("Neuvonta");
        assertThat(http.call("PUT", "/api/v11/ServiceChannel/Phone/" + id, "{\"publishingStatus\":\"Published\"}", null).status()).isEqualTo(200);
        assertThatThrownBy(() -> ptv.discardModified(id)).hasMessageContaining("no edit left Modified");
    }

    @Test
    void givenAnApiWriteWithStatusModifiedWhenSavedThenItIsAVersionOnTopOfThePublishedOneAndLaterWritesAreRefused() throws Exception {
        String id = createPhoneChannel("turku-neuvonta");

        Answer modified = http.call("PUT", "/api/v11/ServiceChannel/Phone/" + id,
                "{\"publishingStatus\":\"Modified\",\"serviceChannelNames\":[{\"language\":\"fi\",\"value\":\"Luonnos\"}]}", null);

        assertThat(modified.status()).isEqualTo(200);
        assertThat(SimulatedEditor.finnishName(http.get("/api/v11/ServiceChannel/" + id, null).body())).isEqualTo("Neuvonta");
        assertThat(http.get("/api/v11/ServiceChannel/active/" + id, null).body().path("publishingStatus").asText()).isEqualTo("Modified");
        assertThat(http.call("PUT", "/api/v11/ServiceChannel/Phone/" + id, "{\"publishingStatus\":\"Published\"}", null).status())
                .isEqualTo(400);
    }

    @Test
    void givenItemsArchivedByAnEditorAndByPtvWhenReadAndListedThenReadsAre404AndEachListingHasItsOwn() throws Exception {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 7, "vaasa-", List.of());
        PreloadedItem service = preloaded.get(1);
        PreloadedItem otherService = preloaded.get(7);
        PreloadedItem channel = preloaded.get(2);
        clock.advance(Duration.ofHours(1));
        ptv.archive(service.id(), false);
        ptv.archive(channel.id(), false);
        clock.advance(Duration.ofHours(1));
        ptv.archive(otherService.id(), true);

        Answer manual = http.get("/api/v11/Service/archived/list?ArchivingType=0&OrganizationId=" + ORG + "&Take=100", null);
        Answer automatic = http.get("/api/v11/Service/archived/list?ArchivingType=Automatic&OrganizationId=" + ORG + "&Take=100", null);
        Answer channels = http.get("/api/v11/ServiceChannel/archived/list?ArchivingType=0&OrganizationId=" + ORG + "&Take=100", null);
        Answer later = http.get("/api/v11/Service/archived/list?ArchivingType=1&OrganizationId=" + ORG
                + "&Take=100&MinArchivingDate=2026-11-20T09:30:00%2B00:00", null);
        Answer skipped = http.get("/api/v11/Service/archived/list?ArchivingType=0&OrganizationId=" + ORG + "&Take=100&Skip=1", null);

        assertThat(http.get("/api/v11/Service/" + service.id(), null).status()).isEqualTo(404);
        assertThat(http.get("/api/v11/Service/active/" + service.id(), null).status()).isEqualTo(404);
        assertThat(manual.body()).hasSize(1);
        JsonNode archived = manual.body().get(0);
        assertThat(archived.path("id").asText()).isEqualTo(service.id());
        assertThat(archived.path("organizationId").asText()).isEqualTo(ORG);
        assertThat(archived.path("type").asText()).isEqualTo("Service");
        assertThat(archived.path("archivingDate").asText()).isEqualTo("2026-11-20T09:00:00.000000");
        assertThat(SimulatedEditor.finnishName(archived)).isEqualTo(service.name());
        assertThat(automatic.body()).extracting(item -> item.path("id").asText()).containsExactly(otherService.id());
        assertThat(channels.body().get(0).path("names").get(0).path("value").asText()).isNotBlank();
        assertThat(channels.body().get(0).path("type").asText()).isEqualTo("EChannel");
        assertThat(later.body()).hasSize(1);
        assertThat(skipped.body()).isEmpty();
        assertThat(http.get("/api/v11/Common/EntitiesByOrganization/" + ORG, null).body().path("itemList"))
                .extracting(item -> item.path("id").asText()).doesNotContain(service.id(), channel.id(), otherService.id()).hasSize(4);
    }

    @Test
    void givenAnArchivedItemWhenCreatedAgainWithItsSourceIdThenPtvAnswersAlreadyExists() throws Exception {
        String id = createPhoneChannel("turku-neuvonta");
        ptv.archive(id, false);

        Answer again = http.call("POST", "/api/v11/ServiceChannel/Phone", phoneChannel("turku-neuvonta"), null);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("SourceId").get(0).asText()).contains("already exists");
        assertThat(ptv.items().duplicateCreates()).isEqualTo(1);
    }

    @Test
    void givenArchivedListQueriesPtvRefusesWhenTheyAreMalformedThenEachParameterIsNamed() throws Exception {
        Answer refused = http.get("/api/v11/Service/archived/list?Take=101&Skip=-1&MinArchivingDate=eilen", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("ArchivingType").get(0).asText()).isEqualTo("The ArchivingType field is required.");
        assertThat(refused.body().path("OrganizationId").get(0).asText()).isEqualTo("The OrganizationId field is required.");
        assertThat(refused.body().path("Take").get(0).asText()).isEqualTo("The field Take must be between 0 and 100.");
        assertThat(refused.body().path("Skip").get(0).asText()).contains("must be between 0");
        assertThat(refused.body().path("MinArchivingDate").get(0).asText()).contains("eilen");
    }

    @Test
    void givenTheAdminEndpointsWhenCalledOverHttpThenTheyPreloadHoldEditAndAnswerUnknownAndWrongStates() throws Exception {
        Answer preloaded = http.call("POST", "/simulator/preload",
                "{\"organizationId\":\"" + ORG + "\",\"count\":3,\"sourceIds\":true,\"sourceIdPrefix\":\"ext-\",\"kinds\":[\"Service\"]}", null);
        String serviceId = preloaded.body().get(1).path("id").asText();
        Answer held = http.call("POST", "/simulator/items", """
                [{"serviceChannelType":"WebPage","organizationId":"%s","sourceId":"given-1","languages":["fi"],
                  "serviceChannelNames":[{"language":"fi","type":"Name","value":"Kirjasto verkossa"}],
                  "webPages":[{"url":"https://kirjasto.turku.fi","language":"fi"}]}]""".formatted(ORG), null);
        Answer modified = http.call("POST", "/simulator/items/" + serviceId + "/modified",
                "{\"texts\":[{\"list\":\"serviceNames\",\"type\":\"Name\",\"language\":\"fi\",\"value\":\"Muokattu\"}]}", null);
        Answer modifiedAgain = http.call("POST", "/simulator/items/" + serviceId + "/modified", "{}", null);
        Answer published = http.call("POST", "/simulator/items/" + serviceId + "/publish", null, null);
        Answer publishedAgain = http.call("POST", "/simulator/items/" + serviceId + "/publish", null, null);
        Answer edited = http.call("POST", "/simulator/items/" + serviceId + "/edit", "{\"serviceChargeType\":\"Chargeable\"}", null);
        Answer unknown = http.call("POST", "/simulator/items/" + ORG.replace('0', '1') + "/archive", "{}", null);
        Answer archived = http.call("POST", "/simulator/items/" + serviceId + "/archive", "{\"automatic\":true}", null);
        Answer paging = http.call("POST", "/simulator/paging", "{\"entitiesPageSize\":10}", null);

        assertThat(preloaded.status()).isEqualTo(200);
        assertThat(preloaded.body()).hasSize(4);
        assertThat(preloaded.body().get(3).path("sourceId").asText()).isEqualTo("ext-3");
        assertThat(held.body().get(0).path("kind").asText()).isEqualTo("WebPage");
        assertThat(held.body().get(0).path("name").asText()).isEqualTo("Kirjasto verkossa");
        assertThat(http.get("/api/v11/ServiceChannel/" + held.body().get(0).path("id").asText(), null).body().path("sourceId").asText())
                .isEqualTo("given-1");
        assertThat(modified.body().path("publishingStatus").asText()).isEqualTo("Modified");
        assertThat(modifiedAgain.status()).isEqualTo(409);
        assertThat(published.body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(SimulatedEditor.finnishName(published.body())).isEqualTo("Muokattu");
        assertThat(publishedAgain.status()).isEqualTo(409);
        assertThat(edited.body().path("serviceChargeType").asText()).isEqualTo("Chargeable");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(archived.body().path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(http.call("POST", "/simulator/items/" + serviceId + "/edit", "{}", null).status()).as("archived").isEqualTo(409);
        assertThat(paging.body().path("entitiesPageSize").asInt()).isEqualTo(10);
        assertThat(paging.body().path("listPageSize").asInt()).isEqualTo(100);
    }

    @Test
    void givenAGivenItemWhenHeldThenItsMissingIdStatusAndTimeAreAddedAndAClashingSourceIdIsRefused() throws Exception {
        ObjectNode item = (ObjectNode) SimulatorHttp.JSON.readTree("""
                {"serviceNames":[{"language":"fi","type":"Name","value":"Uimahallit"}],"sourceId":"turku-uimahallit",
                 "organizations":[{"roleType":"Responsible","organization":{"id":"%s"}}]}""".formatted(ORG));

        PreloadedItem held = ptv.hold(item);

        assertThat(held.type()).isEqualTo("Service");
        assertThat(held.id()).matches("[0-9a-f-]{36}");
        JsonNode body = ptv.items().byId(held.id()).orElseThrow().body();
        assertThat(body.path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(body.path("modified").asText()).isEqualTo("2026-11-20T08:00:00.000000");
        assertThatThrownBy(() -> ptv.hold(item.deepCopy().put("id", ORG))).hasMessageContaining("turku-uimahallit");
        assertThatThrownBy(() -> ptv.hold((ObjectNode) SimulatorHttp.JSON.readTree("{\"name\":\"x\"}"))).hasMessageContaining("serviceChannelType");
    }

    private String createPhoneChannel(String sourceId) throws Exception {
        Answer created = http.call("POST", "/api/v11/ServiceChannel/Phone", phoneChannel(sourceId), null);
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(200);
        return created.body().path("id").asText();
    }

    private static String phoneChannel(String sourceId) {
        return """
                {"sourceId":"%s","publishingStatus":"Published","languages":["fi"],"organizationId":"%s",
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Neuvontaa"}],
                 "phoneNumbers":[{"language":"fi","type":"Phone","number":"22620000","prefixNumber":"+358"}]}""".formatted(sourceId, ORG);
    }
}
