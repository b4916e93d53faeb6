package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Gives a saved item the shape of PTV's read models where it differs from the IN models that
 * were sent: a municipality code becomes {@code {"code": ...}} wherever it appears, an
 * organisation's area codes become {@code [{"type", "code"}]}, a service's or channel's
 * {@code {type, areaCodes[]}} areas one {@code {type, code}} each, and GUID lists of
 * organisations and classification URIs become objects with {@code id} or {@code uri}; the rest
 * of PTV's read shape is {@link PtvReadShape}'s. The item as stored keeps what was sent.
 */
final class ReadModels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> URI_LISTS = Map.of(
            "serviceClasses", "uri", "ontologyTerms", "uri", "targetGroups", "uri", "lifeEvents", "uri", "industrialClasses", "uri");

    private ReadModels() {}

    static ObjectNode of(ObjectNode saved) {
        ObjectNode read = saved.deepCopy();
        municipalities(read);
        JsonNode areas = read.get("areas");
        if (areas instanceof ArrayNode list) {
            ArrayNode shaped = JSON.createArrayNode();
            for (JsonNode area : list) {
                if (area.isTextual()) {
                    shaped.add(JSON.createObjectNode().put("type", read.path("subAreaType").asText(null)).put("code", area.asText()));
                } else if (area.has("areaCodes")) {
                    area.path("areaCodes").forEach(code -> shaped.add(
                            JSON.createObjectNode().put("type", area.path("type").asText(null)).put("code", code.asText())));
                } else {
                    shaped.add(area);
                }
            }
            read.set("areas", shaped);
        }
        URI_LISTS.forEach((field, key) -> objects(read, field, key));
        JsonNode producers = read.get("serviceProducers");
        if (producers instanceof ArrayNode list) {
            list.forEach(producer -> {
                if (producer instanceof ObjectNode object) {
                    objects(object, "organizations", "id");
                }
            });
        }
        PtvReadShape.shape(read);
        return read;
    }

    private static void objects(ObjectNode node, String field, String key) {
        JsonNode values = node.get(field);
        if (values instanceof ArrayNode list) {
            ArrayNode shaped = JSON.createArrayNode();
            list.forEach(value -> shaped.add(value.isTextual() ? JSON.createObjectNode().put(key, value.asText()) : value));
            node.set(field, shaped);
        }
    }

    private static void municipalities(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode municipality = object.get("municipality");
            if (municipality != null && municipality.isTextual()) {
                object.set("municipality", JSON.createObjectNode().put("code", municipality.asText()));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                municipalities(children.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ReadModels::municipalities);
        }
    }
}
