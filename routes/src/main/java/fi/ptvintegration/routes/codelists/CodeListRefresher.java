package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.ptv.codelists.PtvCodeListException;
import fi.ptvintegration.ptv.codelists.PtvCodeListReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the stored lists from PTV: every list the configured PTV offers is read whole and
 * replaces the stored one; a list PTV could not give whole (unreachable, an error status, pages
 * that do not add up), or gave empty where entries are stored, keeps the stored entries and its
 * error is recorded for health and ops. Then the catalogue is reloaded. One refresh at a time.
 */
public class CodeListRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(CodeListRefresher.class);

    private final PtvCodeListReader reader;
    private final CodeListStore store;
    private final CodeListCatalogue catalogue;
    private final RefreshSchedule schedule;
    private final Clock clock;

    CodeListRefresher(PtvCodeListReader reader, CodeListStore store, CodeListCatalogue catalogue, RefreshSchedule schedule,
            Clock clock) {
        this.reader = reader;
        this.store = store;
        this.catalogue = catalogue;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Picks up lists another node refreshed, then refreshes from PTV if the schedule says so. */
    public synchronized Optional<RefreshReport> refreshIfDue() throws SQLException, InterruptedException {
        catalogue.reload();
        List<CodeListState> offered = new ArrayList<>();
        for (PtvCodeList list : PtvCodeList.values()) {
            if (reader.offers(list)) {
                offered.add(catalogue.states().get(list.id()));
            }
        }
        return schedule.due(clock.instant(), offered) ? Optional.of(refresh()) : Optional.empty();
    }

    public synchronized RefreshReport refresh() throws SQLException, InterruptedException {
        OffsetDateTime started = OffsetDateTime.now(clock);
        long t0 = System.nanoTime();
        List<RefreshReport.ListOutcome> outcomes = new ArrayList<>();
        for (PtvCodeList list : PtvCodeList.values()) {
            outcomes.add(refresh(list));
        }
        catalogue.reload();
        RefreshReport report = new RefreshReport(outcomes.stream().anyMatch(o -> "failed".equals(o.outcome()))
                ? "refresh-failed" : "refreshed", started, (System.nanoTime() - t0) / 1_000_000, outcomes);
        if (report.failed()) {
            LOG.warn("Code-list refresh from PTV failed for {}; their stored entries are kept",
                    outcomes.stream().filter(o -> "failed".equals(o.outcome())).map(o -> o.list() + " (" + o.error() + ")").toList());
        } else {
            LOG.info("Code lists refreshed from PTV in {} ms", report.durationMillis());
        }
        return report;
    }

    private RefreshReport.ListOutcome refresh(PtvCodeList list) throws SQLException, InterruptedException {
        String api = reader.apiFor(list);
        if (api == null) {
            return new RefreshReport.ListOutcome(list.id(), "not-offered", null, null, null, null);
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        try {
            PtvCodeListReader.Read read = reader.read(list);
            int stored = catalogue.states().get(list.id()).entries();
            if (read.entries().isEmpty() && stored > 0) {
                throw new PtvCodeListException("PTV gave an empty " + list.id() + " list; the " + stored + " stored entries are kept");
            }
            boolean changed = store.replace(list.id(), read.entries(), api, at);
            return new RefreshReport.ListOutcome(list.id(), changed ? "updated" : "unchanged", api, read.entries().size(),
                    read.pages(), null);
        } catch (PtvCodeListException e) {
            store.failed(list.id(), e.getMessage(), at);
            return new RefreshReport.ListOutcome(list.id(), "failed", api, null, null, e.getMessage());
        }
    }
}
