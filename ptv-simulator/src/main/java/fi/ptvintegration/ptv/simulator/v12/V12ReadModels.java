package fi.ptvintegration.ptv.simulator.v12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item the simulator holds (in the shape of v11, as it was written) in the shape of PTV API
 * v12's read models ({@code ServiceResponse}, {@code ChannelResponse} of its kind,
 * {@code OrganizationResponse}, {@code ConnectionResponse}), as DVV copies v11 content to v12:
 * texts per language in {@code languageVersions}, long texts as Markdown, areas, phones,
 * addresses and classifications in v12's vocabulary, {@code publishedAt} from the last change.
 * What v11 items hold and v12's read models have no place for is left out; service hours are
 * given empty (the simulator does not derive v12's hour types). Every answer validates against
 * the beta document (the simulator's tests check it).
 */
public final class V12ReadModels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE_LIST_URI = Pattern.compile("^https?://uri\\.suomi\\.fi/codelist/.+/code/([^/]+)/?$");
    private static final Map<String, String> CHANNEL_TYPES = Map.of("EChannel", "EService", "Phone", "TelephoneService",
            "ServiceLocation", "ServiceLocation", "PrintableForm", "PrintableForm", "WebPage", "WebPage");
    private static final String MARKDOWN_ESCAPED = "\\`*_[]<>&|~";

    private V12ReadModels() {}

    /** v12's name of a v11 channel kind ({@code EChannel} is {@code EService}, {@code Phone} {@code TelephoneService}). */
    public static String channelType(String v11Kind) {
        return CHANNEL_TYPES.get(v11Kind);
    }

    public static ObjectNode service(ObjectNode v11) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.put("contentId", v11.path("id").asText());
        v12.put("organizationContentId", v11.path("mainResponsibleOrganization").asText(null));
        v12.set("generalDescriptionContentId", v11.hasNonNull("generalDescriptionId") ? v11.get("generalDescriptionId") : null);
        v12.set("targetGroups", codes(v11.path("targetGroups")));
        v12.set("industrialClasses", plain(v11.path("industrialClasses")));
        v12.set("lifeEvents", codes(v11.path("lifeEvents")));
        v12.set("ontologyTerms", plain(v11.path("ontologyTerms")));
        v12.set("serviceClasses", codes(v11.path("serviceClasses")));
        v12.set("producers", producers(v11.path("serviceProducers")));
        v12.set("otherResponsibleOrganizations", plain(v11.path("otherResponsibleOrganizations")));
        String charge = v11.path("serviceChargeType").asText("");
        v12.put("chargeType", "Chargeable".equals(charge) ? "Charged" : "FreeOfCharge".equals(charge) ? "Free" : null);
        v12.put("fundingType", v11.path("fundingType").asText("PubliclyFunded"));
        v12.set("serviceLanguages", plain(v11.path("languages")));
        v12.set("area", area(v11));
        v12.put("publishedAt", v11.path("modified").asText());
        String type = v11.path("type").asText("Service");
        String serviceType = "PermitOrObligation".equals(type) ? "PermitOrOtherObligation" : type;
        v12.put("serviceType", serviceType);
        boolean extended = !"Service".equals(serviceType);
        ObjectNode versions = v12.putObject("languageVersions");
        for (String language : languages(v11.path("languages"), v11.path("serviceNames"))) {
            ObjectNode version = versions.putObject(language);
            version.put("name", text(v11.path("serviceNames"), "Name", language));
            version.put("alternativeName", text(v11.path("serviceNames"), "AlternativeName", language));
            version.put("summary", text(v11.path("serviceDescriptions"), "Summary", language));
            version.put("description", markdown(text(v11.path("serviceDescriptions"), "Description", language)));
            version.put("userInstructions", markdown(text(v11.path("serviceDescriptions"), "UserInstruction", language)));
            version.put("conditions", markdown(text(v11.path("requirements"), null, language)));
            version.putArray("legislationLinks");
            ArrayNode keywords = version.putArray("freelyAssignedKeywords");
            v11.path("keywords").forEach(k -> {
                if (language.equals(k.path("language").asText())) {
                    keywords.add(k.path("value").asText());
                }
            });
            version.putObject("voucher").put("voucherType", v11.path("serviceVouchersInUse").asBoolean(false)
                    ? "WithAdditionalInformation" : "NotUsed");
            if (v11.path("serviceVouchersInUse").asBoolean(false)) {
                version.with("voucher").putNull("additionalInformation");
            }
            version.put("chargeTypeAdditionalInformation", markdown(text(v11.path("serviceDescriptions"), "ChargeTypeAdditionalInfo", language)));
            if (extended) {
                version.put("processingTimeAdditionalInformation", markdown(text(v11.path("serviceDescriptions"), "ProcessingTime", language)));
                version.put("deadlineAdditionalInformation", markdown(text(v11.path("serviceDescriptions"), "DeadLine", language)));
                version.put("validityTimeAdditionalInformation", markdown(text(v11.path("serviceDescriptions"), "ValidityTime", language)));
            }
        }
        return v12;
    }

    /** A channel of the given v11 kind (EChannel, Phone, ServiceLocation, PrintableForm, WebPage). */
    public static ObjectNode channel(ObjectNode v11, String v11Kind) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.put("contentId", v11.path("id").asText());
        v12.put("organizationContentId", v11.path("organizationId").asText(null));
        v12.put("allowedConnectionType", v11.path("isVisibleForAll").asBoolean(false) ? "AllOrganizations" : "OwnOrganizations");
        v12.set("serviceLanguages", plain(v11.path("languages")));
        v12.set("area", area(v11));
        v12.put("publishedAt", v11.path("modified").asText());
        v12.put("serviceChannelType", channelType(v11Kind));
        ObjectNode versions = v12.putObject("languageVersions");
        for (String language : languages(v11.path("languages"), v11.path("serviceChannelNames"))) {
            ObjectNode version = versions.putObject(language);
            version.put("name", text(v11.path("serviceChannelNames"), "ServiceLocation".equals(v11Kind) ? "Name" : null, language));
            version.put("summary", text(v11.path("serviceChannelDescriptions"), "Summary", language));
            version.put("description", markdown(text(v11.path("serviceChannelDescriptions"), "Description", language)));
            switch (v11Kind) {
                case "EChannel", "WebPage" -> {
                    version.put("accessibilityClassificationLevel", accessibility(v11.path("accessibilityClassification"), language));
                    version.putObject("webAddress").put("url", text(v11.path("webPage"), null, language))
                            .put("name", version.path("name").asText());
                    if ("EChannel".equals(v11Kind)) {
                        version.putArray("attachmentLinks");
                    }
                    version.set("supportEmails", emails(v11.path("supportEmails"), language));
                    version.set("supportPhoneNumbers", phones(v11.path("supportPhones"), language, false));
                }
                case "Phone" -> {
                    JsonNode page = first(v11.path("webPages"), language);
                    version.putObject("webAddress").put("url", page == null ? null : page.path("url").asText(null))
                            .put("name", page == null ? null : page.path("value").asText(null));
                    version.set("supportEmails", emails(v11.path("supportEmails"), language));
                    version.set("phoneNumbers", phones(v11.path("phoneNumbers"), language, false));
                }
                case "ServiceLocation" -> {
                    String alternative = text(v11.path("serviceChannelNames"), "AlternativeName", language);
                    version.put("alternativeName", alternative);
                    version.put("isAlternativeNamePrimary", alternative != null && displayNameType(v11, language).equals("AlternativeName"));
                    version.set("contactEmails", emails(v11.path("emails"), language));
                    version.set("contactFaxNumbers", phones(v11.path("phoneNumbers"), language, true));
                    version.set("contactWebPages", webPages(v11.path("webPages"), language));
                    version.set("contactPhoneNumbers", phones(v11.path("phoneNumbers"), language, false));
                }
                default -> {
                    version.putArray("attachmentLinks");
                    version.set("supportEmails", emails(v11.path("supportEmails"), language));
                    version.set("supportPhoneNumbers", phones(v11.path("supportPhones"), language, false));
                    version.put("formIdentifier", text(v11.path("formIdentifier"), null, language));
                    ArrayNode files = version.putArray("formFiles");
                    v11.path("channelUrls").forEach(url -> {
                        if (language.equals(url.path("language").asText())) {
                            files.addObject().put("name", version.path("name").asText()).put("url", url.path("value").asText())
                                    .put("type", url.path("type").asText("pdf").toLowerCase(java.util.Locale.ROOT));
                        }
                    });
                }
            }
        }
        switch (v11Kind) {
            case "EChannel" -> {
                ObjectNode signature = v12.putObject("electronicSignature");
                if (v11.path("requiresSignature").asBoolean(false)) {
                    signature.put("type", "Required").put("numberOfRequiredSignatures", v11.path("signatureQuantity").asInt(1));
                } else {
                    signature.put("type", "NotRequired");
                }
                v12.put("electronicIdentification", v11.path("requiresAuthentication").asBoolean(false) ? "Required" : "NotRequired");
                noServiceHours(v12);
            }
            case "Phone" -> noServiceHours(v12);
            case "ServiceLocation" -> {
                ObjectNode location = v12.putObject("location");
                location.putArray("foreignAddresses");
                location.putArray("otherAddresses");
                location.putArray("streetAddresses");
                ObjectNode contact = v12.putObject("contactAddresses");
                contact.putArray("foreignAddresses");
                contact.putArray("postOfficeBoxAddresses");
                contact.putArray("streetAddresses");
                addresses(v11.path("addresses"), "Location", location, contact);
                // A service point's own street addresses may name it in the accessibility register; none is known here.
                location.path("streetAddresses").forEach(street -> ((ObjectNode) street).putNull("accessibilityRegisterServicePointId"));
                noServiceHours(v12);
            }
            case "PrintableForm" -> {
                ArrayNode delivery = v12.putArray("deliveryAddresses");
                v11.path("deliveryAddresses").forEach(address -> {
                    if ("PostOfficeBox".equals(address.path("subType").asText())) {
                        ObjectNode box = postOfficeBox(address.path("postOfficeBoxAddress"));
                        box.put("deliveryAddressType", "PostOfficeBox");
                        box.putObject("recipient");
                        delivery.add(box);
                    } else if (address.has("streetAddress")) {
                        ObjectNode street = street(address.path("streetAddress"));
                        street.remove("addressSource");
                        street.put("deliveryAddressType", "StreetAddress");
                        street.putObject("recipient");
                        delivery.add(street);
                    }
                });
            }
            default -> { }
        }
        return v12;
    }

    public static ObjectNode organization(ObjectNode v11) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.put("contentId", v11.path("id").asText());
        v12.put("parentOrganizationContentId", v11.path("parentOrganizationId").asText(null));
        ObjectNode versions = v12.putObject("languageVersions");
        for (String language : languages(JSON.createArrayNode(), v11.path("organizationNames"))) {
            ObjectNode version = versions.putObject(language);
            version.put("name", text(v11.path("organizationNames"), "Name", language));
            String alternative = text(v11.path("organizationNames"), "AlternativeName", language);
            version.put("alternativeName", alternative);
            version.put("isAlternativeNamePrimary", alternative != null && displayNameType(v11, language).equals("AlternativeName"));
            version.put("description", markdown(text(v11.path("organizationDescriptions"), "Description", language)));
            version.put("summary", text(v11.path("organizationDescriptions"), "Summary", language));
            ArrayNode emails = version.putArray("contactEmails");
            v11.path("emails").forEach(e -> {
                if (language.equals(e.path("language").asText())) {
                    emails.addObject().put("email", e.path("value").asText()).put("additionalInformation", e.path("description").asText(null));
                }
            });
            version.set("contactWebPages", webPages(v11.path("webPages"), language));
            version.set("contactPhoneNumbers", phones(v11.path("phoneNumbers"), language, false));
        }
        v12.put("businessId", v11.path("businessCode").asText(null));
        v12.put("oid", v11.path("oid").asText(null));
        v12.putArray("eInvoiceAddresses");
        v12.put("publishedAt", v11.path("modified").asText());
        ObjectNode contact = v12.putObject("contactAddresses");
        contact.putArray("foreignAddresses");
        contact.putArray("postOfficeBoxAddresses");
        contact.putArray("streetAddresses");
        ObjectNode location = v12.putObject("location");
        location.putArray("foreignAddresses");
        location.putArray("otherAddresses");
        location.putArray("streetAddresses");
        addresses(v11.path("addresses"), "Visiting", location, contact);
        v12.put("organizationType", v11.path("organizationType").asText());
        if ("Municipality".equals(v11.path("organizationType").asText())) {
            ObjectNode area = v12.putObject("area").put("areaType", "LimitedArea");
            area.putArray("municipalities").add(v11.path("municipality").asText(""));
        } else {
            ObjectNode area = area(v11);
            if ("LimitedArea".equals(area.path("areaType").asText()) && v11.path("areas").isArray()) {
                String subType = v11.path("subAreaType").asText("");
                v11.path("areas").forEach(code -> area.withArray("Region".equals(subType) ? "regions" : "municipalities").add(code.asText()));
            }
            v12.set("area", area);
        }
        return v12;
    }

    /** A connection of a service (its v11 {@code serviceChannels} item) in v12's shape. */
    public static ObjectNode connection(String serviceId, JsonNode v11Connection, String publishedAt) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.put("serviceContentId", serviceId);
        v12.put("channelContentId", v11Connection.path("serviceChannel").path("id").asText(v11Connection.path("serviceChannelId").asText()));
        ObjectNode contact = v12.putObject("contactAddresses");
        contact.putArray("foreignAddresses");
        contact.putArray("postOfficeBoxAddresses");
        contact.putArray("streetAddresses");
        String charge = v11Connection.path("serviceChargeType").asText("");
        v12.put("chargeType", switch (charge) {
            case "Chargeable" -> "Charged";
            case "FreeOfCharge" -> "Free";
            case "Other" -> "Other";
            default -> null;
        });
        noServiceHours(v12);
        ObjectNode versions = v12.putObject("languageVersions");
        Set<String> languages = new LinkedHashSet<>();
        v11Connection.path("description").forEach(d -> languages.add(d.path("language").asText()));
        for (String language : languages) {
            ObjectNode version = versions.putObject(language);
            version.put("chargeTypeAdditionalInformation", markdown(text(v11Connection.path("description"), "ChargeTypeAdditionalInfo", language)));
            version.put("description", markdown(text(v11Connection.path("description"), "Description", language)));
            version.putArray("contactPhoneNumbers");
            version.putArray("contactFaxNumbers");
            version.putArray("contactEmails");
            version.putArray("contactWebPages");
        }
        v12.put("publishedAt", publishedAt);
        return v12;
    }

    private static void noServiceHours(ObjectNode v12) {
        ObjectNode hours = v12.putObject("serviceHours");
        hours.putArray("hours");
        hours.putNull("holidayServiceHours");
    }

    private static Set<String> languages(JsonNode declared, JsonNode names) {
        Set<String> languages = new LinkedHashSet<>();
        declared.forEach(l -> languages.add(l.asText()));
        names.forEach(n -> languages.add(n.path("language").asText()));
        languages.removeIf(l -> !Set.of("fi", "sv", "en", "se", "smn", "sms").contains(l));
        return languages;
    }

    /** A text of one type (or any, when null) and language from v11's {@code [{type, language, value}]}. */
    private static String text(JsonNode items, String type, String language) {
        for (JsonNode item : items) {
            if (language.equals(item.path("language").asText()) && (type == null || type.equals(item.path("type").asText(null)))) {
                return item.path("value").asText(null);
            }
        }
        return null;
    }

    /** A v11 plain text as v12 Markdown that renders as it: Markdown's characters escaped, line breaks hard. */
    static String markdown(String plain) {
        if (plain == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if (MARKDOWN_ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? "\\\n" : String.valueOf(c));
        }
        return out.toString();
    }

    private static String displayNameType(JsonNode v11, String language) {
        for (JsonNode type : v11.path("displayNameType")) {
            if (language.equals(type.path("language").asText())) {
                return type.path("type").asText("Name");
            }
        }
        return "Name";
    }

    private static String accessibility(JsonNode classifications, String language) {
        for (JsonNode c : classifications) {
            if (language.equals(c.path("language").asText())) {
                return c.path("accessibilityClassificationLevel").asText("Unknown");
            }
        }
        return "Unknown";
    }

    private static JsonNode first(JsonNode items, String language) {
        for (JsonNode item : items) {
            if (language.equals(item.path("language").asText())) {
                return item;
            }
        }
        return null;
    }

    private static ArrayNode emails(JsonNode items, String language) {
        ArrayNode emails = JSON.createArrayNode();
        items.forEach(e -> {
            if (language.equals(e.path("language").asText())) {
                emails.addObject().put("email", e.path("value").asText());
            }
        });
        return emails;
    }

    private static ArrayNode webPages(JsonNode items, String language) {
        ArrayNode pages = JSON.createArrayNode();
        items.forEach(p -> {
            if (language.equals(p.path("language").asText())) {
                pages.addObject().put("name", p.path("value").asText(p.path("url").asText())).put("url", p.path("url").asText());
            }
        });
        return pages;
    }

    /** v11 phones of a language; {@code faxes} picks the faxes (v12 keeps them apart), else the rest. */
    private static ArrayNode phones(JsonNode items, String language, boolean faxes) {
        ArrayNode phones = JSON.createArrayNode();
        items.forEach(p -> {
            boolean fax = "Fax".equals(p.path("type").asText());
            if (!language.equals(p.path("language").asText()) || fax != faxes || "Sms".equals(p.path("type").asText())) {
                return;
            }
            ObjectNode phone = phones.addObject();
            String charge = p.path("serviceChargeType").asText("");
            phone.put("chargeType", "FreeOfCharge".equals(charge) ? "Free" : "Other".equals(charge) ? "ExtraCharge" : "Charged");
            phone.put("chargeDescription", p.path("chargeDescription").asText(null));
            phone.put("additionalInformation", p.path("additionalInformation").asText(null));
            phone.put("number", p.path("number").asText());
            if (fax) {
                phone.put("dialCode", p.path("prefixNumber").asText("+358")).put("type", "Fax");
            } else if (p.path("isFinnishServiceNumber").asBoolean(false)) {
                phone.put("type", "DomesticPhone");
            } else {
                phone.put("dialCode", p.path("prefixNumber").asText("+358")).put("type", "InternationalPhone");
            }
        });
        return phones;
    }

    private static void addresses(JsonNode addresses, String visitingType, ObjectNode location, ObjectNode contact) {
        addresses.forEach(address -> {
            boolean visiting = visitingType.equals(address.path("type").asText());
            ObjectNode target = visiting ? location : contact;
            String subType = address.path("subType").asText();
            if ("PostOfficeBox".equals(subType) && !visiting) {
                contact.withArray("postOfficeBoxAddresses").add(postOfficeBox(address.path("postOfficeBoxAddress")));
            } else if ("Foreign".equals(subType) || "Abroad".equals(subType)) {
                ObjectNode foreign = target.withArray("foreignAddresses").addObject();
                foreign.set("address", languageObject(address.has("foreignAddress") ? address.path("foreignAddress")
                        : address.path("locationAbroad")));
                foreign.put("countryCode", address.path("country").asText(""));
            } else if (address.has("streetAddress")) {
                target.withArray("streetAddresses").add(street(address.path("streetAddress")));
            }
        });
    }

    private static ObjectNode street(JsonNode street) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.putObject("addressSource").put("source", "UserEntered");
        v12.set("streetName", languageObject(street.path("street")));
        v12.put("addressDetail", street.path("streetNumber").asText(""));
        v12.put("postalCode", street.path("postalCode").asText(""));
        ArrayNode coordinates = v12.putArray("coordinates");
        if (street.hasNonNull("latitude") && street.hasNonNull("longitude")) {
            double northing = street.path("latitude").asDouble();
            double easting = street.path("longitude").asDouble();
            boolean tm35fin = easting >= 43_500 && easting <= 765_000 && northing >= 6_522_000 && northing <= 7_796_000;
            coordinates.addObject().put("system", tm35fin ? "EPSG:3067" : "Unknown").put("source", "User")
                    .put("easting", easting).put("northing", northing);
        }
        v12.set("additionalInformation", languageObject(street.path("additionalInformation")));
        return v12;
    }

    private static ObjectNode postOfficeBox(JsonNode box) {
        ObjectNode v12 = JSON.createObjectNode();
        v12.put("postalCode", box.path("postalCode").asText(""));
        v12.set("postOfficeBox", languageObject(box.path("postOfficeBox")));
        v12.set("additionalInformation", languageObject(box.path("additionalInformation")));
        return v12;
    }

    /** v11's {@code [{language, value}]} as v12's {@code {"fi": ..., "sv": ...}}. */
    private static ObjectNode languageObject(JsonNode items) {
        Map<String, String> values = new LinkedHashMap<>();
        items.forEach(item -> values.put(item.path("language").asText(), item.path("value").asText()));
        ObjectNode object = JSON.createObjectNode();
        values.forEach((language, value) -> {
            if (Set.of("fi", "sv", "en", "se", "smn", "sms").contains(language)) {
                object.put(language, value);
            }
        });
        return object;
    }

    private static ObjectNode area(JsonNode v11) {
        ObjectNode area = JSON.createObjectNode();
        switch (v11.path("areaType").asText("Nationwide")) {
            case "NationwideExceptAlandIslands" -> area.put("areaType", "WholeCountryExceptAland");
            case "LimitedType" -> {
                area.put("areaType", "LimitedArea");
                ArrayNode municipalities = area.putArray("municipalities");
                ArrayNode regions = area.putArray("regions");
                area.putArray("wellbeingServicesCounties");
                v11.path("areas").forEach(a -> {
                    if (a.isObject()) {
                        ArrayNode target = "Region".equals(a.path("type").asText()) ? regions : municipalities;
                        a.path("areaCodes").forEach(code -> target.add(code.asText()));
                    }
                });
            }
            default -> area.put("areaType", "WholeCountry");
        }
        return area;
    }

    private static ArrayNode codes(JsonNode values) {
        ArrayNode codes = JSON.createArrayNode();
        values.forEach(value -> {
            Matcher uri = CODE_LIST_URI.matcher(value.asText());
            codes.add(uri.matches() ? uri.group(1) : value.asText());
        });
        return codes;
    }

    private static ArrayNode plain(JsonNode values) {
        ArrayNode plain = JSON.createArrayNode();
        values.forEach(value -> plain.add(value.asText()));
        return plain;
    }

    private static ObjectNode producers(JsonNode producers) {
        ObjectNode v12 = JSON.createObjectNode();
        ArrayNode self = v12.putObject("selfProducedProducers").putArray("organizations");
        ObjectNode procured = v12.putObject("procuredProducers");
        procured.putArray("organizations");
        procured.putArray("other");
        ObjectNode other = v12.putObject("otherProducers");
        other.putArray("organizations");
        other.putArray("other");
        producers.forEach(producer -> {
            String type = producer.path("provisionType").asText();
            ObjectNode group = "ProcuredServices".equals(type) ? procured : "Other".equals(type) ? other : null;
            ArrayNode organizations = group == null ? self : group.withArray("organizations");
            producer.path("organizations").forEach(id -> organizations.add(id.asText()));
            if (group != null && producer.path("additionalInformation").size() > 0) {
                group.withArray("other").addObject().set("name", languageObject(producer.path("additionalInformation")));
            }
        });
        return v12;
    }
}
