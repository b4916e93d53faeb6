package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvRequest;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.ptv.port.PtvTarget;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v11 reader against the in-process PTV simulator with PTV's token rules: paging through
 * several pages, the changed-since filter, 404 as empty, an edit left Modified seen through the
 * latest version and refusing writes (with PTV's own message, read as {@code modifiedInEditor}),
 * archived listings, and that what PTV answered a write is the same view as what a read gives.
 */
class V11ReaderSimulatorTest {

    private static final String ORG = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";

    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private PtvSimulator ptv;
    private PtvPort reader;

    @BeforeEach
    void start() {
        ptv = PtvSimulator.start(0, true, Duration.ofHours(24), clock);
        PtvLoginTokenSource tokens = new PtvLoginTokenSource(URI.create(ptv.tokenUrl()), new PtvCredentials("turku-api", "secret", null),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1), Clock.systemUTC());
        reader = new V11Adapter(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10)), tokens);
    }

    @AfterEach
    void stop() {
        ptv.close();
    }

    /** Every page from 1 until the reader says there is no next one. */
    private static <T> List<T> allPages(ThrowingPage<T> read) throws PtvApiException {
        List<T> all = new ArrayList<>();
        PtvPage<T> page;
        int number = 1;
        do {
            page = read.page(number++);
            assertThat(page.page()).isEqualTo(number - 1);
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }

    @FunctionalInterface
    private interface ThrowingPage<T> {
        PtvPage<T> page(int number) throws PtvApiException;
    }

    @Test
    void givenMoreItemsThanAPageWhenTheOrganisationIsReadPageByPageThenEveryItemComesOnceWithItsSourceId() throws Exception {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 25, true).subList(1, 26);
        ptv.setPageSizes(10, 4);

        List<PtvItemRef> ids = allPages(page -> reader.idsOfOrganization(ORG, null, page).value());
        List<PtvItemView> services = allPages(page -> reader.itemsOfOrganization(RecordKind.Namespace.SERVICE, ORG, page).value());
        List<PtvItemView> channels = allPages(page -> reader.itemsOfOrganization(RecordKind.Namespace.CHANNEL, ORG, page).value());

        assertThat(ids).extracting(PtvItemRef::ptvId).containsExactlyElementsOf(preloaded.stream().map(PreloadedItem::id).toList());
        assertThat(ids).extracting(ref -> ref.kind().name()).containsSequence("SERVICE", "ECHANNEL", "PHONE", "SERVICE_LOCATION",
                "PRINTABLE_FORM", "WEB_PAGE");
        assertThat(ids).allSatisfy(ref -> assertThat(ref.changedAt()).isNotNull());
        assertThat(services).hasSize(5).allSatisfy(view -> {
            assertThat(view.kind()).isEqualTo(RecordKind.SERVICE);
            assertThat(view.organizationId()).isEqualTo(ORG);
            assertThat(view.sourceId()).startsWith("preloaded-");
            assertThat(view.displayName()).isNotBlank();
        });
        assertThat(channels).hasSize(20).extracting(PtvItemView::ptvId)
                .containsExactlyElementsOf(preloaded.stream().filter(i -> !i.kind().equals("Service")).map(PreloadedItem::id).toList());
        assertThat(channels).extracting(PtvItemView::displayName)
                .containsExactlyElementsOf(preloaded.stream().filter(i -> !i.kind().equals("Service")).map(PreloadedItem::name).toList());
    }

    @Test
    void givenItemsEditedInPtvLaterWhenIdsAreReadChangedSinceThenOnlyThoseChangedAtOrAfterItCome() throws Exception {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 6, false).subList(1, 7);
        clock.advance(Duration.ofMinutes(5));
        OffsetDateTime firstEdit = clock.instant().atOffset(ZoneOffset.UTC);
        ptv.editTextInEditor(preloaded.get(0).id(), "serviceNames", "Name", "fi", "Muutettu palvelu");
        clock.advance(Duration.ofMillis(1500));
        ptv.editTextInEditor(preloaded.get(3).id(), "serviceChannelNames", "Name", "fi", "Muutettu toimipiste");

        List<PtvItemRef> since = reader.idsOfOrganization(ORG, firstEdit, 1).value().items();
        List<PtvItemRef> sinceSecond = reader.idsOfOrganization(ORG, firstEdit.plusNanos(1_500_000_000L), 1).value().items();
        List<PtvItemRef> all = reader.idsOfOrganization(ORG, null, 1).value().items();

        assertThat(since).extracting(PtvItemRef::ptvId).containsExactly(preloaded.get(0).id(), preloaded.get(3).id());
        assertThat(since.get(0).changedAt()).isEqualTo(firstEdit);
        assertThat(sinceSecond).as("at the very time of the second edit, within PTV's one-second filter")
                .extracting(PtvItemRef::ptvId).containsExactly(preloaded.get(3).id());
        assertThat(all).hasSize(6);
    }

    @Test
    void givenUnknownDraftAndArchivedItemsWhenReadThenTheyAreEmptyAndADraftHasALatestVersion() throws Exception {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 2, false);
        ptv.archive(preloaded.get(2).id(), false);
        String draft = ptv.hold((com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().readTree("""
                {"serviceChannelType":"Phone","organizationId":"%s","publishingStatus":"Draft","languages":["fi"],
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}]}""".formatted(ORG))).id();

        PtvResult<Optional<PtvItemView>> unknown = reader.item(RecordKind.Namespace.SERVICE, "00000000-0000-4000-8000-000000000000");

        assertThat(unknown.value()).isEmpty();
        assertThat(unknown.call().status()).isEqualTo(404);
        assertThat(unknown.call().responseJson()).contains("not found");
        assertThat(reader.item(RecordKind.Namespace.CHANNEL, preloaded.get(2).id()).value()).as("archived").isEmpty();
        assertThat(reader.latestVersion(RecordKind.Namespace.CHANNEL, preloaded.get(2).id()).value()).as("archived").isEmpty();
        assertThat(reader.item(RecordKind.Namespace.CHANNEL, draft).value()).as("a draft is not public").isEmpty();
        assertThat(reader.latestVersion(RecordKind.Namespace.CHANNEL, draft).value()).hasValueSatisfying(view -> {
            assertThat(view.publishingStatus()).isEqualTo("Draft");
            assertThat(view.kind()).isEqualTo(RecordKind.PHONE);
        });
        assertThat(reader.item(RecordKind.Namespace.ORGANIZATION, ORG).value()).hasValueSatisfying(view ->
                assertThat(view.displayName()).isEqualTo("Vaasan kaupunki"));
    }

    @Test
    void givenAnEditLeftModifiedInPtvWhenReadAndWrittenThenTheLatestVersionSaysModifiedAndTheWriteIsRefusedAsModifiedInEditor()
            throws Exception {
        Pushed service = pushServiceWithOrganization();
        ptv.leaveModified(service.id(), "serviceNames", "Name", "fi", "Uimahallit (kesken)");

        PtvItemView latest = reader.latestVersion(RecordKind.Namespace.SERVICE, service.id()).value().orElseThrow();
        PtvItemView published = reader.item(RecordKind.Namespace.SERVICE, service.id()).value().orElseThrow();

        assertThat(latest.publishingStatus()).isEqualTo("Modified");
        assertThat(latest.displayName()).isEqualTo("Uimahallit (kesken)");
        assertThat(published.publishingStatus()).isEqualTo("Published");
        assertThat(published.displayName()).isEqualTo("Uimahallit");
        assertThat(PtvItemViews.diff(published, latest)).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("names.Name.fi");
            assertThat(change.after()).isEqualTo("Uimahallit (kesken)");
        });
        for (PtvTarget target : List.of(PtvTarget.byId(service.id()), PtvTarget.bySourceId("turku-uimahallit"))) {
            assertThatThrownBy(() -> reader.update(service.request(), target)).as("%s", target)
                    .isInstanceOfSatisfying(PtvApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.modifiedInEditor()).isTrue();
                        assertThat(e.alreadyExists()).isFalse();
                        assertThat(e.responseBody()).contains("You cannot update entity with status Modified.");
                        assertThat(e.fieldErrors()).extracting(PtvApiException.FieldError::patPath).contains("publishingStatus");
                        assertThat(e.call()).hasValueSatisfying(call -> assertThat(call.method()).isEqualTo("PUT"));
                    });
        }

        ptv.publishModified(service.id());
        PtvSaved updated = reader.update(service.request(), PtvTarget.byId(service.id()));

        assertThat(updated.item().displayName()).as("the push overwrites the published edit").isEqualTo("Uimahallit");
        assertThat(reader.latestVersion(RecordKind.Namespace.SERVICE, service.id()).value().orElseThrow().publishingStatus())
                .isEqualTo("Published");
    }

    @Test
    void givenItemsArchivedByAnEditorAndByPtvWhenArchivedItemsAreListedThenBothComeWithTheirArchivingTime() throws Exception {
        List<PreloadedItem> preloaded = ptv.preload(ORG, 8, false).subList(1, 9);
        clock.advance(Duration.ofMinutes(1));
        ptv.archive(preloaded.get(0).id(), false);
        clock.advance(Duration.ofMinutes(1));
        OffsetDateTime second = clock.instant().atOffset(ZoneOffset.UTC);
        ptv.archive(preloaded.get(6).id(), true);
        ptv.archive(preloaded.get(1).id(), false);

        PtvResult<PtvPage<PtvItemRef>> services = reader.archived(RecordKind.Namespace.SERVICE, ORG, null, 1);
        PtvResult<PtvPage<PtvItemRef>> channels = reader.archived(RecordKind.Namespace.CHANNEL, ORG, null, 1);
        List<PtvItemRef> servicesSince = reader.archived(RecordKind.Namespace.SERVICE, ORG, second, 1).value().items();

        assertThat(services.value().items()).extracting(PtvItemRef::ptvId).containsExactlyInAnyOrder(preloaded.get(0).id(), preloaded.get(6).id());
        assertThat(services.value().items()).filteredOn(ref -> ref.ptvId().equals(preloaded.get(0).id())).singleElement()
                .satisfies(ref -> {
                    assertThat(ref.name()).isEqualTo(preloaded.get(0).name());
                    assertThat(ref.changedAt()).isEqualTo(second.minusMinutes(1));
                    assertThat(ref.kind()).isEqualTo(RecordKind.SERVICE);
                });
        assertThat(services.value().hasNext()).isFalse();
        assertThat(services.calls()).hasSize(2);
        assertThat(channels.value().items()).singleElement().satisfies(ref -> {
            assertThat(ref.ptvId()).isEqualTo(preloaded.get(1).id());
            assertThat(ref.kind()).isEqualTo(RecordKind.ECHANNEL);
        });
        assertThat(servicesSince).extracting(PtvItemRef::ptvId).containsExactly(preloaded.get(6).id());
    }

    @Test
    void givenEveryKindWrittenThroughTheAdapterWhenReadBackThenPtvsAnswerToTheWriteIsTheSameViewAsTheRead() throws Exception {
        Pushed organization = push("organization", PtvReferences.none(), null);
        PtvReferences owner = PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut", organization.id());

        List<Pushed> pushed = new ArrayList<>(List.of(organization));
        for (String kind : List.of("service", "echannel", "phone", "servicelocation", "printableform", "webpage")) {
            pushed.add(push(kind, owner, null));
        }

        for (Pushed item : pushed) {
            PtvItemView read = reader.latestVersion(item.kind().namespace(), item.id()).value().orElseThrow();
            assertThat(item.saved().item()).as("%s answered with a view", item.kind()).isNotNull();
            assertThat(item.saved().item().fields()).as("%s", item.kind()).isEqualTo(read.fields());
            assertThat(item.saved().item().kind()).isEqualTo(item.kind());
            assertThat(read.sourceId()).isEqualTo(item.sourceId());
            assertThat(read.fields()).as("%s carries what was sent", item.kind()).containsKey("names.Name.fi");
            assertThat(PtvItemViews.contentHash(item.saved().item())).isEqualTo(PtvItemViews.contentHash(read));
        }
        PtvItemView service = reader.item(RecordKind.Namespace.SERVICE, pushed.get(1).id()).value().orElseThrow();
        assertThat(service.organizationId()).isEqualTo(organization.id());
        assertThat(service.fields()).containsEntry("names.Name.sv", "Simhallar").containsKey("descriptions.Summary.en");
    }

    private record Pushed(RecordKind kind, String id, String sourceId, PtvRequest request, PtvSaved saved) {}

    private Pushed push(String kind, PtvReferences references, String sourceId) throws PtvApiException {
        PatRecord record = PatJson.example(kind);
        String source = sourceId == null ? record.code() : sourceId;
        PtvRequest request = reader.prepare(record, source, references);
        PtvSaved saved = reader.create(request);
        return new Pushed(record.kind(), saved.ptvId(), source, request, saved);
    }

    private Pushed pushServiceWithOrganization() throws PtvApiException {
        Pushed organization = push("organization", PtvReferences.none(), null);
        return push("service", PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut", organization.id()), null);
    }

    /** A clock the test moves; the simulator's time for modified and archiving. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
