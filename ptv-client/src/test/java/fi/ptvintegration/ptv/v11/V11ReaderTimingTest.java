package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * How long reading 1,000 items of an organisation takes against the in-process simulator at PTV-like
 * latency (50 ms an answer): one item at a time, whole items by organisation pages (100 a page),
 * and ids by organisation (1000 a page). A figure for the report, logged; the reads are checked to
 * have read every item.
 */
class V11ReaderTimingTest {

    private static final Logger LOG = Logger.getLogger(V11ReaderTimingTest.class.getName());
    private static final String ORG = "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a";
    private static final int ITEMS = 1000;
    private static final int LATENCY_MILLIS = 50;

    @Test
    void givenAThousandItemsAt50MsLatencyWhenReadOneByOneAndByOrganisationPagesThenPagesAreFarFasterAndEveryItemIsRead()
            throws Exception {
        try (PtvSimulator ptv = PtvSimulator.start(0, true)) {
            List<PreloadedItem> preloaded = ptv.preload(ORG, ITEMS, true).subList(1, ITEMS + 1);
            PtvPort reader = new V11Adapter(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10)),
                    new PtvLoginTokenSource(URI.create(ptv.tokenUrl()), new PtvCredentials("turku-api", "secret", null),
                            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1), Clock.systemUTC()));
            reader.item(RecordKind.Namespace.ORGANIZATION, ORG);
            ptv.items().setLatencyMillis(LATENCY_MILLIS);

            long started = System.nanoTime();
            int found = 0;
            for (PreloadedItem item : preloaded) {
                RecordKind.Namespace type = "Service".equals(item.kind()) ? RecordKind.Namespace.SERVICE : RecordKind.Namespace.CHANNEL;
                found += reader.item(type, item.id()).value().isPresent() ? 1 : 0;
            }
            Duration oneByOne = Duration.ofNanos(System.nanoTime() - started);

            started = System.nanoTime();
            List<PtvItemView> paged = new ArrayList<>();
            int pageCalls = 0;
            for (RecordKind.Namespace type : List.of(RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
                PtvPage<PtvItemView> page;
                int number = 1;
                do {
                    page = reader.itemsOfOrganization(type, ORG, number++).value();
                    pageCalls++;
                    paged.addAll(page.items());
                } while (page.hasNext());
            }
            Duration byPages = Duration.ofNanos(System.nanoTime() - started);

            started = System.nanoTime();
            PtvPage<PtvItemRef> ids = reader.idsOfOrganization(ORG, null, 1).value();
            Duration byIds = Duration.ofNanos(System.nanoTime() - started);

            LOG.info(String.format(Locale.ROOT, "Reading %d items at %d ms latency: one by one %.1f s (%.1f ms a read); "
                    + "whole items by organisation pages %.2f s (%d calls); ids by organisation %.2f s (1 call, %d ids)",
                    ITEMS, LATENCY_MILLIS, oneByOne.toMillis() / 1000.0, oneByOne.toMillis() / (double) ITEMS,
                    byPages.toMillis() / 1000.0, pageCalls, byIds.toMillis() / 1000.0, ids.items().size()));
            assertThat(found).isEqualTo(ITEMS);
            assertThat(paged).extracting(PtvItemView::ptvId).containsExactlyInAnyOrderElementsOf(preloaded.stream().map(PreloadedItem::id).toList());
            assertThat(pageCalls).as("167 services and 833 channels, 100 a page").isEqualTo(11);
            assertThat(ids.items()).hasSize(ITEMS);
            assertThat(ids.hasNext()).isFalse();
            assertThat(oneByOne).as("a read waits for PTV's latency").isGreaterThanOrEqualTo(Duration.ofMillis((long) ITEMS * LATENCY_MILLIS));
            assertThat(byPages.multipliedBy(10)).as("pages read the same items in far fewer calls").isLessThan(oneByOne);
        }
    }
}
