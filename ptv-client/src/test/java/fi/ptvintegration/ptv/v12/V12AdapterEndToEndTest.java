package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvApiKey;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.ptv.port.PtvTarget;
import fi.ptvintegration.ptv.port.PtvWritesUnavailable;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.v12.V12Schemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The v12 reader end to end against the PTV simulator: the shipped examples are written through
 * the v11 adapter (as DVV copies v11 content to v12), then read through {@link V12Adapter} over
 * HTTP with its API key. Every answer PTV's simulator gives is checked against the response
 * schema of DVV's beta document, so the reader is tested against the document's shapes.
 */
class V12AdapterEndToEndTest {

    private static final String KEY = "v12-test-key";
    private static final V12Schemas SCHEMAS = V12Schemas.load();

    private static PtvSimulator ptv;
    private static PtvPort v11;
    private static PtvPort v12;
    private static String organizationId;
    private static String serviceId;
    private static final Map<RecordKind, String> channelIds = new LinkedHashMap<>();

    @BeforeAll
    static void givenTheExamplesWrittenThroughV11() throws Exception {
        ptv = PtvSimulator.start(0, false);
        v11 = PtvAdapters.connect(settings("v11"), PtvTokenSource.none());
        v12 = PtvAdapters.connect(settings("v12"), PtvTokenSource.none(), PtvApiKey.of(KEY));
        Organization org = (Organization) PatJson.example("organization");
        organizationId = v11.create(v11.prepare(org, "turku-" + org.code(), PtvReferences.none())).ptvId();
        PtvReferences owner = PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, org.code(), organizationId);
        Service service = (Service) PatJson.example("service");
        serviceId = v11.create(v11.prepare(service, "turku-" + service.code(), owner)).ptvId();
        PtvReferences channels = PtvReferences.none();
        for (String kind : List.of("echannel", "phone", "servicelocation", "printableform", "webpage")) {
            ServiceChannel channel = (ServiceChannel) PatJson.example(kind);
            String id = v11.create(v11.prepare(channel, "turku-" + channel.code(), owner)).ptvId();
            channelIds.put(channel.kind(), id);
            channels.with(RecordKind.Namespace.CHANNEL, channel.code(), id);
        }
        ServiceOffering offering = (ServiceOffering) PatJson.example("offering");
        v11.replaceConnections(serviceId, List.of(offering), channels);
    }

    @AfterAll
    static void stopSimulator() {
        ptv.close();
    }

    private static PtvClientSettings settings(String version) {
        return new PtvClientSettings(ptv.baseUrl(), version, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static void thenTheAnswerMatchesTheDocument(PtvResult<?> result, String schema) throws Exception {
        JsonNode answer = V12Bodies.JSON.readTree(result.call().responseJson());
        assertThat(SCHEMAS.validate(schema, answer)).as("PTV's answer to %s against %s", result.call().path(), schema).isEmpty();
    }

    @Test
    void givenAServiceInPtv_whenReadById_thenItsViewCarriesTheTextsOfEveryLanguage() throws Exception {
        Service service = (Service) PatJson.example("service");

        PtvResult<Optional<PtvItemView>> read = v12.item(RecordKind.Namespace.SERVICE, serviceId);

        thenTheAnswerMatchesTheDocument(read, "ServiceResponse");
        assertThat(read.call().path()).isEqualTo("/api/v12/service/" + serviceId);
        PtvItemView view = read.value().orElseThrow();
        assertThat(view.kind()).isEqualTo(RecordKind.SERVICE);
        assertThat(view.ptvId()).isEqualTo(serviceId);
        assertThat(view.sourceId()).as("v12 returns no sourceId").isNull();
        assertThat(view.publishingStatus()).isEqualTo("Published");
        assertThat(view.organizationId()).isEqualTo(organizationId);
        assertThat(view.modified()).isNotNull();
        for (Language language : List.of(Language.FI, Language.SV, Language.EN)) {
            String lang = language.code();
            assertThat(view.fields()).containsEntry("names.Name." + lang, service.names().get(language).orElseThrow())
                    .containsEntry("descriptions.Summary." + lang, service.summary().get(language).orElseThrow())
                    .containsEntry("descriptions.Description." + lang, service.description().get(language).orElseThrow())
                    .containsEntry("descriptions.UserInstruction." + lang, service.userInstruction().get(language).orElseThrow());
        }
        assertThat(view.fields()).containsEntry("type", "Service").containsEntry("fundingType", "PubliclyFunded")
                .containsEntry("chargeType", "Chargeable").containsEntry("areaType", "LimitedType")
                .containsKeys("languages[fi]", "languages[sv]", "languages[en]", "areas[Municipality:853]")
                .containsEntry("keywords.sv[simning]", "simning");
    }

    /** The channels with a published version: the printable form example is a draft, which v12 does not serve. */
    private static Map<RecordKind, String> published() {
        Map<RecordKind, String> published = new LinkedHashMap<>(channelIds);
        published.remove(RecordKind.PRINTABLE_FORM);
        return published;
    }

    @Test
    void givenEveryPublishedChannelKindInPtv_whenReadById_thenEachIsOfItsKind() throws Exception {
        for (Map.Entry<RecordKind, String> channel : published().entrySet()) {
            PtvResult<Optional<PtvItemView>> read = v12.item(RecordKind.Namespace.CHANNEL, channel.getValue());

            thenTheAnswerMatchesTheDocument(read, "ChannelResponse");
            PtvItemView view = read.value().orElseThrow();
            assertThat(view.kind()).as("kind of %s", channel.getKey()).isEqualTo(channel.getKey());
            assertThat(view.organizationId()).isEqualTo(organizationId);
            assertThat(view.displayName()).isEqualTo(((ServiceChannel) PatJson.example(channel.getKey().jsonName())).names()
                    .get(Language.FI).orElseThrow());
        }
    }

    @Test
    void givenADraftChannel_whenReadById_thenEmptyWithReasonNotPublished() throws Exception {
        PtvResult<Optional<PtvItemView>> read = v12.item(RecordKind.Namespace.CHANNEL, channelIds.get(RecordKind.PRINTABLE_FORM));

        assertThat(read.value()).isEmpty();
        JsonNode problem = V12Bodies.JSON.readTree(read.call().responseJson());
        assertThat(SCHEMAS.validate("ProblemDetailsNotFoundType", problem)).isEmpty();
        assertThat(problem.path("reason").asText()).isEqualTo("NotPublished");
    }

    @Test
    void givenTheOrganizationInPtv_whenReadById_thenItsBusinessIdAndNamesAreThere() throws Exception {
        PtvResult<Optional<PtvItemView>> read = v12.item(RecordKind.Namespace.ORGANIZATION, organizationId);

        thenTheAnswerMatchesTheDocument(read, "OrganizationResponse");
        PtvItemView view = read.value().orElseThrow();
        assertThat(view.kind()).isEqualTo(RecordKind.ORGANIZATION);
        assertThat(view.fields()).containsEntry("businessCode", "0204819-8")
                .containsEntry("names.Name.sv", "Åbo stad, idrottstjänster");
    }

    @Test
    void givenTheSameItems_whenReadThroughV11AndV12_thenTheirViewsAgreeButForWhatV12DoesNotSay() throws Exception {
        Map<RecordKind.Namespace, List<String>> ids = new LinkedHashMap<>();
        ids.put(RecordKind.Namespace.ORGANIZATION, List.of(organizationId));
        ids.put(RecordKind.Namespace.SERVICE, List.of(serviceId));
        ids.put(RecordKind.Namespace.CHANNEL, List.copyOf(published().values()));
        for (Map.Entry<RecordKind.Namespace, List<String>> type : ids.entrySet()) {
            for (String id : type.getValue()) {
                PtvItemView throughV11 = v11.item(type.getKey(), id).value().orElseThrow();
                PtvItemView throughV12 = v12.item(type.getKey(), id).value().orElseThrow();

                assertThat(throughV12.kind()).isEqualTo(throughV11.kind());
                assertThat(throughV12.organizationId()).isEqualTo(throughV11.organizationId());
                assertThat(throughV12.publishingStatus()).isEqualTo(throughV11.publishingStatus());
                assertThat(withoutWhatV12DoesNotSay(throughV12.fields())).as("%s %s through v12", throughV11.kind(), id)
                        .isEqualTo(withoutWhatV12DoesNotSay(throughV11.fields()));
            }
        }
    }

    /** v12 gives no municipality with an address, no service hours (this beta), and accessibility statements by level only. */
    private static Map<String, String> withoutWhatV12DoesNotSay(Map<String, String> fields) {
        Map<String, String> compared = new java.util.TreeMap<>(fields);
        compared.keySet().removeIf(path -> path.endsWith(".municipality") || path.startsWith("serviceHours")
                || path.startsWith("accessibility.") && !path.endsWith(".level"));
        return compared;
    }

    @Test
    void givenAnIdPtvDoesNotHave_whenRead_thenEmptyWithPtvsProblemDetails() throws Exception {
        PtvResult<Optional<PtvItemView>> read = v12.item(RecordKind.Namespace.SERVICE, "00000000-0000-4000-8000-000000000000");

        assertThat(read.value()).isEmpty();
        assertThat(read.call().status()).isEqualTo(404);
        assertThat(SCHEMAS.validate("ProblemDetailsNotFoundType", V12Bodies.JSON.readTree(read.call().responseJson()))).isEmpty();
    }

    @Test
    void givenTheOrganizationsItems_whenListedByPage_thenServicesComeFirstThenChannels() throws Exception {
        PtvResult<PtvPage<PtvItemRef>> first = v12.idsOfOrganization(organizationId, null, 1);
        PtvResult<PtvPage<PtvItemRef>> second = v12.idsOfOrganization(organizationId, null, 2);

        thenTheAnswerMatchesTheDocument(first, "ServiceSearchResponse");
        thenTheAnswerMatchesTheDocument(second, "ChannelSearchResponse");
        assertThat(first.value().pageCount()).isEqualTo(2);
        assertThat(first.value().hasNext()).isTrue();
        assertThat(first.value().items()).extracting(PtvItemRef::ptvId).containsExactly(serviceId);
        assertThat(second.value().items()).extracting(PtvItemRef::kind).containsExactlyInAnyOrderElementsOf(published().keySet());
        assertThat(second.value().hasNext()).isFalse();
        assertThat(first.call().path()).contains("organizationContentIds=" + organizationId).contains("pageSize=100");
    }

    @Test
    void givenAChangedSinceAfterEveryChange_whenListed_thenNothing() throws Exception {
        PtvResult<PtvPage<PtvItemRef>> page = v12.idsOfOrganization(organizationId, OffsetDateTime.now().plusDays(1), 1);

        assertThat(page.value().items()).isEmpty();
        assertThat(page.value().pageCount()).isZero();
        assertThat(page.call().path()).contains("publishedAtOrAfter=");
    }

    @Test
    void givenTheOrganizationsChannels_whenReadWhole_thenEveryPublishedKindIsThere() throws Exception {
        PtvResult<PtvPage<PtvItemView>> page = v12.itemsOfOrganization(RecordKind.Namespace.CHANNEL, organizationId, 1);

        thenTheAnswerMatchesTheDocument(page, "ChannelSearchResponse");
        assertThat(page.value().items()).extracting(PtvItemView::kind).containsExactlyInAnyOrderElementsOf(published().keySet());
    }

    @Test
    void givenTheServicesConnections_whenRead_thenTheOfferingsChannelIsThere() throws Exception {
        PtvResult<Set<String>> connected = v12.connectedChannels(serviceId);

        thenTheAnswerMatchesTheDocument(connected, "ConnectionSearchResponse");
        assertThat(connected.value()).containsExactly(channelIds.get(RecordKind.SERVICE_LOCATION));
    }

    @Test
    void givenAnItemArchivedInPtv_whenListedAsArchived_thenItsIdIsThereAndItCannotBeRead() throws Exception {
        Service service = (Service) PatJson.example("service");
        PtvReferences owner = PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut", organizationId);
        String archivedId = v11.create(v11.prepare(service, "turku-archived-service", owner)).ptvId();
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
        HttpResponse<String> archived = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ptv.baseUrl() + "/api/v11/Service/" + archivedId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"publishingStatus\":\"Deleted\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(archived.statusCode()).isEqualTo(200);

        PtvResult<PtvPage<PtvItemRef>> listed = v12.archived(RecordKind.Namespace.SERVICE, organizationId, before, 1);

        thenTheAnswerMatchesTheDocument(listed, "ArchivedEntitiesResponse");
        assertThat(listed.value().items()).extracting(PtvItemRef::ptvId).containsExactly(archivedId);
        assertThat(listed.call().path()).contains("archivedAtOrAfter=").doesNotContain("organization");
        assertThat(v12.item(RecordKind.Namespace.SERVICE, archivedId).value()).isEmpty();
        assertThat(v12.archived(RecordKind.Namespace.SERVICE, organizationId, OffsetDateTime.now().plusDays(1), 1).value().items()).isEmpty();
    }

    @Test
    void givenNoApiKey_whenReading_thenPtvRefusesWith401() {
        PtvPort withoutKey = PtvAdapters.connect(settings("v12"), PtvTokenSource.none());

        assertThatThrownBy(() -> withoutKey.item(RecordKind.Namespace.SERVICE, serviceId))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.call()).hasValueSatisfying(call -> assertThat(call.path()).isEqualTo("/api/v12/service/" + serviceId));
                });
    }

    @Test
    void givenV12_whenWriting_thenItAnswersThatTheWritePathsAreNotPublished() {
        Service service = (Service) PatJson.example("service");
        PtvReferences owner = PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut", organizationId);
        var request = v12.prepare(service, "turku-turku-uimahallit", owner);
        long writesBefore = ptv.items().creates() + ptv.items().updates();

        assertThat(request).isInstanceOf(V12Request.class);
        assertThatThrownBy(() -> v12.create(request)).isInstanceOf(PtvWritesUnavailable.class)
                .hasMessageStartingWith("PTV has not published the v12 write paths yet; use v11");
        assertThatThrownBy(() -> v12.update(request, PtvTarget.byId(serviceId))).isInstanceOf(PtvWritesUnavailable.class);
        assertThatThrownBy(() -> v12.replaceConnections(serviceId, List.of(), PtvReferences.none()))
                .isInstanceOfSatisfying(PtvWritesUnavailable.class, e -> assertThat(e.apiVersion()).isEqualTo("v12"));
        assertThat(ptv.items().creates() + ptv.items().updates()).as("nothing written").isEqualTo(writesBefore);
    }
}
