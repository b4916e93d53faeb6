package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content rules PTV applies that other integrations met only in its answers, checked on create
 * and update alike, in PTV's PascalCase error keys:
 *
 * <ul>
 *   <li>coordinates of a street address in ETRS-TM35FIN within Finland's bounds (PTV v12's
 *       {@code CoordinateRequest}: easting 43500..765000, northing 6522000..7796000; v11's latitude
 *       is the northing, longitude the easting);</li>
 *   <li>no {@code type} on phone numbers of models that have none ({@code V4VmOpenApiPhone}: an
 *       organisation's, support phones, a service location's, a connection's contact phones), and a
 *       type on a phone channel's numbers ({@code V4VmOpenApiPhoneWithType});</li>
 *   <li>service hour types of v8+ and times {@code HH:mm};</li>
 *   <li>industrial classes as stat.fi URIs (a bare code fails inside PTV: {@link #internalError}),
 *       with target group KR2 and one of its subgroups; at least one service class that is a
 *       subclass; a service's area no wider than its organisation's ("Nationwide is too wide");</li>
 *   <li>publishing status: a Published item never goes back to Draft.</li>
 * </ul>
 */
final class PtvContentRules {

    static final double MIN_EASTING = 43_500;
    static final double MAX_EASTING = 765_000;
    static final double MIN_NORTHING = 6_522_000;
    static final double MAX_NORTHING = 7_796_000;

    private static final Set<String> SERVICE_HOUR_TYPES = Set.of("DaysOfTheWeek", "Exceptional", "OverMidnight");
    private static final Set<String> PHONE_TYPES = Set.of("Phone", "Sms", "Fax");
    private static final Pattern TIME = Pattern.compile("^([0-1][0-9]|[2][0-3]):([0-5][0-9])(:00)?$");
    private static final Pattern INDUSTRIAL_CLASS = Pattern.compile("^http://www\\.stat\\.fi/meta/luokitukset/toimiala/001-2008/\\w+$");
    private static final Pattern TARGET_GROUP = Pattern.compile("(?:.*/)?(KR\\d+(?:\\.\\d+)*)$");
    private static final Pattern SERVICE_CLASS = Pattern.compile("(?:.*/)?(P\\d+(?:\\.\\d+)*)$");

    private PtvContentRules() {}

    /** Thrown for what makes PTV fail with 500 rather than answer 400. */
    static final class InternalError extends RuntimeException {
        InternalError(String message) {
            super(message);
        }
    }

    /**
     * @param stored the item's stored body on an update, empty on a create
     * @param organizations a stored organisation's body by PTV id
     * @throws InternalError for what PTV answers with a 500
     */
    static void check(Map<String, List<String>> errors, String type, String channelKind, ObjectNode body,
            Optional<ObjectNode> stored, Function<String, Optional<ObjectNode>> organizations) {
        coordinates(errors, body.path("addresses"), "Addresses");
        coordinates(errors, body.path("contactDetails").path("addresses"), "ContactDetails.Addresses");
        boolean typedPhones = "Phone".equals(channelKind);
        phones(errors, body.path("phoneNumbers"), "PhoneNumbers", typedPhones);
        phones(errors, body.path("supportPhones"), "SupportPhones", false);
        serviceHours(errors, body.path("serviceHours"), "ServiceHours");
        if ("Service".equals(type)) {
            industrialClasses(errors, body);
            serviceClasses(errors, body);
            area(errors, body, organizations);
        }
        stored.ifPresent(before -> publishingStatus(errors, before, body));
    }

    /** A connection as PTV checks it within a service's full set of connections. */
    static void connection(Map<String, List<String>> errors, JsonNode relation, String key) {
        serviceHours(errors, relation.path("serviceHours"), key + ".ServiceHours");
        phones(errors, relation.path("contactDetails").path("phoneNumbers"), key + ".ContactDetails.PhoneNumbers", false);
        coordinates(errors, relation.path("contactDetails").path("addresses"), key + ".ContactDetails.Addresses");
        String charge = relation.path("serviceChargeType").asText("");
        if (!charge.isEmpty() && !Set.of("Chargeable", "FreeOfCharge", "Other").contains(charge)) {
            add(errors, key + ".ServiceChargeType", "Value '" + charge + "' is not allowed. Allowed values: Chargeable, FreeOfCharge, Other.");
        }
    }

    private static void coordinates(Map<String, List<String>> errors, JsonNode addresses, String key) {
        for (int i = 0; i < addresses.size(); i++) {
            JsonNode street = addresses.get(i).path("streetAddress");
            String latitude = street.path("latitude").asText("");
            String longitude = street.path("longitude").asText("");
            if (latitude.isEmpty() && longitude.isEmpty()) {
                continue;
            }
            String at = key + "[" + i + "].StreetAddress";
            Double northing = number(latitude);
            Double easting = number(longitude);
            if (northing == null || easting == null) {
                add(errors, at, "Latitude and Longitude must both be given as ETRS-TM35FIN metres, e.g. 6834688.027 and 503879.049.");
            } else if (northing < MIN_NORTHING || northing > MAX_NORTHING || easting < MIN_EASTING || easting > MAX_EASTING) {
                add(errors, at, "Coordinates (Latitude " + latitude + ", Longitude " + longitude + ") are outside Finland: ETRS-TM35FIN "
                        + "northing 6522000..7796000 and easting 43500..765000 (EPSG:3067) expected.");
            }
        }
    }

    private static Double number(String value) {
        if (!value.matches("^\\d+\\.?\\d*$")) {
            return null;
        }
        return Double.valueOf(value);
    }

    private static void phones(Map<String, List<String>> errors, JsonNode phones, String key, boolean typed) {
        for (int i = 0; i < phones.size(); i++) {
            JsonNode phone = phones.get(i);
            String at = key + "[" + i + "].Type";
            if (typed) {
                String phoneType = phone.path("type").asText("");
                if (phoneType.isEmpty()) {
                    add(errors, at, "The Type field is required.");
                } else if (!PHONE_TYPES.contains(phoneType)) {
                    add(errors, at, "Value '" + phoneType + "' is not allowed. Allowed values: Phone, Sms, Fax.");
                }
            } else if (phone.has("type")) {
                add(errors, at, "Could not find member 'type' on object of type 'V4VmOpenApiPhone': these numbers have no type.");
            }
        }
    }

    private static void serviceHours(Map<String, List<String>> errors, JsonNode hours, String key) {
        for (int i = 0; i < hours.size(); i++) {
            JsonNode hour = hours.get(i);
            String hourType = hour.path("serviceHourType").asText("");
            if (!SERVICE_HOUR_TYPES.contains(hourType)) {
                add(errors, key + "[" + i + "].ServiceHourType",
                        "Value '" + hourType + "' is not allowed. Allowed values: DaysOfTheWeek, Exceptional, OverMidnight.");
            }
            JsonNode opening = hour.path("openingHour");
            for (int j = 0; j < opening.size(); j++) {
                for (String field : List.of("from", "to")) {
                    String time = opening.get(j).path(field).asText("");
                    if (!TIME.matcher(time).matches()) {
                        add(errors, key + "[" + i + "].OpeningHour[" + j + "]." + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                                "The field must match the regular expression '^([0-1][0-9]|[2][0-3]):([0-5][0-9])(:00)?$'.");
                    }
                }
            }
        }
    }

    private static void industrialClasses(Map<String, List<String>> errors, ObjectNode body) {
        JsonNode classes = body.path("industrialClasses");
        for (JsonNode value : classes) {
            if (!INDUSTRIAL_CLASS.matcher(value.asText("")).matches()) {
                throw new InternalError("Object reference not set to an instance of an object.");
            }
        }
        if (classes.isEmpty()) {
            return;
        }
        Set<String> groups = new HashSet<>();
        for (JsonNode group : body.path("targetGroups")) {
            Matcher matcher = TARGET_GROUP.matcher(group.asText(""));
            if (matcher.matches()) {
                groups.add(matcher.group(1));
            }
        }
        if (!groups.contains("KR2") || groups.stream().noneMatch(g -> g.startsWith("KR2."))) {
            add(errors, "IndustrialClasses", "Industrial classes can be set only when target group KR2 and one of its sub target groups are set.");
        }
    }

    private static void serviceClasses(Map<String, List<String>> errors, ObjectNode body) {
        JsonNode classes = body.path("serviceClasses");
        if (classes.isEmpty()) {
            return;
        }
        boolean subclass = false;
        for (JsonNode value : classes) {
            Matcher matcher = SERVICE_CLASS.matcher(value.asText(""));
            subclass |= matcher.matches() && matcher.group(1).contains(".");
        }
        if (!subclass) {
            add(errors, "ServiceClasses", "At least one service class must be a sub class, not a main class.");
        }
    }

    /** Nationwide is too wide for an organisation of a limited area; a limited one only within its municipalities. */
    private static void area(Map<String, List<String>> errors, ObjectNode body, Function<String, Optional<ObjectNode>> organizations) {
        String areaType = body.path("areaType").asText("");
        Optional<ObjectNode> organization = organizations.apply(body.path("mainResponsibleOrganization").asText(""));
        if (areaType.isEmpty() || organization.isEmpty()) {
            return;
        }
        String orgArea = organization.get().path("areaType").asText("");
        if (orgArea.isEmpty() || "Nationwide".equals(orgArea)) {
            return;
        }
        if ("Nationwide".equals(areaType) || ("NationwideExceptAlandIslands".equals(areaType) && "LimitedType".equals(orgArea))) {
            add(errors, "AreaType", areaType + " is too wide: the organization's area is " + orgArea + ".");
            return;
        }
        if (!"LimitedType".equals(orgArea) || !"Municipality".equals(organization.get().path("subAreaType").asText(""))) {
            return;
        }
        Set<String> allowed = new HashSet<>();
        organization.get().path("areas").forEach(code -> allowed.add(code.asText()));
        List<String> outside = new ArrayList<>();
        for (JsonNode area : body.path("areas")) {
            if ("Municipality".equals(area.path("type").asText())) {
                area.path("areaCodes").forEach(code -> {
                    if (!allowed.contains(code.asText())) {
                        outside.add(code.asText());
                    }
                });
            }
        }
        if (!outside.isEmpty()) {
            add(errors, "Areas", "Municipalities " + outside + " are outside the organization's area " + allowed + ".");
        }
    }

    private static void publishingStatus(Map<String, List<String>> errors, ObjectNode before, ObjectNode body) {
        String status = body.path("publishingStatus").asText("");
        if ("Draft".equals(status) && "Published".equals(before.path("publishingStatus").asText(""))) {
            // PTV 3.4's PublishingStatusValidator, word for word (PublishingTransitions has its other transitions).
            add(errors, "PublishingStatus", "You cannot set Publishing status as Draft when current one is Published.");
        }
    }

    private static void add(Map<String, List<String>> errors, String key, String message) {
        errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }
}
