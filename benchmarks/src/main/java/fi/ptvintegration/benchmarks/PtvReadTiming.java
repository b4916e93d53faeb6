package fi.ptvintegration.benchmarks;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvCredentials;
import fi.ptvintegration.ptv.http.PtvLoginTokenSource;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How long reading an organisation's items through the v11 adapter takes against the PTV
 * simulator (in this JVM) at a PTV-like latency: one item at a time, whole items by organisation
 * pages (100 a page), and ids by organisation (1000 a page).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar fi.ptvintegration.benchmarks.PtvReadTiming [items] [latency-ms]</pre>
 */
public final class PtvReadTiming {

    private static final String ORG = "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a";

    private PtvReadTiming() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (PtvSimulator ptv = PtvSimulator.start(0, true)) {
            List<PreloadedItem> preloaded = ptv.preload(ORG, items, true).subList(1, items + 1);
            PtvPort reader = PtvAdapters.connect(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10)),
                    new PtvLoginTokenSource(URI.create(ptv.tokenUrl()), new PtvCredentials("turku-api", "bench", null),
                            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1), Clock.systemUTC()));
            reader.item(RecordKind.Namespace.ORGANIZATION, ORG);
            ptv.items().setLatencyMillis(latency);

            long started = System.nanoTime();
            int found = 0;
            for (PreloadedItem item : preloaded) {
                RecordKind.Namespace type = "Service".equals(item.kind()) ? RecordKind.Namespace.SERVICE : RecordKind.Namespace.CHANNEL;
                found += reader.item(type, item.id()).value().isPresent() ? 1 : 0;
            }
            double oneByOne = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            int paged = 0;
            int pageCalls = 0;
            for (RecordKind.Namespace type : List.of(RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
                PtvPage<PtvItemView> page;
                int number = 1;
                do {
                    page = reader.itemsOfOrganization(type, ORG, number++).value();
                    pageCalls++;
                    paged += page.items().size();
                } while (page.hasNext());
            }
            double byPages = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            PtvPage<PtvItemRef> ids = reader.idsOfOrganization(ORG, null, 1).value();
            double byIds = (System.nanoTime() - started) / 1e9;

            out.printf(Locale.ROOT, "machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.printf(Locale.ROOT, "reading %d items at %d ms PTV latency:%n", items, latency);
            out.printf(Locale.ROOT, "  one by one:               %6.1f s, %d calls, %d found (%.1f ms a read)%n", oneByOne, items, found,
                    oneByOne * 1000 / items);
            out.printf(Locale.ROOT, "  whole items by org pages: %6.2f s, %d calls, %d items%n", byPages, pageCalls, paged);
            out.printf(Locale.ROOT, "  ids by organisation:      %6.2f s, 1 call, %d ids%n", byIds, ids.items().size());
        }
    }
}
