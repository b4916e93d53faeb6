package fi.ptvintegration.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns real PTV read-model items (API v8, v9, v11 OUT) into the PAT records a city's Drupal would
 * send for them: texts keyed by language, codes instead of PTV ids, coordinates as WGS84 degrees (as
 * Drupal's geofield keeps them; the push converts them back to ETRS-TM35FIN), service classes and
 * target groups as today's uri.suomi.fi URIs, a service's connections as offerings.
 *
 * <p>What the PAT model has no place for is listed per item with the reason ({@link Converted#notCarried});
 * what today's PTV needs that the 2017-2020 items lack is supplemented with the least it takes and
 * listed too ({@link Converted#supplemented}), and counts as no field of the item.
 */
final class SampleConverter {

    static final Set<String> CONTENT_LANGUAGES = Set.of("fi", "sv", "en");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE_CLASS_URI = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/";
    private static final String TARGET_GROUP_URI = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/";
    private static final String LIFE_EVENT_URI = "http://uri.suomi.fi/codelist/ptv/ptvelamantilanteet/code/";

    /** A field of an item that the PAT record does not carry, and why. */
    record Note(String field, String reason) {}

    /**
     * One item as PAT records: the record itself and, for a service, its offerings.
     *
     * @param sample the item, null for an organisation the samples refer to but do not hold
     */
    record Converted(Sample sample, String code, ObjectNode record, List<ObjectNode> offerings,
            List<Note> notCarried, List<String> supplemented) {}

    private final Map<String, String> codes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> stubs = new LinkedHashMap<>();
    private final Set<String> channelsInSamples = new LinkedHashSet<>();

    SampleConverter(List<Sample> samples) {
        for (Sample sample : samples) {
            codes.put(sample.version() + "/" + sample.id(), code(sample.version(), sample.kind(), sample.id()));
            if (!sample.kind().equals("Organization") && !sample.kind().equals("Service")) {
                channelsInSamples.add(sample.version() + "/" + sample.id());
            }
        }
    }

    static String code(String version, String kind, String id) {
        String part = switch (kind) {
            case "Organization" -> "org";
            case "Service" -> "svc";
            default -> "ch";
        };
        return version + "-" + part + "-" + id;
    }

    /** The PAT code of a PTV id of that version: of a sample item, or of an organisation stub made for it. */
    String codeOf(String version, String id) {
        return codes.get(version + "/" + id);
    }

    /** Organisations the samples refer to but do not hold, as the least PAT organisation PTV takes. */
    List<ObjectNode> stubs() {
        return List.copyOf(stubs.values());
    }

    private String organization(String version, String id, String name) {
        String known = codes.get(version + "/" + id);
        if (known != null) {
            return known;
        }
        String code = code(version, "Organization", id);
        codes.put(version + "/" + id, code);
        String shown = name == null || name.isBlank() ? "Organisation " + id.substring(0, 8) : name;
        ObjectNode stub = JSON.createObjectNode().put("kind", "organization").put("code", code).put("publishingStatus", "Published")
                .put("organizationType", "Organization");
        stub.set("languages", JSON.createArrayNode().add("fi"));
        stub.set("names", JSON.createObjectNode().put("fi", shown));
        stub.set("summary", JSON.createObjectNode().put("fi", shown));
        stub.set("description", JSON.createObjectNode().put("fi", shown + " (referred to by the samples, not among them)."));
        stubs.put(code, stub);
        return code;
    }

    Converted convert(Sample sample) {
        Context c = new Context(sample);
        ObjectNode record = switch (sample.kind()) {
            case "Organization" -> organization(c);
            case "Service" -> service(c);
            default -> channel(c);
        };
        c.ignore("id", "PTV's own id: the PAT code becomes the sourceId, PTV gives the id");
        c.ignore("modified", "set by PTV");
        c.ignore("sourceId", "the PAT code is the sourceId");
        return new Converted(sample, codes.get(sample.version() + "/" + sample.id()), record, c.offerings, c.notes, c.supplemented);
    }

    /** What one conversion collects. */
    private final class Context {
        final Sample sample;
        final JsonNode item;
        final List<Note> notes = new ArrayList<>();
        final List<String> supplemented = new ArrayList<>();
        final List<ObjectNode> offerings = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();

        Context(Sample sample) {
            this.sample = sample;
            this.item = sample.item();
        }

        void note(String field, String reason) {
            notes.add(new Note(field, reason));
        }

        /** A top-level field the record does not carry, noted when it holds something. */
        void ignore(String field, String reason) {
            if (present(item.get(field))) {
                note(field, reason);
            }
        }

        /** Texts of the content languages, of the given type (or all when null); others are noted. */
        ObjectNode texts(JsonNode list, String type, String field) {
            ObjectNode texts = JSON.createObjectNode();
            for (JsonNode entry : list) {
                if (type != null && !type.equals(entry.path("type").asText(null))) {
                    continue;
                }
                String value = entry.path("value").asText("");
                String language = entry.path("language").asText("");
                if (value.isBlank()) {
                    continue;
                }
                if (!CONTENT_LANGUAGES.contains(language)) {
                    note(field + "." + language, "PAT's content languages are fi, sv and en; PTV also keeps " + language);
                } else if (!languages.isEmpty() && !languages.contains(language)) {
                    note(field + "." + language, "a text in " + language + " of an item without a name in " + language
                            + ": PTV shows no " + language + " version");
                } else {
                    texts.put(language, value.strip());
                }
            }
            return texts;
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty())
                && !(node.isTextual() && node.asText().isBlank());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static void putIfPresent(ObjectNode target, String field, JsonNode value) {
        if (value != null && (!value.isContainerNode() || !value.isEmpty())) {
            target.set(field, value);
        }
    }

    // ---------------------------------------------------------------- organisation

    private ObjectNode organization(Context c) {
        JsonNode item = c.item;
        ObjectNode record = JSON.createObjectNode().put("kind", "organization").put("code", codes.get(c.sample.version() + "/" + c.sample.id()));
        c.languages = nameLanguages(item.path("organizationNames"));
        record.set("languages", array(c.languages));
        record.put("publishingStatus", item.path("publishingStatus").asText());
        record.put("organizationType", item.path("organizationType").asText());
        record.set("names", c.texts(item.path("organizationNames"), "Name", "organizationNames"));
        putIfPresent(record, "alternativeNames", c.texts(item.path("organizationNames"), "AlternativeName", "organizationNames"));
        record.set("displayNameType", displayNameTypes(c));
        descriptions(c, record, item.path("organizationDescriptions"), "organizationDescriptions");
        if (present(item.get("parentOrganizationId"))) {
            record.put("parentOrganizationCode", organization(c.sample.version(), item.get("parentOrganizationId").asText(), null));
        }
        if (text(item.get("businessCode")) != null) {
            record.put("businessCode", text(item.get("businessCode")));
        }
        if (text(item.get("oid")) != null) {
            record.put("oid", text(item.get("oid")));
        }
        if (present(item.path("municipality").get("code"))) {
            record.put("municipalityCode", item.path("municipality").path("code").asText());
        }
        area(c, record);
        putIfPresent(record, "emails", emails(c, item.path("emails"), "emails"));
        putIfPresent(record, "phoneNumbers", phones(c, item.path("phoneNumbers"), "phoneNumbers", false).get("phones"));
        putIfPresent(record, "webPages", webPages(c, item.path("webPages"), "webPages"));
        putIfPresent(record, "addresses", addresses(c, item.path("addresses"), "addresses"));
        c.ignore("organizationRootId", "derived by PTV from the parent organisations");
        c.ignore("businessName", "PTV takes it from the business register by the business id");
        c.ignore("services", "the services name their organisations; PTV lists them here");
        c.ignore("electronicInvoicings", "the PAT model has no e-invoicing addresses yet");
        c.ignore("responsibleOrganizationId", "set by PTV");
        return record;
    }

    private ObjectNode displayNameTypes(Context c) {
        ObjectNode types = JSON.createObjectNode();
        for (JsonNode entry : c.item.path("displayNameType")) {
            String language = entry.path("language").asText();
            if (c.languages.contains(language)) {
                types.put(language, entry.path("type").asText());
            }
        }
        return types;
    }

    // ---------------------------------------------------------------- service

    private ObjectNode service(Context c) {
        JsonNode item = c.item;
        String version = c.sample.version();
        ObjectNode record = JSON.createObjectNode().put("kind", "service").put("code", codes.get(version + "/" + c.sample.id()));
        c.languages = nameLanguages(item.path("serviceNames"));
        record.set("languages", array(c.languages));
        putIfPresent(record, "serviceLanguages", serviceLanguages(item));
        record.put("publishingStatus", item.path("publishingStatus").asText());
        String responsible = null;
        ArrayNode others = JSON.createArrayNode();
        Map<String, ObjectNode> producers = new LinkedHashMap<>();
        for (JsonNode role : item.path("organizations")) {
            JsonNode organization = role.path("organization");
            String code = present(organization.get("id"))
                    ? organization(version, organization.get("id").asText(), text(organization.get("name"))) : null;
            switch (role.path("roleType").asText()) {
                case "Responsible" -> responsible = code;
                case "OtherResponsible" -> others.add(code);
                case "Producer" -> {
                    String provision = role.path("provisionType").asText();
                    ObjectNode producer = producers.computeIfAbsent(provision, p -> {
                        ObjectNode n = JSON.createObjectNode().put("provisionType", p);
                        n.set("organizationCodes", JSON.createArrayNode());
                        return n;
                    });
                    if (code != null) {
                        producer.withArray("organizationCodes").add(code);
                    }
                    ObjectNode info = c.texts(role.path("additionalInformation"), null, "organizations[].additionalInformation");
                    if (!info.isEmpty()) {
                        producer.set("additionalInformation", info);
                    }
                }
                default -> c.note("organizations[].roleType", "role " + role.path("roleType").asText() + " has no place");
            }
        }
        if (responsible != null) {
            record.put("responsibleOrganizationCode", responsible);
        }
        putIfPresent(record, "otherResponsibleOrganizationCodes", others);
        if (text(item.get("generalDescriptionId")) != null) {
            record.put("generalDescriptionId", text(item.get("generalDescriptionId")));
        }
        record.put("type", item.path("type").asText());
        record.put("fundingType", item.path("fundingType").asText());
        if (text(item.get("serviceChargeType")) != null) {
            record.put("chargeType", text(item.get("serviceChargeType")));
        }
        record.set("names", c.texts(item.path("serviceNames"), "Name", "serviceNames"));
        putIfPresent(record, "alternativeNames", c.texts(item.path("serviceNames"), "AlternativeName", "serviceNames"));
        JsonNode descriptions = item.path("serviceDescriptions");
        record.set("summary", c.texts(descriptions, "Summary", "serviceDescriptions"));
        record.set("description", c.texts(descriptions, "Description", "serviceDescriptions"));
        Map<String, String> typed = Map.of("UserInstruction", "userInstruction", "ChargeTypeAdditionalInfo", "chargeTypeAdditionalInfo",
                "DeadLine", "deadline", "ProcessingTime", "processingTime", "ValidityTime", "validityTime");
        typed.forEach((type, field) -> putIfPresent(record, field, c.texts(descriptions, type, "serviceDescriptions")));
        for (JsonNode entry : descriptions) {
            String type = entry.path("type").asText();
            if (!typed.containsKey(type) && !"Summary".equals(type) && !"Description".equals(type) && present(entry.get("value"))) {
                c.note("serviceDescriptions." + type, "description type " + type + " has no place");
            }
        }
        putIfPresent(record, "requirements", c.texts(item.path("requirements"), null, "requirements"));
        area(c, record);
        putIfPresent(record, "serviceClasses", classification(item.path("serviceClasses"), SERVICE_CLASS_URI));
        ArrayNode terms = JSON.createArrayNode();
        item.path("ontologyTerms").forEach(term -> terms.add(term.path("uri").asText()));
        putIfPresent(record, "ontologyTerms", terms);
        putIfPresent(record, "targetGroups", classification(item.path("targetGroups"), TARGET_GROUP_URI));
        putIfPresent(record, "lifeEvents", classification(item.path("lifeEvents"), LIFE_EVENT_URI));
        ArrayNode industrial = JSON.createArrayNode();
        item.path("industrialClasses").forEach(ic -> industrial.add(ic.path("uri").asText()));
        putIfPresent(record, "industrialClasses", industrial);
        ArrayNode keywords = JSON.createArrayNode();
        for (JsonNode keyword : item.path("keywords")) {
            String language = keyword.path("language").asText();
            if (c.languages.contains(language) && text(keyword.get("value")) != null) {
                keywords.addObject().put("language", language).put("value", text(keyword.get("value")));
            } else if (text(keyword.get("value")) != null) {
                c.note("keywords." + language, "a keyword in " + language + ", which the service has no name in");
            }
        }
        putIfPresent(record, "keywords", keywords);
        ArrayNode producerList = JSON.createArrayNode();
        producers.values().forEach(producerList::add);
        putIfPresent(record, "producers", producerList);
        record.put("serviceVouchersInUse", item.path("serviceVouchersInUse").asBoolean(false));
        for (JsonNode connection : item.path("serviceChannels")) {
            offering(c, connection);
        }
        c.ignore("serviceCollections", "service collections are PTV entities of their own, not part of a service");
        c.ignore("subType", "set by PTV (a service made from a general description)");
        c.ignore("legislation", "the PAT model has no laws (left alone in PTV)");
        return record;
    }

    private static ArrayNode serviceLanguages(JsonNode item) {
        ArrayNode languages = JSON.createArrayNode();
        item.path("languages").forEach(l -> languages.add(l.asText()));
        return languages;
    }

    /** Classification references as today's uri.suomi.fi URIs, built from their codes (2018's urn.fi URIs are gone). */
    private static ArrayNode classification(JsonNode list, String uriBase) {
        ArrayNode uris = JSON.createArrayNode();
        for (JsonNode entry : list) {
            String code = text(entry.get("code"));
            uris.add(text(entry.get("newUri")) != null ? text(entry.get("newUri")) : code != null ? uriBase + code : entry.path("uri").asText());
        }
        return uris;
    }

    private void offering(Context c, JsonNode connection) {
        String version = c.sample.version();
        String channelId = connection.path("serviceChannel").path("id").asText();
        if (!channelsInSamples.contains(version + "/" + channelId)) {
            c.note("serviceChannels[" + channelId.substring(0, 8) + "]", "a connection to a channel that is not among the samples");
            return;
        }
        ObjectNode offering = JSON.createObjectNode().put("kind", "offering")
                .put("code", version + "-off-" + c.sample.id().substring(0, 8) + "-" + channelId)
                .put("serviceCode", codes.get(version + "/" + c.sample.id()))
                .put("channelCode", codes.get(version + "/" + channelId));
        if (text(connection.get("serviceChargeType")) != null) {
            offering.put("chargeType", text(connection.get("serviceChargeType")));
        }
        Set<String> before = c.languages;
        c.languages = new LinkedHashSet<>();
        putIfPresent(offering, "description", c.texts(connection.path("description"), "Description", "serviceChannels[].description"));
        ObjectNode charge = c.texts(connection.path("description"), "ChargeTypeAdditionalInfo", "serviceChannels[].description");
        if (!charge.isEmpty()) {
            ArrayNode prices = offering.putArray("prices");
            prices.addObject().set("price", charge);
        }
        putIfPresent(offering, "serviceHours", serviceHours(c, connection.path("serviceHours"), "serviceChannels[].serviceHours"));
        JsonNode details = connection.path("contactDetails");
        if (present(details)) {
            ObjectNode contact = JSON.createObjectNode();
            putIfPresent(contact, "emails", emails(c, details.path("emails"), "serviceChannels[].contactDetails.emails"));
            Map<String, ArrayNode> phones = phones(c, details.path("phoneNumbers"), "serviceChannels[].contactDetails.phoneNumbers", false);
            putIfPresent(contact, "phoneNumbers", phones.get("phones"));
            putIfPresent(contact, "faxNumbers", phones.get("faxes"));
            putIfPresent(contact, "webPages", webPages(c, details.path("webPages"), "serviceChannels[].contactDetails.webPages"));
            putIfPresent(contact, "addresses", addresses(c, details.path("addresses"), "serviceChannels[].contactDetails.addresses"));
            putIfPresent(offering, "contactDetails", contact);
        }
        if (present(connection.get("extraTypes"))) {
            c.note("serviceChannels[].extraTypes", "extra types (ASTI) are not in PTV's IN model");
        }
        if (present(connection.get("digitalAuthorizations"))) {
            c.note("serviceChannels[].digitalAuthorizations", "digital authorisations have no place in the PAT model");
        }
        c.languages = before;
        c.offerings.add(offering);
    }

    // ---------------------------------------------------------------- channels

    private ObjectNode channel(Context c) {
        JsonNode item = c.item;
        String kind = switch (c.sample.kind()) {
            case "EChannel" -> "echannel";
            case "Phone" -> "phone";
            case "ServiceLocation" -> "servicelocation";
            case "PrintableForm" -> "printableform";
            default -> "webpage";
        };
        ObjectNode record = JSON.createObjectNode().put("kind", kind).put("code", codes.get(c.sample.version() + "/" + c.sample.id()));
        c.languages = nameLanguages(item.path("serviceChannelNames"));
        record.set("languages", array(c.languages));
        putIfPresent(record, "serviceLanguages", serviceLanguages(item));
        record.put("publishingStatus", item.path("publishingStatus").asText());
        record.put("organizationCode", organization(c.sample.version(), item.path("organizationId").asText(), null));
        record.set("names", c.texts(item.path("serviceChannelNames"), "Name", "serviceChannelNames"));
        descriptions(c, record, item.path("serviceChannelDescriptions"), "serviceChannelDescriptions");
        area(c, record);
        putIfPresent(record, "serviceHours", serviceHours(c, item.path("serviceHours"), "serviceHours"));
        switch (kind) {
            case "echannel" -> {
                record.set("urls", urls(c, item.path("webPages")));
                record.put("requiresAuthentication", item.path("requiresAuthentication").asBoolean(false));
                boolean signature = item.path("requiresSignature").asBoolean(false);
                record.put("requiresSignature", signature);
                if (signature) {
                    record.put("signatureQuantity", item.path("signatureQuantity").asInt());
                }
                record.set("accessibilityClassification", accessibility(c));
                putIfPresent(record, "supportEmails", emails(c, item.path("supportEmails"), "supportEmails"));
                putIfPresent(record, "supportPhones", phones(c, item.path("supportPhones"), "supportPhones", false).get("phones"));
                c.ignore("attachments", "the PAT model has no attachments (left alone in PTV)");
            }
            case "phone" -> {
                putIfPresent(record, "phoneNumbers", phones(c, item.path("phoneNumbers"), "phoneNumbers", true).get("phones"));
                putIfPresent(record, "webPages", webPages(c, item.path("webPages"), "webPages"));
                putIfPresent(record, "supportEmails", emails(c, item.path("supportEmails"), "supportEmails"));
            }
            case "servicelocation" -> {
                putIfPresent(record, "alternativeNames", c.texts(item.path("serviceChannelNames"), "AlternativeName", "serviceChannelNames"));
                putIfPresent(record, "displayNameType", displayNameTypes(c));
                putIfPresent(record, "addresses", addresses(c, item.path("addresses"), "addresses"));
                Map<String, ArrayNode> phones = phones(c, item.path("phoneNumbers"), "phoneNumbers", false);
                putIfPresent(record, "phoneNumbers", phones.get("phones"));
                putIfPresent(record, "faxNumbers", phones.get("faxes"));
                putIfPresent(record, "emails", emails(c, item.path("emails"), "emails"));
                putIfPresent(record, "webPages", webPages(c, item.path("webPages"), "webPages"));
                c.ignore("ontologyTerms", "v11's service location IN model has no ontology terms");
            }
            case "printableform" -> {
                putIfPresent(record, "formIdentifier", c.texts(item.path("formIdentifier"), null, "formIdentifier"));
                ArrayNode urls = JSON.createArrayNode();
                for (JsonNode url : item.path("channelUrls")) {
                    if (c.languages.contains(url.path("language").asText()) && text(url.get("value")) != null) {
                        urls.addObject().put("language", url.path("language").asText()).put("type", url.path("type").asText())
                                .put("url", text(url.get("value")));
                    } else if (text(url.get("value")) != null) {
                        c.note("channelUrls." + url.path("language").asText(), "a form in a language the form has no name in");
                    }
                }
                record.set("formUrls", urls);
                JsonNode deliveries = item.path("deliveryAddresses");
                if (!deliveries.isEmpty()) {
                    ObjectNode delivery = delivery(c, deliveries.get(0));
                    if (delivery != null) {
                        record.set("deliveryAddress", delivery);
                    }
                    for (int i = 1; i < deliveries.size(); i++) {
                        c.note("deliveryAddresses[" + i + "]", "the PAT model carries one delivery address");
                    }
                }
                putIfPresent(record, "supportEmails", emails(c, item.path("supportEmails"), "supportEmails"));
                putIfPresent(record, "supportPhones", phones(c, item.path("supportPhones"), "supportPhones", false).get("phones"));
                c.ignore("attachments", "the PAT model has no attachments (left alone in PTV)");
            }
            default -> {
                record.set("urls", urls(c, item.path("webPages")));
                record.set("accessibilityClassification", accessibility(c));
                putIfPresent(record, "supportEmails", emails(c, item.path("supportEmails"), "supportEmails"));
                putIfPresent(record, "supportPhones", phones(c, item.path("supportPhones"), "supportPhones", false).get("phones"));
            }
        }
        c.ignore("serviceChannelType", "the PAT kind says it");
        c.ignore("services", "the services' offerings are the connections; PTV lists them here too");
        return record;
    }

    private ObjectNode urls(Context c, JsonNode webPages) {
        ObjectNode urls = JSON.createObjectNode();
        for (JsonNode page : webPages) {
            String language = page.path("language").asText();
            if (c.languages.contains(language) && text(page.get("url")) != null) {
                urls.put(language, text(page.get("url")));
            } else if (text(page.get("url")) != null) {
                c.note("webPages." + language, "an address in a language the channel has no name in");
            }
        }
        return urls;
    }

    /**
     * PTV requires an accessibility classification per language of a web channel since 2019; the
     * items of 2017-2018 have at most a statement page. Its name and address are carried; the level
     * PTV needs is supplemented as Unknown where the item has none.
     */
    private ArrayNode accessibility(Context c) {
        ArrayNode classifications = JSON.createArrayNode();
        String level = text(c.item.get("accessibilityClassificationLevel"));
        String wcag = text(c.item.get("wcagLevel"));
        for (String language : c.languages) {
            ObjectNode entry = classifications.addObject().put("language", language).put("level", level == null ? "Unknown" : level);
            if (level == null) {
                c.supplemented.add("accessibilityClassification." + language + ".level = Unknown");
            }
            if (wcag != null) {
                entry.put("wcagLevel", wcag);
            }
            for (JsonNode page : c.item.path("accessibilityStatementWebPage")) {
                if (language.equals(page.path("language").asText())) {
                    if (text(page.get("value")) != null) {
                        entry.put("statementName", text(page.get("value")));
                    }
                    entry.put("statementUrl", page.path("url").asText());
                }
            }
        }
        for (JsonNode page : c.item.path("accessibilityStatementWebPage")) {
            if (!c.languages.contains(page.path("language").asText())) {
                c.note("accessibilityStatementWebPage." + page.path("language").asText(),
                        "a statement in a language the channel has no name in");
            }
        }
        return classifications;
    }

    private ObjectNode delivery(Context c, JsonNode address) {
        String subType = address.path("subType").asText();
        ObjectNode delivery = JSON.createObjectNode().put("subType", subType);
        putIfPresent(delivery, "receiver", c.texts(address.path("receiver"), null, "deliveryAddresses[].receiver"));
        switch (subType) {
            case "Street" -> {
                JsonNode street = address.path("streetAddress");
                putIfPresent(delivery, "street", c.texts(street.path("street"), null, "deliveryAddresses[].streetAddress.street"));
                if (text(street.get("streetNumber")) != null) {
                    delivery.put("streetNumber", text(street.get("streetNumber")));
                }
                delivery.put("postalCode", street.path("postalCode").asText());
                municipality(delivery, street);
                putIfPresent(delivery, "additionalInformation",
                        c.texts(street.path("additionalInformation"), null, "deliveryAddresses[].streetAddress.additionalInformation"));
            }
            case "PostOfficeBox" -> {
                JsonNode box = address.path("postOfficeBoxAddress");
                putIfPresent(delivery, "postOfficeBox", c.texts(box.path("postOfficeBox"), null, "deliveryAddresses[].postOfficeBox"));
                delivery.put("postalCode", box.path("postalCode").asText());
                municipality(delivery, box);
                putIfPresent(delivery, "additionalInformation",
                        c.texts(box.path("additionalInformation"), null, "deliveryAddresses[].postOfficeBoxAddress.additionalInformation"));
            }
            default -> putIfPresent(delivery, "addressText", c.texts(address.path("deliveryAddressInText"), null, "deliveryAddresses[].deliveryAddressInText"));
        }
        boolean empty = delivery.size() == 1 && "NoAddress".equals(subType);
        return empty ? null : delivery;
    }

    // ---------------------------------------------------------------- shared parts

    private static Set<String> nameLanguages(JsonNode names) {
        Set<String> languages = new LinkedHashSet<>();
        for (String language : List.of("fi", "sv", "en")) {
            for (JsonNode name : names) {
                if (language.equals(name.path("language").asText()) && "Name".equals(name.path("type").asText("Name"))
                        && text(name.get("value")) != null) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    private static ArrayNode array(Set<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Summary and Description; an organisation of 2017-2018 often has no summary, which PAT (and today's PTV) need. */
    private void descriptions(Context c, ObjectNode record, JsonNode list, String field) {
        ObjectNode summary = c.texts(list, "Summary", field);
        ObjectNode description = c.texts(list, "Description", field);
        for (String language : c.languages) {
            if (!summary.has(language) && description.has(language)) {
                summary.put(language, firstSentence(description.get(language).asText()));
                c.supplemented.add("summary." + language + " (the first sentence of the description)");
            }
        }
        record.set("summary", summary);
        record.set("description", description);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() <= 150 ? sentence : sentence.substring(0, 147) + "...";
    }

    private void area(Context c, ObjectNode record) {
        String areaType = text(c.item.get("areaType"));
        if (areaType == null) {
            return;
        }
        record.put("areaType", areaType);
        Map<String, ArrayNode> byType = new LinkedHashMap<>();
        for (JsonNode area : c.item.path("areas")) {
            String type = area.path("type").asText();
            ArrayNode codesOfType = byType.computeIfAbsent(type, t -> JSON.createArrayNode());
            if (present(area.get("municipalities"))) {
                area.path("municipalities").forEach(m -> codesOfType.add(m.path("code").asText()));
            } else if (text(area.get("code")) != null) {
                codesOfType.add(text(area.get("code")));
            }
        }
        ArrayNode areas = JSON.createArrayNode();
        byType.forEach((type, list) -> areas.addObject().put("type", type).set("codes", list));
        putIfPresent(record, "areas", areas);
    }

    private ArrayNode emails(Context c, JsonNode list, String field) {
        ArrayNode emails = JSON.createArrayNode();
        for (JsonNode email : list) {
            String language = email.path("language").asText();
            if (text(email.get("value")) == null) {
                continue;
            }
            if (!accepts(c, language)) {
                c.note(field + "." + language, "an e-mail address shown in " + language + ", which the item has no name in");
                continue;
            }
            ObjectNode entry = emails.addObject().put("language", language).put("address", text(email.get("value")));
            if (text(email.get("description")) != null) {
                entry.put("description", text(email.get("description")));
            }
        }
        return emails;
    }

    /** An offering's contact details follow its service's and channel's languages: any content language. */
    private static boolean accepts(Context c, String language) {
        return c.languages.isEmpty() ? CONTENT_LANGUAGES.contains(language) : c.languages.contains(language);
    }

    /** Phones and, where PTV keeps them apart, faxes ({@code phones}, {@code faxes}). */
    private Map<String, ArrayNode> phones(Context c, JsonNode list, String field, boolean typed) {
        ArrayNode phones = JSON.createArrayNode();
        ArrayNode faxes = JSON.createArrayNode();
        for (JsonNode phone : list) {
            String language = phone.path("language").asText();
            String number = text(phone.get("number"));
            if (number == null) {
                if (text(phone.get("additionalInformation")) != null || text(phone.get("chargeDescription")) != null) {
                    c.note(field + "[].number", "a phone entry without a number: PTV needs one");
                }
                continue;
            }
            if (!accepts(c, language)) {
                c.note(field + "." + language, "a number shown in " + language + ", which the item has no name in");
                continue;
            }
            boolean serviceNumber = phone.path("isFinnishServiceNumber").asBoolean(false);
            String prefix = text(phone.get("prefixNumber"));
            if (!typed && "Fax".equals(phone.path("type").asText())) {
                ObjectNode fax = faxes.addObject().put("language", language).put("number", number);
                if (serviceNumber) {
                    fax.put("finnishServiceNumber", true);
                } else if (prefix != null) {
                    fax.put("prefix", prefix);
                }
                continue;
            }
            ObjectNode entry = phones.addObject().put("language", language);
            if (typed) {
                entry.put("type", phone.path("type").asText());
            }
            if (serviceNumber) {
                entry.put("finnishServiceNumber", true);
            } else if (prefix != null) {
                entry.put("prefix", prefix);
            }
            entry.put("number", number);
            entry.put("chargeType", phone.path("serviceChargeType").asText());
            if (text(phone.get("chargeDescription")) != null) {
                entry.put("chargeDescription", text(phone.get("chargeDescription")));
            }
            if (text(phone.get("additionalInformation")) != null) {
                entry.put("additionalInformation", text(phone.get("additionalInformation")));
            }
        }
        return Map.of("phones", phones, "faxes", faxes);
    }

    private ArrayNode webPages(Context c, JsonNode list, String field) {
        ArrayNode pages = JSON.createArrayNode();
        for (JsonNode page : list) {
            String language = page.path("language").asText();
            if (text(page.get("url")) == null) {
                continue;
            }
            if (!accepts(c, language)) {
                c.note(field + "." + language, "a page shown in " + language + ", which the item has no name in");
                continue;
            }
            ObjectNode entry = pages.addObject().put("language", language).put("url", text(page.get("url")));
            if (text(page.get("value")) != null) {
                entry.put("name", text(page.get("value")));
            }
        }
        return pages;
    }

    private ArrayNode addresses(Context c, JsonNode list, String field) {
        ArrayNode addresses = JSON.createArrayNode();
        for (JsonNode address : list) {
            String subType = address.path("subType").asText();
            ObjectNode entry = JSON.createObjectNode().put("type", address.path("type").asText());
            switch (subType) {
                case "PostOfficeBox" -> {
                    JsonNode box = address.path("postOfficeBoxAddress");
                    entry.put("subType", "PostOfficeBox");
                    entry.set("postOfficeBox", c.texts(box.path("postOfficeBox"), null, field + "[].postOfficeBox"));
                    entry.put("postalCode", box.path("postalCode").asText());
                    municipality(entry, box);
                    putIfPresent(entry, "additionalInformation", c.texts(box.path("additionalInformation"), null, field + "[].additionalInformation"));
                }
                case "Abroad", "Foreign" -> {
                    entry.put("subType", "Abroad");
                    JsonNode text = present(address.get("locationAbroad")) ? address.get("locationAbroad") : address.path("foreignAddress");
                    entry.set("street", c.texts(text, null, field + "[].locationAbroad"));
                    entry.put("country", address.path("country").asText());
                }
                case "Street", "Single" -> {
                    JsonNode street = address.path("streetAddress");
                    entry.put("subType", subType);
                    entry.set("street", c.texts(street.path("street"), null, field + "[].streetAddress.street"));
                    if (text(street.get("streetNumber")) != null) {
                        entry.put("streetNumber", text(street.get("streetNumber")));
                    }
                    entry.put("postalCode", street.path("postalCode").asText());
                    municipality(entry, street);
                    coordinates(c, entry, street, field);
                    putIfPresent(entry, "additionalInformation", c.texts(street.path("additionalInformation"), null, field + "[].additionalInformation"));
                }
                default -> {
                    c.note(field + "[" + subType + "]", "an address of sub-type " + subType + " has no place in the PAT model");
                    continue;
                }
            }
            if (present(address.get("otherAddress")) && !"Other".equals(subType)) {
                c.note(field + "[].otherAddress", "an 'other' address beside a " + subType + " address (test-edited v9 data)");
            }
            if (present(address.get("entrances"))) {
                c.note(field + "[].entrances", "entrances and accessibility sentences come to PTV from the accessibility register, "
                        + "not through the IN API");
            }
            addresses.add(entry);
        }
        return addresses;
    }

    private static void municipality(ObjectNode entry, JsonNode address) {
        String code = text(address.path("municipality").get("code"));
        if (code != null) {
            entry.put("municipalityCode", code);
        }
    }

    /** PTV's metres (latitude the northing, longitude the easting) as the WGS84 degrees Drupal's geofield holds. */
    private static void coordinates(Context c, ObjectNode entry, JsonNode street, String field) {
        String latitude = text(street.get("latitude"));
        String longitude = text(street.get("longitude"));
        if (latitude == null || longitude == null) {
            return;
        }
        double northing = Double.parseDouble(latitude);
        double easting = Double.parseDouble(longitude);
        if (!EtrsTm35Fin.inBounds(easting, northing)) {
            c.note(field + "[].streetAddress.latitude", "coordinates " + latitude + ", " + longitude + " are no ETRS-TM35FIN point in Finland");
            return;
        }
        EtrsTm35Fin.LatLon degrees = EtrsTm35Fin.toWgs84(easting, northing);
        entry.put("latitude", degrees.latitude()).put("longitude", degrees.longitude());
    }

    private ArrayNode serviceHours(Context c, JsonNode list, String field) {
        ArrayNode hours = JSON.createArrayNode();
        for (JsonNode hour : list) {
            ObjectNode entry = JSON.createObjectNode().put("type", hour.path("serviceHourType").asText());
            if (text(hour.get("validFrom")) != null) {
                entry.put("validFrom", hour.get("validFrom").asText().substring(0, 10));
            }
            if (text(hour.get("validTo")) != null) {
                entry.put("validTo", hour.get("validTo").asText().substring(0, 10));
            }
            if (hour.path("isAlwaysOpen").asBoolean(false)) {
                entry.put("alwaysOpen", true);
            }
            if (hour.path("isClosed").asBoolean(false)) {
                entry.put("closed", true);
            }
            if (hour.path("isReservation").asBoolean(false)) {
                c.note(field + "[].isReservation", "'open by reservation' has no place in the PAT model yet");
            }
            ArrayNode opening = JSON.createArrayNode();
            for (JsonNode time : hour.path("openingHour")) {
                ObjectNode period = opening.addObject();
                if (text(time.get("dayFrom")) != null) {
                    period.put("dayFrom", text(time.get("dayFrom")));
                }
                if (text(time.get("dayTo")) != null) {
                    period.put("dayTo", text(time.get("dayTo")));
                }
                period.put("from", hhmm(time.path("from").asText())).put("to", hhmm(time.path("to").asText()));
            }
            putIfPresent(entry, "openingHours", opening);
            putIfPresent(entry, "additionalInformation", c.texts(hour.path("additionalInformation"), null, field + "[].additionalInformation"));
            boolean empty = opening.isEmpty() && !entry.has("alwaysOpen") && !entry.has("closed") && !entry.has("additionalInformation")
                    && !entry.has("validFrom");
            if (empty) {
                c.supplemented.add(field + ": an empty entry left out (no days, times or text)");
                continue;
            }
            if (opening.isEmpty() && !entry.has("alwaysOpen") && !entry.has("closed")) {
                c.note(field + "[]", "hours with a text but no days or times: PAT asks for days, alwaysOpen or closed");
                continue;
            }
            hours.add(entry);
        }
        return hours;
    }

    /** PTV writes 08:00:00 as well as 08:00; the PAT contract takes HH:mm. */
    static String hhmm(String time) {
        return time.length() == 8 && time.endsWith(":00") ? time.substring(0, 5) : time;
    }
}
