package fi.ptvintegration.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fields of a PTV item the PAT model has a place for, as facts {@code key -> value} that read
 * the same from an item as PTV answers it (OUT model, the samples) and from the body the middleware
 * sent (IN model, what the simulator received): texts per language and type, codes instead of ids,
 * list entries keyed by their content rather than their position, municipality codes, classification
 * codes, dates without time, times as HH:mm, coordinates in ETRS-TM35FIN to the centimetre, URLs as
 * the resource they name (percent-escapes decoded). One fact is one field.
 */
final class PtvFacts {

    /** Which model the item is in. */
    enum Side { OUT, IN }

    private final Side side;
    /** PAT code of an organisation or channel id of this side; null when unknown. */
    private final Function<String, String> code;
    private final Map<String, String> facts = new TreeMap<>();
    /**
     * The item's language versions: those it has a name in. A text in another language is no
     * version PTV shows (the converter notes it); a connection's texts may be in any content language.
     */
    private Set<String> languages = SampleConverter.CONTENT_LANGUAGES;

    private PtvFacts(Side side, Function<String, String> code) {
        this.side = side;
        this.code = code;
    }

    /**
     * @param kind Organization, Service, EChannel, Phone, ServiceLocation, PrintableForm or WebPage
     * @param code PAT code of an organisation or channel id as this side names them, null when unknown
     *     (a connection to an unknown channel is left out)
     */
    static Map<String, String> of(Side side, String kind, JsonNode item, Function<String, String> code) {
        PtvFacts f = new PtvFacts(side, code);
        f.languages = nameLanguages(item.path(switch (kind) {
            case "Organization" -> "organizationNames";
            case "Service" -> "serviceNames";
            default -> "serviceChannelNames";
        }));
        switch (kind) {
            case "Organization" -> f.organization(item);
            case "Service" -> f.service(item);
            default -> f.channel(kind, item);
        }
        return f.facts;
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(key, value.strip());
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private boolean content(String language) {
        return languages.contains(language);
    }

    private static Set<String> nameLanguages(JsonNode names) {
        Set<String> found = new java.util.TreeSet<>();
        for (JsonNode name : names) {
            String language = name.path("language").asText();
            if ("Name".equals(name.path("type").asText("Name")) && text(name.get("value")) != null
                    && SampleConverter.CONTENT_LANGUAGES.contains(language)) {
                found.add(language);
            }
        }
        return found;
    }

    /** {language, value, type?} lists: one fact per content language (and type). */
    private void texts(String prefix, JsonNode list, String type) {
        for (JsonNode entry : list) {
            String entryType = entry.path("type").asText("Name");
            if (type != null && !type.equals(entryType)) {
                continue;
            }
            String language = entry.path("language").asText();
            if (content(language)) {
                put(prefix + "." + language, text(entry.get("value")));
            }
        }
    }

    private void typedTexts(String prefix, JsonNode list) {
        for (JsonNode entry : list) {
            String language = entry.path("language").asText();
            if (content(language)) {
                put(prefix + "." + entry.path("type").asText() + "." + language, text(entry.get("value")));
            }
        }
    }

    // ---------------------------------------------------------------- kinds

    private void organization(JsonNode item) {
        put("publishingStatus", text(item.get("publishingStatus")));
        put("organizationType", text(item.get("organizationType")));
        names("name", item.path("organizationNames"));
        displayNameTypes(item);
        typedTexts("description", item.path("organizationDescriptions"));
        put("businessCode", text(item.get("businessCode")));
        put("oid", text(item.get("oid")));
        put("municipality", municipality(item.get("municipality")));
        area(item);
        emails("email", item.path("emails"));
        phones("phone", item.path("phoneNumbers"), false);
        webPages("webPage", item.path("webPages"));
        addresses("address", item.path("addresses"));
    }

    private void service(JsonNode item) {
        put("publishingStatus", text(item.get("publishingStatus")));
        put("type", text(item.get("type")));
        put("fundingType", text(item.get("fundingType")));
        put("chargeType", text(item.get("serviceChargeType")));
        put("generalDescriptionId", text(item.get("generalDescriptionId")));
        put("serviceVouchersInUse", item.path("serviceVouchersInUse").asText(null));
        serviceLanguages(item);
        names("name", item.path("serviceNames"));
        typedTexts("description", item.path("serviceDescriptions"));
        texts("requirement", item.path("requirements"), null);
        for (JsonNode keyword : item.path("keywords")) {
            if (content(keyword.path("language").asText())) {
                put("keyword." + keyword.path("language").asText() + "." + text(keyword.get("value")), "yes");
            }
        }
        area(item);
        classification("serviceClass", item.path("serviceClasses"));
        classification("targetGroup", item.path("targetGroups"));
        classification("lifeEvent", item.path("lifeEvents"));
        for (JsonNode term : item.path("ontologyTerms")) {
            put("ontologyTerm." + (term.isTextual() ? term.asText() : term.path("uri").asText()), "yes");
        }
        for (JsonNode industrial : item.path("industrialClasses")) {
            put("industrialClass." + (industrial.isTextual() ? industrial.asText() : industrial.path("uri").asText()), "yes");
        }
        organizations(item);
        Set<String> serviceLanguages = languages;
        languages = SampleConverter.CONTENT_LANGUAGES;
        for (JsonNode connection : item.path("serviceChannels")) {
            String channel = code.apply(connection.path("serviceChannel").path("id").asText(connection.path("serviceChannelId").asText()));
            if (channel == null) {
                continue;
            }
            String prefix = "connection[" + channel + "]";
            put(prefix, "yes");
            put(prefix + ".chargeType", text(connection.get("serviceChargeType")));
            typedTexts(prefix + ".description", connection.path("description"));
            serviceHours(prefix + ".hours", connection.path("serviceHours"));
            JsonNode contact = connection.path("contactDetails");
            emails(prefix + ".email", contact.path("emails"));
            phones(prefix + ".phone", contact.path("phoneNumbers"), false);
            for (JsonNode fax : contact.path("faxNumbers")) {
                put(prefix + ".fax." + fax.path("language").asText() + "." + number(fax), "yes");
            }
            webPages(prefix + ".webPage", contact.path("webPages"));
            addresses(prefix + ".address", contact.path("addresses"));
        }
        languages = serviceLanguages;
    }

    private void channel(String kind, JsonNode item) {
        put("publishingStatus", text(item.get("publishingStatus")));
        put("organization", code.apply(item.path("organizationId").asText()));
        serviceLanguages(item);
        names("name", item.path("serviceChannelNames"));
        typedTexts("description", item.path("serviceChannelDescriptions"));
        area(item);
        serviceHours("hours", item.path("serviceHours"));
        switch (kind) {
            case "EChannel", "WebPage" -> {
                JsonNode urls = side == Side.OUT ? item.path("webPages") : item.path("webPage");
                for (JsonNode url : urls) {
                    if (content(url.path("language").asText())) {
                        put("url." + url.path("language").asText(), decoded(text(side == Side.OUT ? url.get("url") : url.get("value"))));
                    }
                }
                accessibility(item);
                if (item.path("requiresSignature").asBoolean(false)) {
                    put("signatureQuantity", item.path("signatureQuantity").asText());
                }
                if ("EChannel".equals(kind)) {
                    put("requiresAuthentication", item.path("requiresAuthentication").asText(null));
                    put("requiresSignature", item.path("requiresSignature").asText(null));
                }
                emails("supportEmail", item.path("supportEmails"));
                phones("supportPhone", item.path("supportPhones"), false);
            }
            case "Phone" -> {
                phones("phone", item.path("phoneNumbers"), true);
                webPages("webPage", item.path("webPages"));
                emails("supportEmail", item.path("supportEmails"));
            }
            case "ServiceLocation" -> {
                displayNameTypes(item);
                addresses("address", item.path("addresses"));
                phones("phone", item.path("phoneNumbers"), false);
                for (JsonNode fax : item.path("faxNumbers")) {
                    put("fax." + fax.path("language").asText() + "." + number(fax), "yes");
                }
                emails("email", item.path("emails"));
                webPages("webPage", item.path("webPages"));
            }
            case "PrintableForm" -> {
                texts("formIdentifier", item.path("formIdentifier"), null);
                for (JsonNode url : item.path("channelUrls")) {
                    if (content(url.path("language").asText())) {
                        put("formUrl." + url.path("language").asText() + "." + url.path("type").asText(), decoded(text(url.get("value"))));
                    }
                }
                JsonNode deliveries = item.path("deliveryAddresses");
                if (!deliveries.isEmpty()) {
                    delivery(deliveries.get(0));
                }
                emails("supportEmail", item.path("supportEmails"));
                phones("supportPhone", item.path("supportPhones"), false);
            }
            default -> throw new IllegalArgumentException("kind " + kind);
        }
    }

    // ---------------------------------------------------------------- parts

    /** Names by type; a channel's plain name list (IN, but for service locations) holds names only. */
    private void names(String prefix, JsonNode list) {
        texts(prefix + ".Name", list, "Name");
        texts(prefix + ".AlternativeName", list, "AlternativeName");
    }

    private void displayNameTypes(JsonNode item) {
        for (JsonNode entry : item.path("displayNameType")) {
            if (content(entry.path("language").asText())) {
                put("displayNameType." + entry.path("language").asText(), text(entry.get("type")));
            }
        }
    }

    private void serviceLanguages(JsonNode item) {
        for (JsonNode language : item.path("languages")) {
            put("language." + language.asText(), "yes");
        }
    }

    private String municipality(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? text(node) : text(node.get("code"));
    }

    private void area(JsonNode item) {
        put("areaType", text(item.get("areaType")));
        for (JsonNode area : item.path("areas")) {
            if (area.isTextual()) {
                put("area." + item.path("subAreaType").asText() + "." + area.asText(), "yes");
            } else if (area.has("areaCodes")) {
                area.path("areaCodes").forEach(c -> put("area." + area.path("type").asText() + "." + c.asText(), "yes"));
            } else if (area.has("municipalities") && !area.path("municipalities").isEmpty()) {
                area.path("municipalities").forEach(m -> put("area." + area.path("type").asText() + "." + m.path("code").asText(), "yes"));
            } else if (text(area.get("code")) != null) {
                put("area." + area.path("type").asText() + "." + area.path("code").asText(), "yes");
            }
        }
    }

    /** Classifications by code: OUT gives it, IN's uri.suomi.fi URIs end with it. */
    private void classification(String prefix, JsonNode list) {
        for (JsonNode entry : list) {
            String value = entry.isTextual() ? entry.asText().replaceFirst(".*/code/", "") : entry.path("code").asText();
            put(prefix + "." + value, "yes");
        }
    }

    private void organizations(JsonNode item) {
        if (side == Side.OUT) {
            for (JsonNode role : item.path("organizations")) {
                String organization = code.apply(role.path("organization").path("id").asText());
                switch (role.path("roleType").asText()) {
                    case "Responsible" -> put("responsibleOrganization", organization);
                    case "OtherResponsible" -> put("otherResponsibleOrganization." + organization, "yes");
                    case "Producer" -> {
                        String provision = role.path("provisionType").asText();
                        put("producer." + provision, "yes");
                        if (organization != null) {
                            put("producer." + provision + "." + organization, "yes");
                        }
                        texts("producer." + provision + ".additionalInformation", role.path("additionalInformation"), null);
                    }
                    default -> { }
                }
            }
            return;
        }
        put("responsibleOrganization", code.apply(item.path("mainResponsibleOrganization").asText()));
        for (JsonNode other : item.path("otherResponsibleOrganizations")) {
            put("otherResponsibleOrganization." + code.apply(other.asText()), "yes");
        }
        for (JsonNode producer : item.path("serviceProducers")) {
            String provision = producer.path("provisionType").asText();
            put("producer." + provision, "yes");
            for (JsonNode organization : producer.path("organizations")) {
                put("producer." + provision + "." + code.apply(organization.asText()), "yes");
            }
            texts("producer." + provision + ".additionalInformation", producer.path("additionalInformation"), null);
        }
    }

    private void emails(String prefix, JsonNode list) {
        for (JsonNode email : list) {
            if (content(email.path("language").asText()) && text(email.get("value")) != null) {
                put(prefix + "." + email.path("language").asText() + "." + text(email.get("value")), "yes");
            }
        }
    }

    private static String number(JsonNode phone) {
        return phone.path("isFinnishServiceNumber").asBoolean(false)
                ? phone.path("number").asText() : phone.path("prefixNumber").asText("") + phone.path("number").asText();
    }

    /**
     * A phone per language and number. Where PTV keeps a type (a phone channel) it is a fact; a
     * service location's OUT numbers of type Fax are its fax numbers (IN: faxNumbers).
     */
    private void phones(String prefix, JsonNode list, boolean typed) {
        for (JsonNode phone : list) {
            String language = phone.path("language").asText();
            if (!content(language) || text(phone.get("number")) == null) {
                continue;
            }
            if (!typed && "Fax".equals(phone.path("type").asText())) {
                put("fax." + language + "." + number(phone), "yes");
                continue;
            }
            String key = prefix + "." + language + "." + number(phone);
            put(key, "yes");
            if (typed) {
                put(key + ".type", text(phone.get("type")));
            }
            put(key + ".chargeType", text(phone.get("serviceChargeType")));
            put(key + ".chargeDescription", text(phone.get("chargeDescription")));
            put(key + ".additionalInformation", text(phone.get("additionalInformation")));
        }
    }

    private void webPages(String prefix, JsonNode list) {
        for (JsonNode page : list) {
            if (content(page.path("language").asText()) && text(page.get("url")) != null) {
                String key = prefix + "." + page.path("language").asText() + "." + decoded(text(page.get("url")));
                put(key, "yes");
                put(key + ".name", text(page.get("value")));
            }
        }
    }

    private void addresses(String prefix, JsonNode list) {
        for (JsonNode address : list) {
            String subType = address.path("subType").asText();
            String kind = switch (subType) {
                case "Foreign", "Abroad" -> "Abroad";
                default -> subType;
            };
            JsonNode street = address.path("streetAddress");
            JsonNode box = address.path("postOfficeBoxAddress");
            JsonNode parts = "PostOfficeBox".equals(kind) ? box : street;
            if (!Set.of("Street", "Single", "PostOfficeBox", "Abroad").contains(kind)) {
                continue;
            }
            String key = prefix + "[" + address.path("type").asText() + "/" + kind + "/" + parts.path("postalCode").asText("")
                    + "/" + parts.path("streetNumber").asText("") + "]";
            put(key, "yes");
            if ("Abroad".equals(kind)) {
                JsonNode text = address.has("locationAbroad") && !address.path("locationAbroad").isEmpty()
                        ? address.get("locationAbroad") : address.path("foreignAddress");
                texts(key + ".abroad", text, null);
                continue;
            }
            texts(key + ".street", street.path("street"), null);
            texts(key + ".postOfficeBox", box.path("postOfficeBox"), null);
            put(key + ".municipality", municipality(parts.get("municipality")));
            texts(key + ".additionalInformation", parts.path("additionalInformation"), null);
            String latitude = text(street.get("latitude"));
            String longitude = text(street.get("longitude"));
            if (latitude != null && longitude != null) {
                put(key + ".coordinates", centimetres(latitude) + " N, " + centimetres(longitude) + " E");
            }
        }
    }

    private static String centimetres(String metres) {
        return new BigDecimal(metres).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void serviceHours(String prefix, JsonNode list) {
        for (JsonNode hour : list) {
            boolean empty = hour.path("openingHour").isEmpty() && !hour.path("isClosed").asBoolean(false)
                    && !hour.path("isAlwaysOpen").asBoolean(false) && text(hour.get("validFrom")) == null
                    && !hasText(hour.path("additionalInformation"));
            if (empty) {
                // An entry with no days, times, dates or text says nothing: PTV shows nothing for it.
                continue;
            }
            String key = prefix + "[" + hour.path("serviceHourType").asText() + "/" + day(hour.get("validFrom")) + "/" + day(hour.get("validTo")) + "]";
            put(key, "yes");
            if (hour.path("isClosed").asBoolean(false)) {
                put(key + ".closed", "true");
            }
            if (hour.path("isAlwaysOpen").asBoolean(false)) {
                put(key + ".alwaysOpen", "true");
            }
            texts(key + ".additionalInformation", hour.path("additionalInformation"), null);
            for (JsonNode time : hour.path("openingHour")) {
                put(key + ".open." + time.path("dayFrom").asText("") + "-" + time.path("dayTo").asText("") + "."
                        + SampleConverter.hhmm(time.path("from").asText()) + "-" + SampleConverter.hhmm(time.path("to").asText()), "yes");
            }
        }
    }

    private boolean hasText(JsonNode list) {
        for (JsonNode entry : list) {
            if (content(entry.path("language").asText()) && text(entry.get("value")) != null) {
                return true;
            }
        }
        return false;
    }

    private static String day(JsonNode dateTime) {
        String value = text(dateTime);
        return value == null ? "" : value.substring(0, 10);
    }

    /** A web channel's accessibility statement per language (OUT: accessibilityStatementWebPage; IN: the classification's). */
    private void accessibility(JsonNode item) {
        if (side == Side.OUT) {
            for (JsonNode page : item.path("accessibilityStatementWebPage")) {
                String language = page.path("language").asText();
                if (content(language)) {
                    put("accessibility." + language + ".statementUrl", decoded(text(page.get("url"))));
                    put("accessibility." + language + ".statementName", text(page.get("value")));
                }
            }
            String level = text(item.get("accessibilityClassificationLevel"));
            String wcag = text(item.get("wcagLevel"));
            for (JsonNode name : item.path("serviceChannelNames")) {
                String language = name.path("language").asText();
                if (content(language) && text(name.get("value")) != null) {
                    put("accessibility." + language + ".level", level);
                    put("accessibility." + language + ".wcagLevel", wcag);
                }
            }
            return;
        }
        for (JsonNode classification : item.path("accessibilityClassification")) {
            String language = classification.path("language").asText();
            put("accessibility." + language + ".statementUrl", decoded(text(classification.get("accessibilityStatementWebPage"))));
            put("accessibility." + language + ".statementName", text(classification.get("accessibilityStatementWebPageName")));
            String level = text(classification.get("accessibilityClassificationLevel"));
            if (!"Unknown".equals(level)) {
                put("accessibility." + language + ".level", level);
            }
            put("accessibility." + language + ".wcagLevel", text(classification.get("wcagLevel")));
        }
    }

    private void delivery(JsonNode address) {
        String subType = address.path("subType").asText();
        texts("delivery.receiver", side == Side.OUT ? address.path("receiver") : address.path("formReceiver"), null);
        texts("delivery.addressText", address.path("deliveryAddressInText"), null);
        JsonNode parts = "PostOfficeBox".equals(subType) ? address.path("postOfficeBoxAddress") : address.path("streetAddress");
        texts("delivery.street", parts.path("street"), null);
        texts("delivery.postOfficeBox", parts.path("postOfficeBox"), null);
        put("delivery.streetNumber", text(parts.get("streetNumber")));
        put("delivery.postalCode", text(parts.get("postalCode")));
        put("delivery.municipality", municipality(parts.get("municipality")));
        texts("delivery.additionalInformation", parts.path("additionalInformation"), null);
        if (facts.keySet().stream().anyMatch(k -> k.startsWith("delivery."))) {
            put("delivery.subType", subType);
        }
    }

    /** The resource a URL names: percent-escapes decoded, so that ä and %C3%A4 compare equal. */
    private static String decoded(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
