package fi.ptvintegration.routes.adopt;

import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
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
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvItemViews;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ptv.OutboundLog;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links PAT codes to items that already exist in PTV (adoption), so that a city whose content
 * has been in PTV since 2017 does not get a second copy of each item: one at a time by PTV id,
 * or for a whole organisation through match proposals. An item is adopted only when PTV has it,
 * it is of the record's kind, it belongs to the organisation the record pushes for, and no other
 * code is linked to it. After adoption a {@code put} updates the item by PTV id and sets its
 * sourceId; a {@code post} is refused (it would make a second copy). What PTV held when adopted is
 * kept, so an edit made in PTV afterwards shows as drift.
 */
public class AdoptionService {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** What an adoption did. */
    public record Adopted(String kind, String code, String ptvId, String sourceId, String publishingStatus, String ptvName) {}

    /** The outcome of one proposal accepted from a list: adopted, or refused with the reason. */
    public record Accepted(String kind, String code, String ptvId, boolean adopted, int status, String error, String message) {}

    /** A proposal to accept: the record and the PTV item. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String kind, String code, String ptvId) {}

    private final PatStore records;
    private final PtvItemStore items;
    private final PtvAccounts accounts;
    private final SourceIdMapping sourceIds;
    private final TenantScope scope;
    private final OutboundLog log;
    private final Clock clock;

    public AdoptionService(PatStore records, PtvItemStore items, PtvAccounts accounts, SourceIdMapping sourceIds, TenantScope scope,
            OutboundLog log, Clock clock) {
        this.records = records;
        this.items = items;
        this.accounts = accounts;
        this.sourceIds = sourceIds;
        this.scope = scope;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Links {@code code} of {@code kind} to PTV item {@code ptvId}; refuses with 400 for a PTV id
     * that is not one, 404 when the record is not stored or PTV has no such item, 409 when the
     * code or the item is linked already, the item is of another kind or organisation, or the
     * record's organisation is not in PTV yet.
     */
    public Adopted adopt(RecordKind kind, String code, String ptvId, String correlationId, Caller caller) throws Exception {
        if (ptvId == null || !GUID.matcher(ptvId).matches()) {
            throw new CallRefusal(400, "bad-query", "ptvId must be a PTV id (a GUID), was '" + ptvId + "'");
        }
        PatRecord record = stored(kind, code);
        Optional<String> outsideTenant = scope.refusal(caller, record, Optional.empty());
        if (outsideTenant.isPresent()) {
            throw new CallRefusal(403, "forbidden-organization", outsideTenant.get());
        }
        Optional<PtvItem> linked = items.find(kind.namespace(), code);
        if (linked.isPresent()) {
            throw new CallRefusal(409, "already-linked", kind.jsonName() + " '" + code + "' is linked to PTV item "
                    + linked.get().ptvId() + " already" + (linked.get().ptvId().equalsIgnoreCase(ptvId) ? "" : "; it cannot be linked to another"));
        }
        Optional<PtvItemStore.Linked> other = items.findByPtvId(ptvId.toLowerCase(java.util.Locale.ROOT));
        if (other.isPresent()) {
            throw new CallRefusal(409, "ptv-id-linked", "PTV item " + ptvId + " is linked to " + other.get().namespace().name()
                    .toLowerCase(java.util.Locale.ROOT) + " '" + other.get().item().code() + "' already");
        }
        String expectedOrganization = owningOrganizationPtvId(record);
        PtvPort ptv = accounts.portFor(record);
        OutboundLog.Context context = new OutboundLog.Context(correlationId, kind.jsonName(), code, 1);
        PtvItemView item = find(ptv, kind.namespace(), ptvId, context)
                .orElseThrow(() -> new CallRefusal(404, "not-in-ptv", "PTV has no item " + ptvId + " (or it is archived)"));
        if (item.kind() != kind) {
            throw new CallRefusal(409, "wrong-kind", "PTV item " + ptvId + " is " + item.kind().jsonName() + ", not "
                    + kind.jsonName());
        }
        if (expectedOrganization != null && !expectedOrganization.equalsIgnoreCase(String.valueOf(item.organizationId()))) {
            throw new CallRefusal(409, "other-organization", "PTV item " + ptvId + " belongs to organisation " + item.organizationId()
                    + ", not to " + organizationCode(record) + " (" + expectedOrganization + ") that " + kind.jsonName() + " '" + code
                    + "' pushes for");
        }
        String sourceId = sourceIds.toSourceId(code).sourceId().orElseThrow(() -> new CallRefusal(422, "validation",
                "the code cannot become a PTV sourceId"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            items.adopt(kind.namespace(), new PtvItem(code, sourceId, item.ptvId(), item.publishingStatus(), null, null, null,
                    PtvItem.ADOPTED, new PtvItem.Held(item.modified(), PtvItemViews.contentHash(item), item.fields(), now)));
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new CallRefusal(409, "ptv-id-linked", "PTV item " + ptvId + " or " + kind.jsonName() + " '" + code
                        + "' was linked by someone else meanwhile");
            }
            throw e;
        }
        return new Adopted(kind.jsonName(), code, item.ptvId(), sourceId, item.publishingStatus(), item.displayName());
    }

