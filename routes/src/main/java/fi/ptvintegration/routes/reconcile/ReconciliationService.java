package fi.ptvintegration.routes.reconcile;

import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.support.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares PTV with the PAT store, organisation by organisation, through the {@link PtvPort}'s
 * reads (each call in the integration log): items in PTV under the organisation that no PAT record
 * is linked to (candidates to adopt or archive; one whose sourceId is a stored code is named),
 * live PAT records with no PTV item, and links whose PTV item PTV lists as archived although this
 * system did not archive it, or that PTV no longer has at all. The organisations read are those
 * linked to PTV and not archived by this system. PTV out of reach for an organisation makes the
 * report incomplete, saying why, rather than failing it.
 */
public class ReconciliationService {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationService.class);

    private final PatStore records;
    private final PtvItemStore items;
    private final PtvAccounts accounts;
    private final SourceIdMapping sourceIds;
    private final OutboundLog log;
    private final Clock clock;

    public ReconciliationService(PatStore records, PtvItemStore items, PtvAccounts accounts, SourceIdMapping sourceIds, OutboundLog log,
            Clock clock) {
        this.records = records;
        this.items = items;
        this.accounts = accounts;
        this.sourceIds = sourceIds;
        this.log = log;
        this.clock = clock;
    }

    /** Which records a reconciliation covers: every one for the node's admins, a tenant's own for its admins. */
    @FunctionalInterface
    public interface Scope {
        boolean covers(PatRecord record) throws Exception;

        static Scope everything() {
            return record -> true;
        }
    }

    /** A stored record read, with its link to PTV if it has one. */
    private record Known(StoredRecord stored, PatRecord record, PtvLink link) {}

    /**
     * @param scope the records, and so the organisations, the caller may see; findings of others are left out
     */
    public Reconciliation reconcile(String correlationId, Scope scope) throws Exception {
        Map<String, PtvLink> links = new HashMap<>();
        Map<String, PtvLink> linksByPtvId = new HashMap<>();
        for (PtvLink link : items.links()) {
            links.put(link.namespace() + "\n" + link.code(), link);
            linksByPtvId.put(link.ptvId(), link);
        }
        List<Known> known = new ArrayList<>();
        for (RecordKind.Namespace namespace : List.of(RecordKind.Namespace.ORGANIZATION, RecordKind.Namespace.SERVICE,
                RecordKind.Namespace.CHANNEL)) {
            for (StoredRecord stored : records.all(namespace)) {
                PatRecord record = read(stored);
                if (scope.covers(record)) {
                    known.add(new Known(stored, record, links.get(namespace + "\n" + stored.code())));
                }
            }
        }
        List<Reconciliation.Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> adoptable = new HashSet<>();
        int organizations = 0;
        int listed = 0;
        for (Known organization : known) {
            if (organization.stored().kind() != RecordKind.ORGANIZATION || organization.link() == null || organization.link().archived()) {
                continue;
            }
            organizations++;
            try {
                listed += reconcileOrganization(organization, known, links, linksByPtvId, findings, adoptable, correlationId);
            } catch (PtvApiException e) {
                String why = "organization '" + organization.stored().code() + "' could not be read from PTV: "
                        + PtvFailures.meaning(e).defaultCause() + " (" + Texts.firstLine(e.getMessage(), 200) + ")";
                LOG.warn("Reconciliation {}: {}", correlationId, why);
                errors.add(why);
            }
        }
        for (Known record : known) {
            if (!record.stored().removed() && record.link() == null) {
                String key = record.stored().kind().namespace() + "\n" + record.stored().code();
                findings.add(new Reconciliation.Finding(Reconciliation.IN_PAT_ONLY, record.stored().kind().jsonName(),
                        record.stored().code(), null, sourceIds.toSourceId(record.stored().code()).sourceId().orElse(null),
                        finnishName(record.record()), PatReferences.owningOrganization(record.record()),
                        adoptable.contains(key) ? "PTV holds an item with its sourceId: adopt it"
                                : "never delivered: push it (post) or let the daily sync create it"));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        return new Reconciliation(OffsetDateTime.now(clock), errors.isEmpty(), organizations, listed, counts, findings, errors);
    }

    /** One organisation: PTV's items of it against the links of the records it owns; returns how many items PTV listed. */
    private int reconcileOrganization(Known organization, List<Known> known, Map<String, PtvLink> links, Map<String, PtvLink> linksByPtvId,
            List<Reconciliation.Finding> findings, Set<String> adoptable, String correlationId) throws Exception {
        String code = organization.stored().code();
        String organizationId = organization.link().ptvId();
        PtvPort ptv = accounts.portFor(organization.record());
        OutboundLog.Context context = new OutboundLog.Context(correlationId, RecordKind.ORGANIZATION.jsonName(), code, 1);

        Optional<PtvItemView> itself = logged(context, organizationId, () -> ptv.item(RecordKind.Namespace.ORGANIZATION, organizationId));
        if (itself.isEmpty()) {
            findings.add(new Reconciliation.Finding(Reconciliation.LINK_GONE, organization.stored().kind().jsonName(), code,
                    organizationId, organization.link().sourceId(), finnishName(organization.record()), code,
                    "PTV publishes no organisation " + organizationId + " (archived or gone): adopt the right item or push it again"));
        }
        Set<String> published = new HashSet<>();
        Set<String> archivedInPtv = new HashSet<>();
        int listed = 0;
        for (RecordKind.Namespace type : List.of(RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
            for (PtvItemView view : allItems(ptv, type, organizationId, context)) {
                listed++;
                published.add(view.ptvId());
                if (linksByPtvId.containsKey(view.ptvId())) {
                    continue;
                }
                Optional<String> ownCode = view.sourceId() == null ? Optional.empty() : sourceIds.toCode(view.sourceId());
                Optional<StoredRecord> stored = ownCode.isEmpty() ? Optional.empty() : records.find(type, ownCode.get());
                PtvLink otherLink = stored.map(s -> links.get(type + "\n" + s.code())).orElse(null);
                String detail;
                if (stored.isEmpty()) {
                    detail = "no PAT record: adopt it for a record, or archive it in PTV";
                } else if (otherLink != null) {
                    detail = "its sourceId is of stored " + stored.get().kind().jsonName() + " '" + stored.get().code()
                            + "', which is linked to PTV item " + otherLink.ptvId() + " instead: find out which one is right";
                } else {
                    adoptable.add(type + "\n" + stored.get().code());
                    detail = "its sourceId is of stored " + stored.get().kind().jsonName() + " '" + stored.get().code()
                            + "': adopt it (POST " + PtvFailures.pushPath(stored.get().kind()) + "/adopt/" + stored.get().code()
                            + "?ptvId=" + view.ptvId() + ")";
                }
                findings.add(new Reconciliation.Finding(Reconciliation.IN_PTV_ONLY, view.kind() == null ? type.name().toLowerCase(Locale.ROOT)
                        : view.kind().jsonName(), stored.map(StoredRecord::code).orElse(null), view.ptvId(), view.sourceId(),
                        view.displayName(), code, detail));
            }
            archivedInPtv.addAll(allArchived(ptv, type, organizationId, context));
        }
        for (Known record : known) {
            PtvLink link = record.link();
            if (record.stored().kind() == RecordKind.ORGANIZATION || link == null || link.archived()
                    || !code.equals(PatReferences.owningOrganization(record.record())) || published.contains(link.ptvId())) {
                continue;
            }
            String kind = record.stored().kind().jsonName();
            if (archivedInPtv.contains(link.ptvId())) {
                findings.add(new Reconciliation.Finding(Reconciliation.LINK_ARCHIVED, kind, record.stored().code(), link.ptvId(),
                        link.sourceId(), finnishName(record.record()), code, record.stored().removed()
                                ? "archived in PTV by an editor or PTV; the record is removed too: nothing to do"
                                : "archived in PTV by an editor or PTV, the record is live: restore it (POST "
                                        + PtvFailures.pushPath(record.stored().kind()) + "/restore/" + record.stored().code()
                                        + ") or remove it"));
                continue;
            }
            Optional<PtvItemView> latest = logged(context, link.ptvId(),
                    () -> ptv.latestVersion(record.stored().kind().namespace(), link.ptvId()));
            if (latest.isEmpty()) {
                findings.add(new Reconciliation.Finding(Reconciliation.LINK_GONE, kind, record.stored().code(), link.ptvId(),
                        link.sourceId(), finnishName(record.record()), code,
                        "PTV no longer has item " + link.ptvId() + ": push the record again (post) once the link is cleared"));
            }
        }
        return listed;
    }

    private List<PtvItemView> allItems(PtvPort ptv, RecordKind.Namespace type, String organizationId, OutboundLog.Context context)
            throws PtvApiException {
        List<PtvItemView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            int current = page;
            PtvPage<PtvItemView> read = logged(context, organizationId, () -> ptv.itemsOfOrganization(type, organizationId, current));
            all.addAll(read.items());
            if (!read.hasNext()) {
                return all;
            }
        }
    }

    private Set<String> allArchived(PtvPort ptv, RecordKind.Namespace type, String organizationId, OutboundLog.Context context)
            throws PtvApiException {
        Set<String> all = new HashSet<>();
        for (int page = 1; ; page++) {
            int current = page;
            PtvPage<PtvItemRef> read = logged(context, organizationId, () -> ptv.archived(type, organizationId, null, current));
            read.items().forEach(item -> all.add(item.ptvId()));
            if (!read.hasNext()) {
                return all;
            }
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        PtvResult<T> run() throws PtvApiException;
    }

    /** Makes a read and writes each of its calls to the integration log, the call of a failed read too. */
    private <T> T logged(OutboundLog.Context context, String ptvId, Read<T> read) throws PtvApiException {
        PtvResult<T> result;
        try {
            result = read.run();
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, ptvId, "ptv-" + e.status(), e.getMessage()));
            throw e;
        }
        for (PtvCall call : result.calls()) {
            log.write(context, call, ptvId, call.status() == 404 ? "not-in-ptv" : "reconcile", null);
        }
        return result.value();
    }

    private static PatRecord read(StoredRecord stored) {
        try {
            return PatJson.mapper().readValue(stored.body(), PatRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored record is always readable: " + stored.kind() + " " + stored.code(), e);
        }
    }

    private static String finnishName(PatRecord record) {
        if (record instanceof Organization organization) {
            return organization.names().get(Language.FI).orElse(null);
        } else if (record instanceof Service service) {
            return service.names().get(Language.FI).orElse(null);
        } else if (record instanceof ServiceChannel channel) {
            return channel.names().get(Language.FI).orElse(null);
        }
        return null;
    }
}
