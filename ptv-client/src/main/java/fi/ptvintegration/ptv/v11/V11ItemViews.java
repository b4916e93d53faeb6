package fi.ptvintegration.ptv.v11;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvItemView;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PTV's read model of an organisation, service or channel (a JSON tree as PTV answered it) as a
 * {@link PtvItemView}: identity, status, time, owner, and the fields this system sends (see the
 * mappers of this package) flattened to {@code path -> value}. Pure. Reads the read models of
 * API v8, v9 and v11, which differ in places this handles (a municipality as a code or an object,
 * areas as codes or with their municipalities, v9's accessibility fields, a service's
 * organisations by role or as IN-style producers), and tells apart an absent value (left out) from
 * a value of the wrong shape (an {@link UnreadableItem} naming the field).
 *
 * <p>The paths, with the language as a segment (PTV's code) and list items keyed by what
 * identifies them:
 * <ul>
 * <li>every kind: {@code names.<type>.<lang>}, {@code descriptions.<type>.<lang>},
 *     {@code languages[<lang>]}, {@code areaType}, {@code areas[<type>:<code>]} (a municipality
 *     area once per municipality);
 * <li>contacts: {@code emails.<lang>[<address>]} (with {@code .description}),
 *     {@code supportEmails.<lang>[<address>]}, {@code phoneNumbers.<lang>[<prefix+number>]} and
 *     {@code supportPhones.<lang>[...]} (with {@code .type}, {@code .chargeType},
 *     {@code .chargeDescription}, {@code .additionalInformation}, {@code .finnishServiceNumber}),
 *     {@code webPages.<lang>[<url>]} (with {@code .name});
 * <li>addresses: {@code addresses[<type>:<subType>]} and {@code deliveryAddresses[<subType>]} with
 *     {@code .street.<lang>}, {@code .streetNumber}, {@code .postalCode}, {@code .municipality},
 *     {@code .postOfficeBox.<lang>}, {@code .latitude}, {@code .longitude}, {@code .country},
 *     {@code .additionalInformation.<lang>}, {@code .foreign.<lang>}, {@code .receiver.<lang>};
 * <li>organisation: {@code organizationType}, {@code businessCode}, {@code oid}, {@code municipality},
 *     {@code parentOrganizationId}, {@code displayNameType.<lang>};
 * <li>service: {@code type}, {@code fundingType}, {@code chargeType}, {@code generalDescriptionId},
 *     {@code serviceVouchersInUse}, {@code keywords.<lang>[<keyword>]}, {@code requirements.<lang>},
 *     {@code serviceClasses[<uri>]}, {@code ontologyTerms[<uri>]}, {@code targetGroups[<uri>]},
 *     {@code lifeEvents[<uri>]}, {@code industrialClasses[<uri>]},
 *     {@code otherResponsibleOrganizations[<id>]},
 *     {@code producers[<provisionType>:<organisation id>]} (with {@code .additionalInformation.<lang>});
 * <li>channels: {@code serviceHours[<type>]} ({@code [<type>:<valid from>]} for hours valid from a
 *     day) with {@code .validFrom}, {@code .validTo},
 *     {@code .isClosed}, {@code .isAlwaysOpen}, {@code .isReservation},
 *     {@code .additionalInformation.<lang>} and {@code .openingHours[<day from>]} ({@code .dayTo},
 *     {@code .opens}, {@code .closes}); e-channel and web page: {@code urls.<lang>},
 *     {@code accessibility.<lang>.level}, {@code .wcagLevel}, {@code .statementName},
 *     {@code .statementUrl}; e-channel: {@code requiresAuthentication}, {@code requiresSignature},
 *     {@code signatureQuantity}; printable form: {@code formIdentifier.<lang>},
 *     {@code channelUrls.<lang>[<type>]}; service location: {@code displayNameType.<lang>}.
 * </ul>
 *
 * <p>A contact without what identifies it (a phone without a number, an e-mail without an
 * address, a web page without a URL, as PTV answers placeholders) is left out. Normalised so
 * that the same content compares equal however PTV wrote it: texts trimmed with
 * line ends as {@code \n}, a boolean only when true (PTV leaves false out in some versions and
 * sends it in others), times {@code HH:mm} (PTV answers {@code HH:mm:ss}), a validity at midnight
 * as its date. Not in the view: what this system does not send (connections, which PTV keeps
 * apart from the item's modification time, service collections, entrances, vouchers, laws,
 * attachments, electronic invoicing addresses) and what PTV derives (post offices, coordinate
 * states, classification names).
 */
final class V11ItemViews {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::00(?:\\.0+)?)?$");
    private static final Pattern MIDNIGHT = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T00:00(?::00(?:\\.0+)?)?(?:Z|[+-]00:?00)?$");
    private static final Map<String, RecordKind> CHANNEL_KINDS = Map.of(
            "echannel", RecordKind.ECHANNEL,
            "electronicchannel", RecordKind.ECHANNEL,
            "phone", RecordKind.PHONE,
            "servicelocation", RecordKind.SERVICE_LOCATION,
            "printableform", RecordKind.PRINTABLE_FORM,
            "webpage", RecordKind.WEB_PAGE);
    /** v11's channel wrapper of the reconstructed spec, read in case an answer ever comes in it. */
    private static final List<String> CHANNEL_WRAPPERS = List.of(
            "electronicChannel", "phoneChannel", "printableFormChannel", "locationChannel", "webPageChannel");
    private static final List<String> CLASSIFICATIONS = List.of(
            "serviceClasses", "ontologyTerms", "targetGroups", "lifeEvents", "industrialClasses");

    private V11ItemViews() {}

    /** A read model that is not an item of the expected type, or has a value of the wrong shape. */
    static final class UnreadableItem extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableItem(String reason) {
            super(reason);
        }
    }

    /**
     * The view of one item of the given type ({@code null}: whichever the read model is).
     *
     * @throws UnreadableItem when the tree is not such an item or a field has the wrong shape
     */
    static PtvItemView view(RecordKind.Namespace expected, JsonNode tree) throws UnreadableItem {
        JsonNode item = unwrapped(tree);
        if (item == null || !item.isObject()) {
            throw new UnreadableItem("the item is " + (item == null || item.isNull() ? "missing" : "not a JSON object"));
        }
        String id = text(item, "id");
        if (id == null) {
            throw new UnreadableItem("the item has no id");
        }
        RecordKind kind = kind(expected, item);
        ViewFields fields = new ViewFields();
        String owner;
        switch (kind) {
            case ORGANIZATION -> owner = organization(item, fields);
            case SERVICE -> owner = service(item, fields);
            default -> owner = channel(kind, item, fields);
        }
        return new PtvItemView(kind, id, text(item, "sourceId"), text(item, "publishingStatus"), time(item, "modified"), owner,
                fields.build());
    }

    private static JsonNode unwrapped(JsonNode tree) {
        if (tree != null && tree.isObject() && !tree.has("id")) {
            for (String wrapper : CHANNEL_WRAPPERS) {
                if (tree.path(wrapper).isObject()) {
                    return tree.get(wrapper);
                }
            }
        }
        return tree;
    }

    private static RecordKind kind(RecordKind.Namespace expected, JsonNode item) throws UnreadableItem {
        String channelType = text(item, "serviceChannelType");
        RecordKind.Namespace actual = channelType != null ? RecordKind.Namespace.CHANNEL
                : item.has("serviceNames") || item.has("serviceDescriptions") || item.has("fundingType") ? RecordKind.Namespace.SERVICE
                : item.has("organizationNames") || item.has("organizationType") ? RecordKind.Namespace.ORGANIZATION
                : expected;
        if (actual == null) {
            throw new UnreadableItem("the item is neither an organisation, a service nor a channel");
        }
        if (expected != null && actual != expected) {
            throw new UnreadableItem("a " + actual.name().toLowerCase(Locale.ROOT) + " where a "
                    + expected.name().toLowerCase(Locale.ROOT) + " was expected");
        }
        return switch (actual) {
            case ORGANIZATION -> RecordKind.ORGANIZATION;
            case SERVICE -> RecordKind.SERVICE;
            case CHANNEL -> {
                if (channelType == null) {
                    throw new UnreadableItem("the channel has no serviceChannelType");
                }
                RecordKind channel = CHANNEL_KINDS.get(channelType.toLowerCase(Locale.ROOT));
                if (channel == null) {
                    throw new UnreadableItem("serviceChannelType '" + channelType + "' is not a channel kind this system knows");
                }
                yield channel;
            }
            case OFFERING -> throw new UnreadableItem("an offering is not an item of its own in PTV");
        };
    }

    /** Fills an organisation's fields; answers its parent's id. */
    private static String organization(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (String scalar : List.of("organizationType", "businessCode", "oid", "areaType", "parentOrganizationId")) {
            fields.put(scalar, text(item, scalar));
        }
        fields.put("municipality", municipality(item.get("municipality"), "municipality"));
        texts(item, "organizationNames", "names", "Name", fields);
        texts(item, "organizationDescriptions", "descriptions", "Description", fields);
        displayNameTypes(item, fields);
        areas(item, fields);
        emails(item, "emails", "emails", fields);
        phones(item, "phoneNumbers", "phoneNumbers", fields);
        webPages(item, "webPages", fields);
        addresses(item, "addresses", "addresses", fields);
        return text(item, "parentOrganizationId");
    }

    /** Fills a service's fields; answers its main responsible organisation's id. */
    private static String service(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (String scalar : List.of("type", "fundingType", "generalDescriptionId", "areaType")) {
            fields.put(scalar, text(item, scalar));
        }
        fields.put("chargeType", text(item, "serviceChargeType"));
        fields.put("serviceVouchersInUse", truth(item, "serviceVouchersInUse"));
        texts(item, "serviceNames", "names", "Name", fields);
        texts(item, "serviceDescriptions", "descriptions", "Description", fields);
        languages(item, fields);
        areas(item, fields);
        for (JsonNode keyword : list(item, "keywords")) {
            String value = text(keyword, "value");
            fields.item("keywords." + language(keyword), value, Map.of("", nullToEmpty(value)));
        }
        for (JsonNode requirement : list(item, "requirements")) {
            fields.put("requirements." + language(requirement), text(requirement, "value"));
        }
        for (String classification : CLASSIFICATIONS) {
            for (JsonNode entry : list(item, classification)) {
                String uri = entry.isTextual() ? text(entry) : text(entry, "uri");
                if (uri == null && !entry.isTextual()) {
                    uri = text(entry, "code");
                }
                fields.item(classification, uri, Map.of("", nullToEmpty(uri)));
            }
        }
        return serviceOrganizations(item, fields);
    }

    /**
     * The service's organisations by role. v11 answers them in {@code organizations} with a
     * {@code roleType} (Responsible, OtherResponsible, Producer); the spec also names
     * {@code mainOrganization} and {@code serviceProducers}, and an IN-shaped answer has
     * {@code mainResponsibleOrganization} and {@code otherResponsibleOrganizations}. For each role
     * the {@code organizations} entries win when there are any.
     */
    private static String serviceOrganizations(JsonNode item, ViewFields fields) throws UnreadableItem {
        String responsible = null;
        List<String> others = new ArrayList<>();
        List<Map<String, String>> producers = new ArrayList<>();
        List<String> producerKeys = new ArrayList<>();
        for (JsonNode organization : list(item, "organizations")) {
            String role = text(organization, "roleType");
            String id = organization.path("organization").isObject() ? text(organization.get("organization"), "id")
                    : text(organization, "organizationId");
            if ("Responsible".equalsIgnoreCase(role)) {
                responsible = responsible == null ? id : responsible;
            } else if ("OtherResponsible".equalsIgnoreCase(role)) {
                others.add(id);
            } else if ("Producer".equalsIgnoreCase(role)) {
                producer(text(organization, "provisionType"), id, organization, producerKeys, producers);
            }
        }
        if (responsible == null) {
            responsible = item.path("mainOrganization").isObject() ? text(item.get("mainOrganization"), "id")
                    : text(item, "mainResponsibleOrganization");
        }
        if (others.isEmpty()) {
            for (JsonNode other : list(item, "otherResponsibleOrganizations")) {
                others.add(other.isObject() ? text(other, "id") : text(other));
            }
        }
        if (producers.isEmpty()) {
            for (JsonNode producer : list(item, "serviceProducers")) {
                List<JsonNode> organizations = list(producer, "organizations");
                if (organizations.isEmpty()) {
                    producer(text(producer, "provisionType"), null, producer, producerKeys, producers);
                }
                for (JsonNode organization : organizations) {
                    String id = organization.isObject() ? text(organization, "id") : text(organization);
                    producer(text(producer, "provisionType"), id, producer, producerKeys, producers);
                }
            }
        }
        for (String other : others) {
            fields.item("otherResponsibleOrganizations", other, Map.of("", nullToEmpty(other)));
        }
        for (int i = 0; i < producers.size(); i++) {
            fields.item("producers", producerKeys.get(i), producers.get(i));
        }
        return responsible;
    }

    private static void producer(String provisionType, String organizationId, JsonNode entry, List<String> keys,
            List<Map<String, String>> producers) throws UnreadableItem {
        Map<String, String> parts = new TreeMap<>();
        parts.put("", organizationId != null ? organizationId : nullToEmpty(provisionType));
        localizedParts(entry, "additionalInformation", ".additionalInformation", parts);
        keys.add(nullToEmpty(provisionType) + ":" + nullToEmpty(organizationId));
        producers.add(parts);
    }

    /** Fills a channel's fields; answers its organisation's id. */
    private static String channel(RecordKind kind, JsonNode item, ViewFields fields) throws UnreadableItem {
        fields.put("areaType", text(item, "areaType"));
        texts(item, "serviceChannelNames", "names", "Name", fields);
        texts(item, "serviceChannelDescriptions", "descriptions", "Description", fields);
        languages(item, fields);
        areas(item, fields);
        serviceHours(item, fields);
        phones(item, "supportPhones", "supportPhones", fields);
        switch (kind) {
            case ECHANNEL, WEB_PAGE -> {
                for (JsonNode page : list(item, "webPages")) {
                    fields.put("urls." + language(page), text(page, "url"));
                }
                accessibility(item, fields);
                if (kind == RecordKind.ECHANNEL) {
                    fields.put("requiresAuthentication", truth(item, "requiresAuthentication"));
                    fields.put("requiresSignature", truth(item, "requiresSignature"));
                    String quantity = text(item, "signatureQuantity");
                    fields.put("signatureQuantity", "0".equals(quantity) ? null : quantity);
                }
                emails(item, "supportEmails", "supportEmails", fields);
            }
            case PHONE -> {
                phones(item, "phoneNumbers", "phoneNumbers", fields);
                webPages(item, "webPages", fields);
                emails(item, "supportEmails", "supportEmails", fields);
            }
            case SERVICE_LOCATION -> {
                displayNameTypes(item, fields);
                addresses(item, "addresses", "addresses", fields);
                phones(item, "phoneNumbers", "phoneNumbers", fields);
                webPages(item, "webPages", fields);
                // Written as emails; v11's swagger answers them as supportEmails, real answers as emails.
                emails(item, "emails", "emails", fields);
                emails(item, "supportEmails", "emails", fields);
            }
            case PRINTABLE_FORM -> {
                for (JsonNode identifier : list(item, "formIdentifier")) {
                    fields.put("formIdentifier." + language(identifier), text(identifier, "value"));
                }
                for (JsonNode url : list(item, "channelUrls")) {
                    fields.item("channelUrls." + language(url), text(url, "type"), Map.of("", nullToEmpty(text(url, "value"))));
                }
                addresses(item, "deliveryAddresses", "deliveryAddresses", fields);
                webPages(item, "webPages", fields);
                emails(item, "supportEmails", "supportEmails", fields);
            }
            default -> throw new UnreadableItem(kind + " is not a channel kind");
        }
        return text(item, "organizationId");
    }

    private static void serviceHours(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (JsonNode hours : list(item, "serviceHours")) {
            ViewFields parts = new ViewFields();
            String validFrom = date(text(hours, "validFrom"));
            parts.put(".validFrom", validFrom);
            parts.put(".validTo", date(text(hours, "validTo")));
            parts.put(".isClosed", truth(hours, "isClosed"));
            parts.put(".isAlwaysOpen", truth(hours, "isAlwaysOpen"));
            parts.put(".isReservation", truth(hours, "isReservation"));
            for (JsonNode information : list(hours, "additionalInformation")) {
                parts.put(".additionalInformation." + language(information), text(information, "value"));
            }
            for (JsonNode opening : list(hours, "openingHour")) {
                Map<String, String> times = new TreeMap<>();
                String dayFrom = text(opening, "dayFrom");
                times.put("", nullToEmpty(dayFrom));
                times.put(".dayTo", nullToEmpty(text(opening, "dayTo")));
                times.put(".opens", nullToEmpty(time(text(opening, "from"))));
                times.put(".closes", nullToEmpty(time(text(opening, "to"))));
                parts.item(".openingHours", dayFrom, times);
            }
            String type = text(hours, "serviceHourType");
            fields.item("serviceHours", validFrom == null ? nullToEmpty(type) : nullToEmpty(type) + ":" + validFrom, parts.build());
        }
    }

    /** v11: a list per language; v9: level and WCAG level of the channel, statement pages per language. */
    private static void accessibility(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (JsonNode classification : list(item, "accessibilityClassification")) {
            String prefix = "accessibility." + language(classification);
            fields.put(prefix + ".level", text(classification, "accessibilityClassificationLevel"));
            fields.put(prefix + ".wcagLevel", text(classification, "wcagLevel"));
            fields.put(prefix + ".statementName", text(classification, "accessibilityStatementWebPageName"));
            fields.put(prefix + ".statementUrl", text(classification, "accessibilityStatementWebPage"));
        }
        if (!item.path("accessibilityStatementWebPage").isArray()) {
            return;
        }
        fields.put("accessibility.level", text(item, "accessibilityClassificationLevel"));
        fields.put("accessibility.wcagLevel", text(item, "wcagLevel"));
        for (JsonNode page : list(item, "accessibilityStatementWebPage")) {
            String prefix = "accessibility." + language(page);
            fields.put(prefix + ".statementName", text(page, "value"));
            fields.put(prefix + ".statementUrl", text(page, "url"));
        }
    }

    /** {@code [{language, type, value}]} as {@code <to>.<type>.<lang>}. */
    private static void texts(JsonNode item, String list, String to, String defaultType, ViewFields fields) throws UnreadableItem {
        for (JsonNode text : list(item, list)) {
            String type = text(text, "type");
            fields.put(to + "." + (type == null ? defaultType : type) + "." + language(text), text(text, "value"));
        }
    }

    private static void displayNameTypes(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (JsonNode display : list(item, "displayNameType")) {
            fields.put("displayNameType." + language(display), text(display, "type"));
        }
    }

    private static void languages(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (JsonNode language : list(item, "languages")) {
            String code = text(language);
            fields.item("languages", code == null ? null : code.toLowerCase(Locale.ROOT), Map.of("", nullToEmpty(code)));
        }
    }

    /**
     * Areas as PTV reads them ({@code {type, code, municipalities}}: a municipality area lists its
     * municipalities, other areas have a code), as PTV takes them ({@code {type, areaCodes}}),
     * an organisation's codes under {@code subAreaType}, or {@code areaMunicipalities}.
     */
    private static void areas(JsonNode item, ViewFields fields) throws UnreadableItem {
        for (JsonNode area : list(item, "areas")) {
            if (area.isTextual()) {
                area(text(item, "subAreaType"), text(area), fields);
                continue;
            }
            String type = text(area, "type");
            String code = text(area, "code");
            List<JsonNode> codes = list(area, "areaCodes");
            List<JsonNode> municipalities = list(area, "municipalities");
            if (code != null) {
                area(type, code, fields);
            } else if (!codes.isEmpty()) {
                for (JsonNode areaCode : codes) {
                    area(type, text(areaCode), fields);
                }
            } else {
                for (JsonNode municipality : municipalities) {
                    area(type, municipality(municipality, "areas[].municipalities[]"), fields);
                }
            }
        }
        for (JsonNode municipality : list(item, "areaMunicipalities")) {
            area("Municipality", municipality(municipality, "areaMunicipalities[]"), fields);
        }
    }

    private static void area(String type, String code, ViewFields fields) {
        if (code != null) {
            fields.item("areas", nullToEmpty(type) + ":" + code, Map.of("", code));
        }
    }

    private static void emails(JsonNode item, String list, String to, ViewFields fields) throws UnreadableItem {
        for (JsonNode email : list(item, list)) {
            String address = text(email, "value");
            if (address == null) {
                continue;
            }
            Map<String, String> parts = new TreeMap<>();
            parts.put("", nullToEmpty(address));
            parts.put(".description", nullToEmpty(text(email, "description")));
            fields.item(to + "." + language(email), address, parts);
        }
    }

    private static void phones(JsonNode item, String list, String to, ViewFields fields) throws UnreadableItem {
        for (JsonNode phone : list(item, list)) {
            String number = text(phone, "number");
            if (number == null) {
                continue;
            }
            boolean serviceNumber = truth(phone, "isFinnishServiceNumber") != null;
            String prefix = serviceNumber ? null : text(phone, "prefixNumber");
            String full = nullToEmpty(prefix) + number;
            Map<String, String> parts = new TreeMap<>();
            parts.put("", nullToEmpty(full));
            parts.put(".type", nullToEmpty(text(phone, "type")));
            parts.put(".chargeType", nullToEmpty(text(phone, "serviceChargeType")));
            parts.put(".chargeDescription", nullToEmpty(text(phone, "chargeDescription")));
            parts.put(".additionalInformation", nullToEmpty(text(phone, "additionalInformation")));
            parts.put(".finnishServiceNumber", serviceNumber ? "true" : "");
            fields.item(to + "." + language(phone), full, parts);
        }
    }

    private static void webPages(JsonNode item, String list, ViewFields fields) throws UnreadableItem {
        for (JsonNode page : list(item, list)) {
            String url = text(page, "url");
            if (url == null) {
                continue;
            }
            Map<String, String> parts = new TreeMap<>();
            parts.put("", nullToEmpty(url));
            parts.put(".name", nullToEmpty(text(page, "value")));
            fields.item("webPages." + language(page), url, parts);
        }
    }

    /** Visiting, postal and location addresses, and a form's delivery addresses (keyed by sub-type only). */
    private static void addresses(JsonNode item, String list, String to, ViewFields fields) throws UnreadableItem {
        boolean delivery = "deliveryAddresses".equals(list);
        for (JsonNode address : list(item, list)) {
            Map<String, String> parts = new TreeMap<>();
            parts.put(".country", text(address, "country"));
            // A street or a post office box; PTV's "other" address (coordinates only) is not sent by this system.
            for (String form : List.of("streetAddress", "postOfficeBoxAddress")) {
                JsonNode part = address.get(form);
                if (part == null || part.isNull()) {
                    continue;
                }
                if (!part.isObject()) {
                    throw new UnreadableItem(list + "[]." + form + " is not an object");
                }
                localizedParts(part, "street", ".street", parts);
                localizedParts(part, "postOfficeBox", ".postOfficeBox", parts);
                localizedParts(part, "additionalInformation", ".additionalInformation", parts);
                parts.putIfAbsent(".streetNumber", text(part, "streetNumber"));
                parts.putIfAbsent(".postalCode", text(part, "postalCode"));
                parts.putIfAbsent(".municipality", municipality(part.get("municipality"), list + "[].municipality"));
                parts.putIfAbsent(".latitude", text(part, "latitude"));
                parts.putIfAbsent(".longitude", text(part, "longitude"));
            }
            localizedParts(address, "foreignAddress", ".foreign", parts);
            localizedParts(address, "locationAbroad", ".foreign", parts);
            localizedParts(address, "receiver", ".receiver", parts);
            localizedParts(address, "formReceiver", ".receiver", parts);
            localizedParts(address, "deliveryAddressInText", ".deliveryAddressInText", parts);
            String subType = nullToEmpty(text(address, "subType"));
            fields.item(to, delivery ? subType : nullToEmpty(text(address, "type")) + ":" + subType, parts);
        }
    }

    /**
     * {@code [{language, value}]} of an object as {@code <to>.<lang>} parts; two values of one
     * language (two street lines) become one, sorted, a line each.
     */
    private static void localizedParts(JsonNode node, String list, String to, Map<String, String> parts) throws UnreadableItem {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        for (JsonNode text : list(node, list)) {
            String value = text(text, "value");
            if (value != null) {
                byLanguage.computeIfAbsent(to + "." + language(text), l -> new ArrayList<>()).add(value);
            }
        }
        byLanguage.forEach((part, values) -> parts.put(part, String.join("\n", values.stream().sorted().toList())));
    }

    /** A municipality as a code, or as PTV reads it, {@code {code, name}}. */
    private static String municipality(JsonNode municipality, String where) throws UnreadableItem {
        if (municipality == null || municipality.isNull()) {
            return null;
        }
        if (municipality.isObject()) {
            return text(municipality, "code");
        }
        if (municipality.isArray()) {
            throw new UnreadableItem(where + " is a list, not a municipality");
        }
        return text(municipality);
    }

    private static String language(JsonNode node) throws UnreadableItem {
        String language = text(node, "language");
        return language == null ? "unknown" : language.toLowerCase(Locale.ROOT);
    }

    /** The elements of a list field; none when it is absent or null. */
    private static List<JsonNode> list(JsonNode node, String field) throws UnreadableItem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new UnreadableItem(field + " is " + shape(value) + ", not a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    private static String text(JsonNode node, String field) throws UnreadableItem {
        JsonNode value = node.get(field);
        if (value != null && (value.isObject() || value.isArray())) {
            throw new UnreadableItem(field + " is " + shape(value) + ", not a value");
        }
        return text(value);
    }

    /** A value as text: trimmed, line ends as {@code \n}; null when absent, null or blank; null for an object or list. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** "true" when the field is true, else null: false and absent are the same here. */
    private static String truth(JsonNode node, String field) throws UnreadableItem {
        String value = text(node, field);
        return "true".equalsIgnoreCase(value) ? "true" : null;
    }

    private static OffsetDateTime time(JsonNode node, String field) throws UnreadableItem {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                // PTV writes its UTC times without an offset.
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new UnreadableItem(field + " '" + value + "' is not a date and time");
            }
        }
    }

    /** HH:mm for PTV's HH:mm:ss. */
    private static String time(String value) {
        if (value == null) {
            return null;
        }
        Matcher time = TIME.matcher(value);
        return time.matches() ? (time.group(1).length() == 1 ? "0" : "") + time.group(1) + ":" + time.group(2) : value;
    }

    /** The date of a validity that starts or ends at midnight (PAT sends dates; PTV answers date-times). */
    private static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher midnight = MIDNIGHT.matcher(value);
        return midnight.matches() ? midnight.group(1) : value;
    }

    private static String shape(JsonNode value) {
        return value.isObject() ? "an object" : value.isArray() ? "a list" : "'" + value.asText() + "'";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
