package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks the simulated PTV makes, written from PTV's documented rules independently of the
 * middleware's own preflight validation, so that a mapping mistake still meets a 400: required
 * properties per type, a Name and (for services and channels) a Summary in every language the
 * item has content in, PTV's lengths (name 100, summary 150, description 2500), the sourceId
 * alphabet and the publishing status. PTV's {@code languages} of a service or channel are the
 * languages it is available in, which may differ from the languages of its texts (real items list
 * en or de without English or German texts). Content rules: {@link PtvContentRules}. Errors are
 * keyed by PTV's PascalCase property names, as PTV answers.
 */
final class PtvRules {

    private static final Pattern SOURCE_ID = Pattern.compile("^[A-Za-z0-9-.]*$");
    private static final Set<String> STATUSES_ON_CREATE = Set.of("Draft", "Published");
    private static final Set<String> STATUSES_ON_UPDATE = Set.of("Draft", "Published", "Deleted", "Modified");

    private PtvRules() {}

    static Map<String, List<String>> validateCreate(String type, String channelKind, ObjectNode body) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        common(errors, body, STATUSES_ON_CREATE);
        switch (type) {
            case "Organization" -> {
                required(errors, body, "organizationType", "OrganizationType");
                names(errors, body, "organizationNames", "OrganizationNames", languagesOf(body.path("displayNameType")));
                descriptions(errors, body, "organizationDescriptions", "OrganizationDescriptions");
                nonEmpty(errors, body, "displayNameType", "DisplayNameType");
            }
            case "Service" -> {
                Set<String> languages = contentLanguages(body, "serviceNames", "serviceDescriptions");
                nonEmpty(errors, body, "languages", "Languages");
                required(errors, body, "mainResponsibleOrganization", "MainResponsibleOrganization");
                required(errors, body, "fundingType", "FundingType");
                nonEmpty(errors, body, "serviceProducers", "ServiceProducers");
                names(errors, body, "serviceNames", "ServiceNames", languages);
                descriptions(errors, body, "serviceDescriptions", "ServiceDescriptions");
                summaries(errors, body, "serviceDescriptions", "ServiceDescriptions", languages);
            }
            default -> {
                Set<String> languages = contentLanguages(body, "serviceChannelNames", "serviceChannelDescriptions");
                nonEmpty(errors, body, "languages", "Languages");
                required(errors, body, "organizationId", "OrganizationId");
                names(errors, body, "serviceChannelNames", "ServiceChannelNames", languages);
                descriptions(errors, body, "serviceChannelDescriptions", "ServiceChannelDescriptions");
                summaries(errors, body, "serviceChannelDescriptions", "ServiceChannelDescriptions", languages);
                switch (channelKind) {
                    case "EChannel", "WebPage" -> {
                        nonEmpty(errors, body, "webPage", "WebPage");
                        nonEmpty(errors, body, "accessibilityClassification", "AccessibilityClassification");
                    }
                    case "Phone" -> nonEmpty(errors, body, "phoneNumbers", "PhoneNumbers");
                    case "ServiceLocation" -> {
                        nonEmpty(errors, body, "addresses", "Addresses");
                        nonEmpty(errors, body, "displayNameType", "DisplayNameType");
                    }
                    case "PrintableForm" -> nonEmpty(errors, body, "channelUrls", "ChannelUrls");
                    default -> { }
                }
            }
        }
        return errors;
    }

    static Map<String, List<String>> validateUpdate(ObjectNode body) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        common(errors, body, STATUSES_ON_UPDATE);
        for (String names : List.of("organizationNames", "serviceNames", "serviceChannelNames")) {
            lengths(errors, body, names, Character.toUpperCase(names.charAt(0)) + names.substring(1));
        }
        for (String descriptions : List.of("organizationDescriptions", "serviceDescriptions", "serviceChannelDescriptions")) {
            lengths(errors, body, descriptions, Character.toUpperCase(descriptions.charAt(0)) + descriptions.substring(1));
        }
        return errors;
    }

    /** The list a {@code deleteAll*} flag clears. */
    static String listOfDeleteFlag(String flag) {
        return switch (flag) {
            case "deleteAllEmails" -> "emails";
            case "deleteAllPhones", "deleteAllPhoneNumbers" -> "phoneNumbers";
            case "deleteAllWebPages" -> "webPages";
            case "deleteAllAddresses" -> "addresses";
            case "deleteAllServiceHours" -> "serviceHours";
            case "deleteAllSupportEmails" -> "supportEmails";
            case "deleteAllKeywords" -> "keywords";
            case "deleteAllLaws" -> "legislation";
            default -> null;
        };
    }

    private static void common(Map<String, List<String>> errors, ObjectNode body, Set<String> statuses) {
        String status = body.path("publishingStatus").asText("");
        if (status.isEmpty()) {
            add(errors, "PublishingStatus", "The PublishingStatus field is required.");
        } else if (!statuses.contains(status)) {
            add(errors, "PublishingStatus", "Value '" + status + "' is not allowed. Allowed values: " + statuses);
        }
        String sourceId = body.path("sourceId").asText("");
        if (!SOURCE_ID.matcher(sourceId).matches()) {
            add(errors, "SourceId", "The field SourceId must match the regular expression '^[A-Za-z0-9-.]*$'.");
        }
        if (sourceId.length() > 100) {
            add(errors, "SourceId", "The field SourceId must be a string with a maximum length of 100.");
        }
    }

    private static void names(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName, Set<String> languages) {
        nonEmpty(errors, body, field, ptvName);
        Set<String> named = new HashSet<>();
        for (JsonNode name : body.path(field)) {
            // Channel names other than ServiceLocation's are plain {language, value} items: all are names.
            if (!name.has("type") || "Name".equals(name.path("type").asText())) {
                named.add(name.path("language").asText());
            }
        }
        for (String language : languages) {
            if (!named.contains(language)) {
                add(errors, ptvName, "Type - Required value 'Name' was not found for language '" + language + "'!");
            }
        }
        lengths(errors, body, field, ptvName);
    }

    private static void descriptions(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName) {
        nonEmpty(errors, body, field, ptvName);
        lengths(errors, body, field, ptvName);
    }

    private static void summaries(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName, Set<String> languages) {
        Set<String> summarised = new HashSet<>();
        for (JsonNode item : body.path(field)) {
            if ("Summary".equals(item.path("type").asText())) {
                summarised.add(item.path("language").asText());
            }
        }
        for (String language : languages) {
            if (!summarised.contains(language)) {
                add(errors, ptvName, "Type - Required value 'Summary' was not found for language '" + language + "'!");
            }
        }
    }

    private static void lengths(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName) {
        for (JsonNode item : body.path(field)) {
            String type = item.path("type").asText("Name");
            int max = switch (type) {
                case "Summary" -> 150;
                case "Description", "UserInstruction" -> 2500;
                case "Name", "AlternativeName" -> 100;
                default -> 500;
            };
            String value = item.path("value").asText("");
            if (value.codePointCount(0, value.length()) > max) {
                add(errors, ptvName, "Maximum length of property '" + type + "' for language '" + item.path("language").asText()
                        + "' is " + max + ".");
            }
            if (value.isBlank()) {
                add(errors, ptvName, "Value of '" + type + "' for language '" + item.path("language").asText() + "' is empty.");
            }
        }
    }

    private static void required(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName) {
        if (body.path(field).asText("").isBlank()) {
            add(errors, ptvName, "The " + ptvName + " field is required.");
        }
    }

    private static void nonEmpty(Map<String, List<String>> errors, ObjectNode body, String field, String ptvName) {
        if (!body.path(field).isArray() || body.path(field).isEmpty()) {
            add(errors, ptvName, "The " + ptvName + " field is required.");
        }
    }

    private static Set<String> languagesOf(JsonNode list) {
        Set<String> languages = new HashSet<>();
        list.forEach(item -> languages.add(item.path("language").asText()));
        return languages;
    }

    /** The languages the item has content in: those of its names and descriptions. */
    private static Set<String> contentLanguages(ObjectNode body, String names, String descriptions) {
        Set<String> languages = new HashSet<>();
        body.path(names).forEach(item -> languages.add(item.path("language").asText()));
        body.path(descriptions).forEach(item -> languages.add(item.path("language").asText()));
        return languages;
    }

    private static void add(Map<String, List<String>> errors, String key, String message) {
        errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }
}
