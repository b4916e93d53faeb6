package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.codelists.CodeListEntry;
import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.ptv.codelists.PtvCodeListReader;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallSteps;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code-list flow put together once, for the composition root: seeds the shipped lists at the
 * first start, loads every list into memory, and hands out the routes, the catalogue (intake
 * checks records through it) and the status that health shows. Reads nothing from ConfigAdmin itself: {@link CodeListsSettings}
 * (PID {@code fi.ptvintegration.codelists}) and PTV's settings come in.
 */
public final class CodeListsRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(CodeListsRuntime.class);

    private final CodeListsSettings settings;
    private final CodeListStore store;
    private final CodeListCatalogue catalogue;
    private final PtvCodeListReader reader;
    private final CodeListRefresher refresher;
    private final Clock clock;

    private CodeListsRuntime(CodeListsSettings settings, CodeListStore store, CodeListCatalogue catalogue, PtvCodeListReader reader,
            CodeListRefresher refresher, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.catalogue = catalogue;
        this.reader = reader;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Seeds what was never loaded from the shipped files and reads every list into memory. */
    public static CodeListsRuntime start(DataSource dataSource, CodeListsSettings settings, Clock clock) throws SQLException {
        CodeListStore store = new CodeListStore(dataSource);
        CodeListCatalogue catalogue = new CodeListCatalogue(store);
        PtvCodeListReader reader = new PtvCodeListReader(settings.source());
        CodeListRefresher refresher = new CodeListRefresher(reader, store, catalogue,
                new RefreshSchedule(settings.refreshInterval(), settings.refreshRetry()), clock);
        for (PtvCodeList list : PtvCodeList.values()) {
            if (!reader.offers(list)) {
                LOG.info("Code list {} is not offered by PTV {} as configured; set v12.base.url in etc/{}.cfg to load it",
                        list.id(), settings.source().v11Version(), CodeListsConfig.PID);
            }
        }
        CodeListsRuntime runtime = new CodeListsRuntime(settings, store, catalogue, reader, refresher, clock);
        runtime.seedAndLoad();
        return runtime;
    }

    /**
     * Stores the shipped entries of every shipped list never loaded (the first start), then reads
     * what the database holds into memory.
     */
    public void seedAndLoad() throws SQLException {
        for (Map.Entry<PtvCodeList, List<CodeListEntry>> shipped : ShippedCodeLists.all().entrySet()) {
            if (store.seedIfNeverLoaded(shipped.getKey().id(), shipped.getValue(), OffsetDateTime.now(clock))) {
                LOG.info("Code list {} seeded with the {} entries shipped with the application", shipped.getKey().id(),
                        shipped.getValue().size());
            }
        }
        catalogue.reload();
    }

    public CodeListCatalogue catalogue() {
        return catalogue;
    }

    public CodeListRefresher refresher() {
        return refresher;
    }

    public CodeListStore store() {
        return store;
    }

    /** What {@code /cxf/health} shows of the code lists. */
    public CodeListsStatus status() {
        return CodeListsStatus.of(catalogue.states().values());
    }

    /**
     * @param readers who may search (Drupal: the intake's credentials)
     * @param viewers, admins who may see the lists' state and refresh them ({@code /cxf/ops/codelists})
     */
    public RoutesBuilder routes(CallSteps call, Authenticator readers, Authenticator viewers, Authenticator admins) {
        return new CodeListsRouteBuilder(call, readers, viewers, admins, new CodeListSearchProcessor(catalogue),
                new CodeListStatusProcessor(catalogue, reader), new CodeListRefreshProcessor(refresher),
                new CacheableJsonResponseProcessor(settings.httpMaxAgeSeconds()), settings.refreshCheck().toMillis());
    }
}
