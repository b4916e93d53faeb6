package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of PTV's read shape that {@link ReadModels} leaves to this class, for items kept as
 * they were written and for items kept as PTV answers them (preloaded ones) alike; where an item
 * has both (a preloaded item updated since), what was written wins:
 * <ul>
 * <li>a service's organisations by role, as PTV answers them: {@code organizations}
 *     {@code [{roleType: Responsible | OtherResponsible | Producer, organization: {id}, provisionType,
 *     additionalInformation}]}, one producer entry per organisation, in place of the written
 *     {@code mainResponsibleOrganization} and {@code otherResponsibleOrganizations};
 * <li>an e-channel's and a web page channel's address, written as {@code webPage} (language items),
 *     answered as {@code webPages} ({@code {url, language}});
 * <li>a delivery address's receiver, written as {@code formReceiver}, answered as {@code receiver};
 * <li>a channel name without a type is a {@code Name};
 * <li>opening hours as {@code HH:mm:ss};
 * <li>{@code modified} as PTV writes its UTC times, without an offset.
 * </ul>
 */
final class PtvReadShape {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter PTV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final Pattern HOUR = Pattern.compile("^\\d{2}:\\d{2}$");

    private PtvReadShape() {}

    /** Shapes the copy {@code read} of an item in place. */
    static void shape(ObjectNode read) {
        if (read.has("mainResponsibleOrganization") || read.has("otherResponsibleOrganizations") || read.has("serviceProducers")) {
            organizationsByRole(read);
        }
        String channelType = read.path("serviceChannelType").asText("");
        if (("EChannel".equals(channelType) || "WebPage".equals(channelType)) && read.path("webPage").isArray()) {
            ArrayNode pages = JSON.createArrayNode();
            read.get("webPage").forEach(page -> pages.addObject().put("url", page.path("value").asText(null))
                    .put("language", page.path("language").asText(null)));
            read.set("webPages", pages);
            read.remove("webPage");
        }
        read.path("deliveryAddresses").forEach(address -> {
            if (address instanceof ObjectNode object && object.has("formReceiver")) {
                object.set("receiver", object.remove("formReceiver"));
            }
        });
        if (read.path("serviceChannelNames").isArray()) {
            read.get("serviceChannelNames").forEach(name -> {
                if (name instanceof ObjectNode object && !object.hasNonNull("type")) {
                    object.put("type", "Name");
                }
            });
        }
        read.path("serviceHours").forEach(hours -> hours.path("openingHour").forEach(opening -> {
            if (opening instanceof ObjectNode object) {
                for (String time : List.of("from", "to")) {
                    if (HOUR.matcher(object.path(time).asText("")).matches()) {
                        object.put(time, object.get(time).asText() + ":00");
                    }
                }
            }
        }));
        if (read.path("modified").isTextual()) {
            Instant modified = instant(read.get("modified").asText());
            if (modified != null) {
                read.put("modified", ptvTime(modified));
            }
        }
    }

    /** A time as PTV writes it: UTC, microseconds, no offset. */
    static String ptvTime(Instant time) {
        return PTV_TIME.format(time.atOffset(ZoneOffset.UTC));
    }

    /** A time as PTV or this simulator wrote it (with or without an offset); null when it is none. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Each role from what was written when it was, else from the organisations the item held. */
    private static void organizationsByRole(ObjectNode read) {
        JsonNode held = read.path("organizations");
        ArrayNode organizations = JSON.createArrayNode();
        if (read.hasNonNull("mainResponsibleOrganization")) {
            role(organizations, "Responsible", read.get("mainResponsibleOrganization").asText());
        } else {
            kept(held, "Responsible", organizations);
        }
        if (read.path("otherResponsibleOrganizations").isArray()) {
            read.get("otherResponsibleOrganizations").forEach(id -> role(organizations, "OtherResponsible",
                    id.isObject() ? id.path("id").asText() : id.asText()));
        } else {
            kept(held, "OtherResponsible", organizations);
        }
        if (read.path("serviceProducers").isArray()) {
            for (JsonNode producer : read.get("serviceProducers")) {
                JsonNode ids = producer.path("organizations");
                if (!ids.isArray() || ids.isEmpty()) {
                    producer(organizations, producer, null);
                }
                ids.forEach(id -> producer(organizations, producer, id.isObject() ? id.path("id").asText() : id.asText()));
            }
        } else {
            kept(held, "Producer", organizations);
        }
        read.set("organizations", organizations);
        read.remove("mainResponsibleOrganization");
        read.remove("otherResponsibleOrganizations");
    }

    private static void role(ArrayNode organizations, String role, String id) {
        ObjectNode entry = organizations.addObject().put("roleType", role);
        entry.putObject("organization").put("id", id);
        entry.putNull("provisionType");
        entry.putArray("additionalInformation");
    }

    private static void producer(ArrayNode organizations, JsonNode producer, String id) {
        ObjectNode entry = organizations.addObject().put("roleType", "Producer");
        if (id == null) {
            entry.putNull("organization");
        } else {
            entry.putObject("organization").put("id", id);
        }
        entry.put("provisionType", producer.path("provisionType").asText(null));
        entry.set("additionalInformation", producer.path("additionalInformation").isArray()
                ? producer.get("additionalInformation").deepCopy() : JSON.createArrayNode());
    }

    private static void kept(JsonNode held, String role, ArrayNode organizations) {
        held.forEach(entry -> {
            if (role.equals(entry.path("roleType").asText())) {
                organizations.add(entry.deepCopy());
            }
        });
    }
}