    /**
     * The item by PTV id as this account sees it: its latest version (also an unpublished one), else
     * its published version (PTV shows another organisation's items only published), looked for in
     * the expected type first and then in the others, so that an id of another kind is named as such.
     */
    private Optional<PtvItemView> find(PtvPort ptv, RecordKind.Namespace expected, String ptvId, OutboundLog.Context context)
            throws Exception {
        List<RecordKind.Namespace> types = new ArrayList<>(List.of(expected));
        for (RecordKind.Namespace type : List.of(RecordKind.Namespace.ORGANIZATION, RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
            if (type != expected) {
                types.add(type);
            }
        }
        for (RecordKind.Namespace type : types) {
            Optional<PtvItemView> found = read(() -> ptv.latestVersion(type, ptvId), ptvId, context);
            if (found.isEmpty()) {
                found = read(() -> ptv.item(type, ptvId), ptvId, context);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Read {
        PtvResult<Optional<PtvItemView>> run() throws PtvApiException;
    }

    private Optional<PtvItemView> read(Read read, String ptvId, OutboundLog.Context context) {
        PtvResult<Optional<PtvItemView>> result;
        try {
            result = read.run();
        } catch (PtvApiException e) {
            e.call().ifPresent(call -> log.write(context, call, ptvId, "ptv-" + e.status(), e.getMessage()));
            throw PtvFailures.answer(e, PtvFailures.Operation.UPDATE, RecordKind.fromJsonName(context.kind()).orElseThrow(),
                    context.code(), null);
        }
        for (PtvCall call : result.calls()) {
            log.write(context, call, ptvId, call.status() == 404 ? "not-in-ptv" : "read-to-adopt", null);
        }
        return result.value();
    }

    /**
     * Match proposals for the services and channels of one organisation (its PAT code): PTV's
     * items of the organisation that no code is linked to, against the PAT records it owns that
     * are linked to nothing.
     */
    public Proposals proposals(String organizationCode, String correlationId, Caller caller) throws Exception {
        Optional<String> outsideTenant = scope.refusal(caller, organizationCode);
        if (outsideTenant.isPresent()) {
            throw new CallRefusal(403, "forbidden-organization", outsideTenant.get());
        }
        PtvItem organization = items.find(RecordKind.Namespace.ORGANIZATION, organizationCode).orElseThrow(() -> new CallRefusal(409,
                "not-in-ptv", "organisation '" + organizationCode + "' is not linked to PTV: adopt or push it first"));
        PatRecord organizationRecord = stored(RecordKind.ORGANIZATION, organizationCode);
        PtvPort ptv = accounts.portFor(organizationRecord);
        OutboundLog.Context context = new OutboundLog.Context(correlationId, RecordKind.ORGANIZATION.jsonName(), organizationCode, 1);
        List<ProposalMatcher.Candidate> inPtv = new ArrayList<>();
        for (RecordKind.Namespace type : List.of(RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
            for (PtvItemView view : allItems(ptv, type, organization.ptvId(), context)) {
                if (items.findByPtvId(view.ptvId()).isEmpty()) {
                    inPtv.add(new ProposalMatcher.Candidate(view.kind().jsonName(), view.ptvId(), view.sourceId(), view.displayName()));
                }
            }
        }
        List<ProposalMatcher.Candidate> unlinked = new ArrayList<>();
        for (RecordKind.Namespace type : List.of(RecordKind.Namespace.SERVICE, RecordKind.Namespace.CHANNEL)) {
            Set<String> linkedCodes = Set.copyOf(items.linked(type).stream().map(PtvItem::code).toList());
            for (StoredRecord stored : records.all(type)) {
                if (linkedCodes.contains(stored.code())) {
                    continue;
                }
                PatRecord record = PatJson.mapper().readValue(stored.body(), PatRecord.class);
                if (organizationCode.equals(PatReferences.owningOrganization(record))) {
                    unlinked.add(new ProposalMatcher.Candidate(record.kind().jsonName(), record.code(),
                            sourceIds.toSourceId(record.code()).sourceId().orElse(null), finnishName(record)));
                }
            }
        }
        return ProposalMatcher.match(organizationCode, unlinked, inPtv);
    }

    /** Accepts proposals one by one: each adopted or refused with its reason, the others go on. */
    public List<Accepted> accept(List<Choice> choices, String correlationId, Caller caller) throws Exception {
        List<Accepted> results = new ArrayList<>();
        for (Choice choice : choices) {
            RecordKind kind = RecordKind.fromJsonName(choice.kind()).filter(k -> k != RecordKind.OFFERING).orElse(null);
            if (kind == null) {
                results.add(new Accepted(choice.kind(), choice.code(), choice.ptvId(), false, 400, "bad-query",
                        "kind must be organization, service or a channel kind"));
                continue;
            }
            try {
                Adopted adopted = adopt(kind, choice.code(), choice.ptvId(), correlationId, caller);
                results.add(new Accepted(adopted.kind(), adopted.code(), adopted.ptvId(), true, 200, null, null));
            } catch (CallRefusal refusal) {
                results.add(new Accepted(choice.kind(), choice.code(), choice.ptvId(), false, refusal.status(), refusal.error(),
                        refusal.getMessage()));
            }
        }
        return results;
    }

    private List<PtvItemView> allItems(PtvPort ptv, RecordKind.Namespace type, String organizationId, OutboundLog.Context context)
            throws Exception {
        List<PtvItemView> all = new ArrayList<>();
        int page = 1;
        while (true) {
            PtvResult<PtvPage<PtvItemView>> read;
            try {
                read = ptv.itemsOfOrganization(type, organizationId, page);
            } catch (PtvApiException e) {
                e.call().ifPresent(call -> log.write(context, call, organizationId, "ptv-" + e.status(), e.getMessage()));
                throw PtvFailures.answer(e, PtvFailures.Operation.UPDATE, RecordKind.ORGANIZATION, context.code(), null);
            }
            read.calls().forEach(call -> log.write(context, call, organizationId, "read-items", null));
            all.addAll(read.value().items());
            if (!read.value().hasNext()) {
                return all;
            }
            page++;
        }
    }

    private PatRecord stored(RecordKind kind, String code) throws Exception {
        StoredRecord stored = records.find(kind.namespace(), code).filter(r -> r.kind() == kind).orElseThrow(() -> new CallRefusal(404,
                "not-found", "no " + kind.jsonName() + " '" + code + "' is stored: send it to /cxf/yleiset/put first"));
        return PatJson.mapper().readValue(stored.body(), PatRecord.class);
    }

    /** The PTV id the item must belong to: a service's or channel's organisation, an organisation's parent; null for a top organisation. */
    private String owningOrganizationPtvId(PatRecord record) throws SQLException {
        String code = organizationCode(record);
        if (code == null) {
            return null;
        }
        return items.find(RecordKind.Namespace.ORGANIZATION, code).map(PtvItem::ptvId).orElseThrow(() -> new CallRefusal(409,
                "not-in-ptv", "organisation '" + code + "' that " + record.kind().jsonName() + " '" + record.code()
                        + "' belongs to is not linked to PTV: adopt or push it first"));
    }

    private static String organizationCode(PatRecord record) {
        if (record instanceof Organization organization) {
            String parent = organization.parentOrganizationCode();
            return parent == null || parent.isBlank() ? null : parent;
        }
        return PatReferences.owningOrganization(record);
    }

    private static String finnishName(PatRecord record) {
        LocalizedText names = record instanceof Service service ? service.names()
                : record instanceof ServiceChannel channel ? channel.names()
                : record instanceof Organization organization ? organization.names() : null;
        return names == null ? null : names.get(Language.FI).orElse(null);
    }
}
