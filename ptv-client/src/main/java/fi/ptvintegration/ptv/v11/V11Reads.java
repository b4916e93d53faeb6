package fi.ptvintegration.ptv.v11;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The v11 reads behind {@link fi.ptvintegration.ptv.port.PtvReader}: which endpoint answers
 * each, how PTV's pages and filters become the port's, and every answer read into neutral types
 * ({@link V11ItemViews}) with the call it came from.
 *
 * <ul>
 * <li>An item: {@code Organization/{id}}, {@code Service/{id}}, {@code ServiceChannel/{id}}: the
 *     published version; 404 (unknown, draft only, archived) is an empty answer.
 * <li>Its latest version: {@code Service/active/{id}}, {@code ServiceChannel/active/{id}} (the
 *     account's token needed), which show an unpublished edit as {@code Modified}. v11 has no such
 *     read for organisations: their latest version is the published one, and an organisation left
 *     Modified shows only in a write's refusal ({@code latestVersionShowsEdits} says so).
 * <li>Ids of an organisation's items: {@code Common/EntitiesByOrganization/{id}} with {@code page}
 *     and {@code date} (PTV keeps items modified strictly after it, to the second: the reader
 *     asks from a second before {@code changedSince} and keeps the items whose {@code modified} is
 *     at or after it).
 * <li>Whole items: {@code Service/list/organization} and {@code ServiceChannel/list/organization}
 *     (100 a page, PTV's size).
 * <li>Archived items: {@code Service/archived/list}, {@code ServiceChannel/archived/list}, which
 *     page by {@code Skip} and {@code Take} (at most 100) and list one way of archiving at a time:
 *     page N of the port asks for {@value #ARCHIVED_TAKE} archived by a user or an API
 *     ({@code ArchivingType} 0, Manual) and {@value #ARCHIVED_TAKE} archived by PTV itself (1,
 *     Automatic), from {@code (N - 1) * }{@value #ARCHIVED_TAKE}; two calls a page. PTV gives no
 *     total, so a page says there is a next one while either half came back full.
 * </ul>
 *
 * <p>Pages: PTV numbers them from 1 (its paging handler skips {@code (page - 1) * pageSize};
 * the recorded answers say {@code pageNumber 1} of {@code pageCount 1}), as the port does, so a
 * page number passes through unchanged; an answer for another page than asked is refused as
 * unreadable. An empty page comes with {@code itemList: null}.
 */
final class V11Reads {

    /** Archived items asked per way of archiving for one page of the port: two halves of PTV's Take limit of 100. */
    static final int ARCHIVED_TAKE = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter PTV_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final Map<String, RecordKind> CHANNEL_TYPES = Map.of(
            "echannel", RecordKind.ECHANNEL,
            "phone", RecordKind.PHONE,
            "servicelocation", RecordKind.SERVICE_LOCATION,
            "printableform", RecordKind.PRINTABLE_FORM,
            "webpage", RecordKind.WEB_PAGE);

    private final V11Client client;

    V11Reads(V11Client client) {
        this.client = client;
    }

    PtvResult<Optional<PtvItemView>> item(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        return single(type, base(type) + "/" + guid(ptvId, "ptvId"), "GET " + base(type) + "/{id}");
    }

    PtvResult<Optional<PtvItemView>> latestVersion(RecordKind.Namespace type, String ptvId) throws PtvApiException {
        if (type == RecordKind.Namespace.ORGANIZATION) {
            return item(type, ptvId);
        }
        return single(type, base(type) + "/active/" + guid(ptvId, "ptvId"), "GET " + base(type) + "/active/{id}");
    }

    PtvResult<PtvPage<PtvItemRef>> idsOfOrganization(String organizationId, OffsetDateTime changedSince, int page)
            throws PtvApiException {
        StringBuilder path = new StringBuilder("Common/EntitiesByOrganization/").append(guid(organizationId, "organizationId"))
                .append("?page=").append(page(page));
        if (changedSince != null) {
            OffsetDateTime from = changedSince.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
            path.append("&date=").append(encode(PTV_DATE.format(from)));
        }
        Answer answer = get("GET Common/EntitiesByOrganization/{id}", path.toString());
        JsonNode body = answer.pageOf(page);
        List<PtvItemRef> refs = new ArrayList<>();
        List<JsonNode> items = answer.items(body, "itemList");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "itemList[" + i + "]";
            PtvItemRef ref = entityRef(answer, item, where);
            if (changedSince == null || ref.changedAt() == null || !ref.changedAt().isBefore(changedSince)) {
                refs.add(ref);
            }
        }
        return new PtvResult<>(new PtvPage<>(page, answer.pageCount(body), refs), answer.call());
    }

    PtvResult<PtvPage<PtvItemView>> itemsOfOrganization(RecordKind.Namespace type, String organizationId, int page)
            throws PtvApiException {
        String base = base(serviceOrChannel(type));
        Answer answer = get("GET " + base + "/list/organization", base + "/list/organization?organizationId="
                + guid(organizationId, "organizationId") + "&page=" + page(page));
        JsonNode body = answer.pageOf(page);
        List<PtvItemView> views = new ArrayList<>();
        List<JsonNode> items = answer.items(body, "itemList");
        for (int i = 0; i < items.size(); i++) {
            views.add(answer.view(type, items.get(i), "itemList[" + i + "]"));
        }
        return new PtvResult<>(new PtvPage<>(page, answer.pageCount(body), views), answer.call());
    }

    PtvResult<PtvPage<PtvItemRef>> archived(RecordKind.Namespace type, String organizationId, OffsetDateTime archivedSince,
            int page) throws PtvApiException {
        String base = base(serviceOrChannel(type));
        String query = base + "/archived/list?OrganizationId=" + guid(organizationId, "organizationId")
                + "&Skip=" + (long) (page(page) - 1) * ARCHIVED_TAKE + "&Take=" + ARCHIVED_TAKE
                + (archivedSince == null ? "" : "&MinArchivingDate="
                        // PTV keeps those archived strictly after it; a microsecond earlier keeps the one at archivedSince.
                        + encode(archivedSince.minusNanos(1000).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        List<PtvItemRef> refs = new ArrayList<>();
        List<PtvCall> calls = new ArrayList<>();
        boolean full = false;
        // 0 = archived manually (an editor or an API), 1 = automatically (by PTV), as PTV's ArchivingType.
        for (int archivingType = 0; archivingType <= 1; archivingType++) {
            Answer answer = get("GET " + base + "/archived/list", query + "&ArchivingType=" + archivingType);
            calls.add(answer.call());
            if (!answer.body().isArray()) {
                throw PtvApiException.unreadableAnswer(answer.call(), "the answer is not a list of archived items");
            }
            List<JsonNode> items = answer.items(answer.body(), null);
            full |= items.size() >= ARCHIVED_TAKE;
            for (int i = 0; i < items.size(); i++) {
                PtvItemRef ref = archivedRef(type, answer, items.get(i), "[" + i + "]");
                if (archivedSince == null || ref.changedAt() == null || !ref.changedAt().isBefore(archivedSince)) {
                    refs.add(ref);
                }
            }
        }
        int pageCount = full ? page + 1 : refs.isEmpty() && page == 1 ? 0 : page;
        return new PtvResult<>(new PtvPage<>(page, pageCount, refs), calls.get(0), calls);
    }

    /**
     * PTV's copy of an item as a write answered it; null when the answer is not an item view
     * (the write itself succeeded, and its call keeps the answer).
     */
    static PtvItemView savedView(RecordKind.Namespace type, JsonNode answer) {
        try {
            return V11ItemViews.view(type, answer);
        } catch (V11ItemViews.UnreadableItem e) {
            return null;
        }
    }

    private PtvResult<Optional<PtvItemView>> single(RecordKind.Namespace type, String path, String operation)
            throws PtvApiException {
        long started = System.nanoTime();
        String body;
        try {
            body = client.getJson(operation, path);
        } catch (PtvApiException e) {
            PtvCall call = call(path, e.status(), e.responseBody(), started);
            if (e.status() == 404) {
                return new PtvResult<>(Optional.empty(), call);
            }
            throw V11ErrorReader.explain(e, call);
        }
        Answer answer = new Answer(call(path, 200, body, started));
        return new PtvResult<>(Optional.of(answer.view(type, answer.body(), "the item")), answer.call());
    }

    private Answer get(String operation, String path) throws PtvApiException {
        long started = System.nanoTime();
        try {
            return new Answer(call(path, 200, client.getJson(operation, path), started));
        } catch (PtvApiException e) {
            throw V11ErrorReader.explain(e, call(path, e.status(), e.responseBody(), started));
        }
    }

    private PtvCall call(String path, int status, String body, long startedNanos) {
        return new PtvCall("GET", "/api/" + client.settings().apiVersion() + "/" + path, null, status, body,
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** An item of {@code EntitiesByOrganization}: {@code {id, type, created, modified}}. */
    private static PtvItemRef entityRef(Answer answer, JsonNode item, String where) throws PtvApiException {
        String id = answer.id(item, where);
        String type = answer.text(item, "type", where);
        OffsetDateTime modified = answer.time(item, "modified", where);
        String name = answer.text(item, "name", where);
        // Only a service can come without a type: one whose general description is not published.
        if (type == null || List.of("service", "permitorobligation", "professionalqualification").contains(type.toLowerCase(Locale.ROOT))) {
            return new PtvItemRef(RecordKind.Namespace.SERVICE, RecordKind.SERVICE, id, name, modified);
        }
        RecordKind channel = CHANNEL_TYPES.get(type.toLowerCase(Locale.ROOT));
        if (channel == null) {
            throw PtvApiException.unreadableAnswer(answer.call(), where + ".type '" + type + "' is neither a service nor a channel type");
        }
        return new PtvItemRef(RecordKind.Namespace.CHANNEL, channel, id, name, modified);
    }

    /** An archived item: {@code {id, organizationId, type, archivingDate, serviceNames | names}}. */
    private static PtvItemRef archivedRef(RecordKind.Namespace namespace, Answer answer, JsonNode item, String where)
            throws PtvApiException {
        String id = answer.id(item, where);
        OffsetDateTime archived = answer.time(item, "archivingDate", where);
        String name = null;
        for (JsonNode text : answer.items(item, namespace == RecordKind.Namespace.SERVICE ? "serviceNames" : "names")) {
            if ("fi".equalsIgnoreCase(V11ItemViews.text(text.get("language")))
                    && (text.get("type") == null || "Name".equals(V11ItemViews.text(text.get("type"))))) {
                name = V11ItemViews.text(text.get("value"));
            }
        }
        if (namespace == RecordKind.Namespace.SERVICE) {
            return new PtvItemRef(namespace, RecordKind.SERVICE, id, name, archived);
        }
        String type = answer.text(item, "type", where);
        RecordKind kind = type == null ? null : CHANNEL_TYPES.get(type.toLowerCase(Locale.ROOT));
        if (type != null && kind == null) {
            throw PtvApiException.unreadableAnswer(answer.call(), where + ".type '" + type + "' is not a channel kind");
        }
        return new PtvItemRef(namespace, kind, id, name, archived);
    }

    /** One answered call and its body as JSON; every reading problem becomes an unreadable-answer failure. */
    private record Answer(PtvCall call, JsonNode body) {

        Answer(PtvCall call) throws PtvApiException {
            this(call, parse(call));
        }

        private static JsonNode parse(PtvCall call) throws PtvApiException {
            if (call.responseJson() == null || call.responseJson().isBlank()) {
                throw PtvApiException.unreadableAnswer(call, "the answer is empty");
            }
            try {
                return JSON.readTree(call.responseJson());
            } catch (JsonProcessingException e) {
                throw PtvApiException.unreadableAnswer(call, "the answer is not JSON (" + e.getOriginalMessage() + ")");
            }
        }

        /** The page object, checked to be the page asked for. */
        JsonNode pageOf(int page) throws PtvApiException {
            if (!body.isObject()) {
                throw PtvApiException.unreadableAnswer(call, "the answer is not a page object");
            }
            JsonNode number = body.get("pageNumber");
            if (number != null && !number.isNull() && (!number.canConvertToInt() || number.asInt() != page)) {
                throw PtvApiException.unreadableAnswer(call, "page " + page + " was asked for, the answer is page " + number);
            }
            return body;
        }

        int pageCount(JsonNode page) throws PtvApiException {
            JsonNode count = page.get("pageCount");
            if (count == null || count.isNull()) {
                return 0;
            }
            if (!count.canConvertToInt() || count.asInt() < 0) {
                throw PtvApiException.unreadableAnswer(call, "pageCount " + count + " is not a number of pages");
            }
            return count.asInt();
        }

        /** The elements of a list field of {@code node} (of {@code node} itself when field is null); none when null. */
        List<JsonNode> items(JsonNode node, String field) throws PtvApiException {
            JsonNode list = field == null ? node : node.get(field);
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw PtvApiException.unreadableAnswer(call, (field == null ? "the answer" : field) + " is not a list");
            }
            List<JsonNode> items = new ArrayList<>();
            list.forEach(items::add);
            return items;
        }

        String id(JsonNode item, String where) throws PtvApiException {
            String id = text(item, "id", where);
            if (id == null) {
                throw PtvApiException.unreadableAnswer(call, where + " has no id");
            }
            return id;
        }

        String text(JsonNode item, String field, String where) throws PtvApiException {
            if (!item.isObject()) {
                throw PtvApiException.unreadableAnswer(call, where + " is not an object");
            }
            JsonNode value = item.get(field);
            if (value != null && value.isContainerNode()) {
                throw PtvApiException.unreadableAnswer(call, where + "." + field + " is not a value");
            }
            return V11ItemViews.text(value);
        }

        OffsetDateTime time(JsonNode item, String field, String where) throws PtvApiException {
            String value = text(item, field, where);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw PtvApiException.unreadableAnswer(call, where + "." + field + " '" + value + "' is not a date and time");
                }
            }
        }

        PtvItemView view(RecordKind.Namespace type, JsonNode item, String where) throws PtvApiException {
            try {
                return V11ItemViews.view(type, item);
            } catch (V11ItemViews.UnreadableItem e) {
                throw PtvApiException.unreadableAnswer(call, where + ": " + e.getMessage());
            }
        }
    }

    private static String base(RecordKind.Namespace type) {
        return switch (type) {
            case ORGANIZATION -> "Organization";
            case SERVICE -> "Service";
            case CHANNEL -> "ServiceChannel";
            case OFFERING -> throw new IllegalArgumentException("an offering is not an item of its own in PTV");
        };
    }

    private static RecordKind.Namespace serviceOrChannel(RecordKind.Namespace type) {
        if (type != RecordKind.Namespace.SERVICE && type != RecordKind.Namespace.CHANNEL) {
            throw new IllegalArgumentException("PTV lists services or channels here, not " + type);
        }
        return type;
    }

    private static String guid(String id, String what) {
        if (id == null || !GUID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id + "' is not a PTV id (a GUID)");
        }
        return id;
    }

    private static int page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        return page;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
