package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.v11.V11ItemViews;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * PTV API v12 read models (service, channel, organisation) as the version-independent
 * {@link PtvItemView}: the v12 item is told in v11's words (its texts as typed lists, its
 * vocabulary where v12 renamed it: areas, service and channel types, charge types, classification
 * codes as their code-list URIs, file types) and read by the v11 reader's {@link V11ItemViews},
 * so both versions give one item the same field paths and normalisation, and drift, adoption and
 * reconciliation work on either unchanged. Pure.
 *
 * <p>What v12 does not say stays out of the view: v12 serves published content only (every item
 * is {@code Published}, its {@code modified} is v12's {@code publishedAt}), returns no sourceId
 * (nor its {@code externalId}), no municipality with an address (it follows from the postal code)
 * and, in this beta, nothing this system could compare for accessibility statements beyond their
 * level. Long texts arrive as Markdown and are compared as the text they render.
 */
public final class V12ItemViews {

    private static final Map<String, RecordKind> CHANNEL_KINDS = Map.of("EService", RecordKind.ECHANNEL,
            "TelephoneService", RecordKind.PHONE, "ServiceLocation", RecordKind.SERVICE_LOCATION,
            "PrintableForm", RecordKind.PRINTABLE_FORM, "WebPage", RecordKind.WEB_PAGE);
    private static final Map<String, String> V11_CHANNEL_TYPES = Map.of("EService", "EChannel", "TelephoneService", "Phone",
            "ServiceLocation", "ServiceLocation", "PrintableForm", "PrintableForm", "WebPage", "WebPage");
    private static final Map<String, String> AREA_TYPES = Map.of("WholeCountry", "Nationwide",
            "WholeCountryExceptAland", "NationwideExceptAlandIslands", "LimitedArea", "LimitedType");
    private static final Map<String, String> CHARGE_TYPES = Map.of("Charged", "Chargeable", "Free", "FreeOfCharge",
            "ExtraCharge", "Other", "Other", "Other");
    private static final Map<String, String> FILE_TYPES = Map.of("pdf", "PDF", "doc", "DOC", "excel", "Excel", "rtf", "RTF", "odt", "ODT");
    /** v12 gives these classifications as codes; v11 and this system name them by their suomi.fi code-list URIs. */
    private static final Map<String, String> CODE_LISTS = Map.of(
            "serviceClasses", "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/",
            "targetGroups", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/",
            "lifeEvents", "http://uri.suomi.fi/codelist/ptv/ptvlife/code/");

    private V12ItemViews() {}

    /** The kind of a channel by v12's {@code serviceChannelType}; null when v12 names another. */
    public static RecordKind channelKind(String serviceChannelType) {
        return CHANNEL_KINDS.get(serviceChannelType);
    }

    /**
     * One read model (a generated v12 response, or its JSON) as the view of its namespace.
     *
     * @throws V11ItemViews.UnreadableItem when it is not an item of that namespace or a field has the wrong shape
     */
    public static PtvItemView of(RecordKind.Namespace type, Object readModel) throws V11ItemViews.UnreadableItem {
        JsonNode v12 = readModel instanceof JsonNode node ? node : V12Json.MAPPER.valueToTree(readModel);
        return V11ItemViews.view(type, asV11(type, v12));
    }

    /** A listed item (a search result) as a reference: id, kind, Finnish name, publishing time. */
    public static PtvItemRef ref(RecordKind.Namespace type, Object readModel) throws V11ItemViews.UnreadableItem {
        PtvItemView view = of(type, readModel);
        return new PtvItemRef(type, view.kind(), view.ptvId(), view.displayName(), view.modified());
    }

    /** The v12 item in the words of v11's read model. */
    static ObjectNode asV11(RecordKind.Namespace type, JsonNode v12) {
        ObjectNode v11 = V12Json.MAPPER.createObjectNode();
        v11.put("id", v12.path("contentId").asText(null));
        v11.put("publishingStatus", "Published");
        v11.put("modified", v12.path("publishedAt").asText(null));
        area(v12.path("area"), v11);
        JsonNode versions = v12.path("languageVersions");
        switch (type) {
            case ORGANIZATION -> organization(v12, versions, v11);
            case SERVICE -> service(v12, versions, v11);
            default -> channel(v12, versions, v11);
        }
        return v11;
    }

    private static void organization(JsonNode v12, JsonNode versions, ObjectNode v11) {
        v11.put("organizationType", v12.path("organizationType").asText(null));
        v11.put("businessCode", v12.path("businessId").asText(null));
        v11.put("oid", v12.path("oid").asText(null));
        v11.put("parentOrganizationId", v12.path("parentOrganizationContentId").asText(null));
        if ("Municipality".equals(v12.path("organizationType").asText())) {
            v11.put("municipality", v12.path("area").path("municipalities").path(0).asText(null));
        }
        ArrayNode names = v11.putArray("organizationNames");
        ArrayNode descriptions = v11.putArray("organizationDescriptions");
        ArrayNode display = v11.putArray("displayNameType");
        forEachLanguage(versions, (language, version) -> {
            typed(names, "Name", language, version.path("name"));
            typed(names, "AlternativeName", language, version.path("alternativeName"));
            display.addObject().put("language", language)
                    .put("type", version.path("isAlternativeNamePrimary").asBoolean(false) ? "AlternativeName" : "Name");
            typed(descriptions, "Summary", language, version.path("summary"));
            typedMarkdown(descriptions, "Description", language, version.path("description"));
            for (JsonNode email : version.path("contactEmails")) {
                v11.withArray("emails").addObject().put("language", language).put("value", email.path("email").asText(null))
                        .put("description", email.path("additionalInformation").asText(null));
            }
            webPages(version.path("contactWebPages"), language, v11.withArray("webPages"));
            phones(version.path("contactPhoneNumbers"), language, null, v11.withArray("phoneNumbers"));
        });
        addresses(v12.path("location"), "Visiting", v11.withArray("addresses"));
        addresses(v12.path("contactAddresses"), "Postal", v11.withArray("addresses"));
    }

    private static void service(JsonNode v12, JsonNode versions, ObjectNode v11) {
        String serviceType = v12.path("serviceType").asText(null);
        v11.put("type", "PermitOrOtherObligation".equals(serviceType) ? "PermitOrObligation" : serviceType);
        v11.put("fundingType", v12.path("fundingType").asText(null));
        v11.put("serviceChargeType", CHARGE_TYPES.get(v12.path("chargeType").asText("")));
        v11.put("generalDescriptionId", v12.path("generalDescriptionContentId").asText(null));
        v11.put("mainResponsibleOrganization", v12.path("organizationContentId").asText(null));
        v11.set("languages", v12.path("serviceLanguages").deepCopy());
        v11.set("otherResponsibleOrganizations", v12.path("otherResponsibleOrganizations").deepCopy());
        for (String list : new String[] {"serviceClasses", "targetGroups", "lifeEvents", "ontologyTerms", "industrialClasses"}) {
            ArrayNode values = v11.putArray(list);
            String base = CODE_LISTS.get(list);
            v12.path(list).forEach(value -> values.add(base == null || value.asText().contains("://") ? value.asText() : base + value.asText()));
        }
        producers(v12.path("producers"), v11.putArray("serviceProducers"));
        ArrayNode names = v11.putArray("serviceNames");
        ArrayNode descriptions = v11.putArray("serviceDescriptions");
        boolean vouchers = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String language = entry.getKey();
            JsonNode version = entry.getValue();
            typed(names, "Name", language, version.path("name"));
            typed(names, "AlternativeName", language, version.path("alternativeName"));
            typed(descriptions, "Summary", language, version.path("summary"));
            typedMarkdown(descriptions, "Description", language, version.path("description"));
            typedMarkdown(descriptions, "UserInstruction", language, version.path("userInstructions"));
            typedMarkdown(descriptions, "ChargeTypeAdditionalInfo", language, version.path("chargeTypeAdditionalInformation"));
            typedMarkdown(descriptions, "ProcessingTime", language, version.path("processingTimeAdditionalInformation"));
            typedMarkdown(descriptions, "DeadLine", language, version.path("deadlineAdditionalInformation"));
            typedMarkdown(descriptions, "ValidityTime", language, version.path("validityTimeAdditionalInformation"));
            if (version.path("conditions").isTextual()) {
                v11.withArray("requirements").addObject().put("language", language)
                        .put("value", MarkdownText.toPlain(version.path("conditions").asText()));
            }
            for (JsonNode keyword : version.path("freelyAssignedKeywords")) {
                v11.withArray("keywords").addObject().put("language", language).put("value", keyword.asText());
            }
            String voucher = version.path("voucher").path("voucherType").asText("NotUsed");
            vouchers |= !"NotUsed".equals(voucher);
        }
        v11.put("serviceVouchersInUse", vouchers);
    }

    private static void channel(JsonNode v12, JsonNode versions, ObjectNode v11) {
        String channelType = v12.path("serviceChannelType").asText("");
        v11.put("serviceChannelType", V11_CHANNEL_TYPES.getOrDefault(channelType, channelType));
        v11.put("organizationId", v12.path("organizationContentId").asText(null));
        v11.set("languages", v12.path("serviceLanguages").deepCopy());
        boolean location = "ServiceLocation".equals(channelType);
        ArrayNode names = v11.putArray("serviceChannelNames");
        ArrayNode descriptions = v11.putArray("serviceChannelDescriptions");
        forEachLanguage(versions, (language, version) -> {
            typed(names, location ? "Name" : null, language, version.path("name"));
            typed(descriptions, "Summary", language, version.path("summary"));
            typedMarkdown(descriptions, "Description", language, version.path("description"));
            emails(version.path("supportEmails"), language, v11.withArray("supportEmails"));
            phones(version.path("supportPhoneNumbers"), language, null, v11.withArray("supportPhones"));
            switch (channelType) {
                case "EService", "WebPage" -> {
                    JsonNode address = version.path("webAddress");
                    if (address.path("url").isTextual()) {
                        v11.withArray("webPages").addObject().put("language", language).put("url", address.path("url").asText());
                    }
                    if (version.path("accessibilityClassificationLevel").isTextual()) {
                        v11.withArray("accessibilityClassification").addObject().put("language", language)
                                .put("accessibilityClassificationLevel", version.path("accessibilityClassificationLevel").asText());
                    }
                }
                case "TelephoneService" -> {
                    JsonNode address = version.path("webAddress");
                    if (address.path("url").isTextual()) {
                        v11.withArray("webPages").addObject().put("language", language).put("url", address.path("url").asText())
                                .put("value", address.path("name").asText(null));
                    }
                    phones(version.path("phoneNumbers"), language, "Phone", v11.withArray("phoneNumbers"));
                }
                case "ServiceLocation" -> {
                    typed(names, "AlternativeName", language, version.path("alternativeName"));
                    v11.withArray("displayNameType").addObject().put("language", language)
                            .put("type", version.path("isAlternativeNamePrimary").asBoolean(false) ? "AlternativeName" : "Name");
                    emails(version.path("contactEmails"), language, v11.withArray("emails"));
                    webPages(version.path("contactWebPages"), language, v11.withArray("webPages"));
                    // v11 keeps a service point's phones untyped, faxes among them.
                    phones(version.path("contactPhoneNumbers"), language, null, v11.withArray("phoneNumbers"));
                    phones(version.path("contactFaxNumbers"), language, null, v11.withArray("phoneNumbers"));
                }
                case "PrintableForm" -> {
                    if (version.path("formIdentifier").isTextual()) {
                        v11.withArray("formIdentifier").addObject().put("language", language)
                                .put("value", version.path("formIdentifier").asText());
                    }
                    for (JsonNode file : version.path("formFiles")) {
                        String fileType = file.path("type").asText("").toLowerCase(Locale.ROOT);
                        v11.withArray("channelUrls").addObject().put("language", language)
                                .put("type", FILE_TYPES.getOrDefault(fileType, fileType)).put("value", file.path("url").asText(null));
                    }
                }
                default -> { }
            }
        });
        if ("EService".equals(channelType)) {
            v11.put("requiresAuthentication", "Required".equals(v12.path("electronicIdentification").asText()));
            boolean signature = "Required".equals(v12.path("electronicSignature").path("type").asText());
            v11.put("requiresSignature", signature);
            if (signature) {
                v11.put("signatureQuantity", v12.path("electronicSignature").path("numberOfRequiredSignatures").asText());
            }
        }
        if (location) {
            addresses(v12.path("location"), "Location", v11.withArray("addresses"));
            addresses(v12.path("contactAddresses"), "Postal", v11.withArray("addresses"));
        }
        for (JsonNode delivery : v12.path("deliveryAddresses")) {
            ObjectNode address = v11.withArray("deliveryAddresses").addObject();
            if ("PostOfficeBox".equals(delivery.path("deliveryAddressType").asText())) {
                address.put("subType", "PostOfficeBox");
                address.set("postOfficeBoxAddress", postOfficeBox(delivery));
            } else if ("StreetAddress".equals(delivery.path("deliveryAddressType").asText())) {
                address.put("subType", "Street");
                address.set("streetAddress", street(delivery));
            }
            address.set("receiver", languageList(delivery.path("recipient")));
        }
    }

    @FunctionalInterface
    private interface LanguageVersion {
        void accept(String language, JsonNode version);
    }

    private static void forEachLanguage(JsonNode versions, LanguageVersion action) {
        for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            action.accept(entry.getKey(), entry.getValue());
        }
    }

    private static void typed(ArrayNode list, String type, String language, JsonNode value) {
        if (value.isTextual()) {
            ObjectNode text = list.addObject().put("language", language).put("value", value.asText());
            if (type != null) {
                text.put("type", type);
            }
        }
    }

    private static void typedMarkdown(ArrayNode list, String type, String language, JsonNode value) {
        if (value.isTextual()) {
            list.addObject().put("type", type).put("language", language).put("value", MarkdownText.toPlain(value.asText()));
        }
    }

    private static void emails(JsonNode emails, String language, ArrayNode to) {
        emails.forEach(email -> to.addObject().put("language", language).put("value", email.path("email").asText(null)));
    }

    private static void webPages(JsonNode pages, String language, ArrayNode to) {
        pages.forEach(page -> to.addObject().put("language", language).put("url", page.path("url").asText(null))
                .put("value", page.path("name").asText(null)));
    }

    /** v12 phones as v11's: a domestic number is a Finnish service number, the dial code is the prefix. */
    private static void phones(JsonNode phones, String language, String type, ArrayNode to) {
        phones.forEach(phone -> {
            ObjectNode v11 = to.addObject().put("language", language).put("number", phone.path("number").asText(null))
                    .put("serviceChargeType", CHARGE_TYPES.get(phone.path("chargeType").asText("")))
                    .put("chargeDescription", phone.path("chargeDescription").asText(null))
                    .put("additionalInformation", phone.path("additionalInformation").asText(null));
            if (type != null) {
                v11.put("type", type);
            }
            if ("DomesticPhone".equals(phone.path("type").asText())) {
                v11.put("isFinnishServiceNumber", true);
            } else {
                v11.put("prefixNumber", phone.path("dialCode").asText(null));
            }
        });
    }

    private static void producers(JsonNode producers, ArrayNode to) {
        producers.path("selfProducedProducers").path("organizations").forEach(id -> to.addObject()
                .put("provisionType", "SelfProducedServices").putArray("organizations").add(id.asText()));
        for (String[] group : new String[][] {{"procuredProducers", "ProcuredServices"}, {"otherProducers", "Other"}}) {
            JsonNode producer = producers.path(group[0]);
            producer.path("organizations").forEach(id -> to.addObject().put("provisionType", group[1])
                    .putArray("organizations").add(id.asText()));
            producer.path("other").forEach(other -> to.addObject().put("provisionType", group[1])
                    .set("additionalInformation", languageList(other.path("name"))));
        }
    }

    private static void area(JsonNode area, ObjectNode v11) {
        String areaType = area.path("areaType").asText(null);
        if (areaType == null) {
            return;
        }
        v11.put("areaType", AREA_TYPES.getOrDefault(areaType, areaType));
        ArrayNode areas = v11.putArray("areas");
        area.path("municipalities").forEach(code -> areas.addObject().put("type", "Municipality").put("code", code.asText()));
        area.path("regions").forEach(code -> areas.addObject().put("type", "Region").put("code", code.asText()));
        area.path("wellbeingServicesCounties").forEach(code -> areas.addObject().put("type", "WellbeingServicesCounty")
                .put("code", code.asText()));
    }

    /** v12's address groups as v11's typed addresses: street, post office box, abroad (v12's other places are not sent by this system). */
    private static void addresses(JsonNode group, String type, ArrayNode to) {
        group.path("streetAddresses").forEach(street -> to.addObject().put("type", type).put("subType", "Street")
                .set("streetAddress", street(street)));
        group.path("postOfficeBoxAddresses").forEach(box -> to.addObject().put("type", type).put("subType", "PostOfficeBox")
                .set("postOfficeBoxAddress", postOfficeBox(box)));
        group.path("foreignAddresses").forEach(foreign -> to.addObject().put("type", type).put("subType", "Abroad")
                .put("country", foreign.path("countryCode").asText(null)).set("foreignAddress", languageList(foreign.path("address"))));
    }

    private static ObjectNode street(JsonNode v12) {
        ObjectNode street = V12Json.MAPPER.createObjectNode();
        street.set("street", languageList(v12.path("streetName")));
        street.put("streetNumber", v12.path("addressDetail").asText(null));
        street.put("postalCode", v12.path("postalCode").asText(null));
        JsonNode point = v12.path("coordinates");
        point = point.isArray() ? point.path(0) : point;
        if (point.path("northing").isNumber() && point.path("easting").isNumber()) {
            street.put("latitude", point.path("northing").asText());
            street.put("longitude", point.path("easting").asText());
        }
        street.set("additionalInformation", languageList(v12.path("additionalInformation")));
        return street;
    }

    private static ObjectNode postOfficeBox(JsonNode v12) {
        ObjectNode box = V12Json.MAPPER.createObjectNode();
        box.set("postOfficeBox", languageList(v12.path("postOfficeBox")));
        box.put("postalCode", v12.path("postalCode").asText(null));
        box.set("additionalInformation", languageList(v12.path("additionalInformation")));
        return box;
    }

    /** v12's {@code {"fi": ..., "sv": ...}} as v11's {@code [{language, value}]}. */
    private static ArrayNode languageList(JsonNode texts) {
        ArrayNode list = V12Json.MAPPER.createArrayNode();
        texts.fields().forEachRemaining(text -> {
            if (text.getValue().isTextual()) {
                list.addObject().put("language", text.getKey()).put("value", text.getValue().asText());
            }
        });
        return list;
    }
}
