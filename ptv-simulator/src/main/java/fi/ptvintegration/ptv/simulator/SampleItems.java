package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic content for items that exist in PTV before any push: Vaasa's and Otavia's services
 * and channels of the five kinds as PTV answered them (v8 and v11 read models), without what a
 * preload gives each copy (id, sourceId, organisation, status, time, connections), made by
 * {@code tools/items_from_samples.py} from the shared PTV samples into
 * {@code items/sample-items.json}. Read once; every caller gets copies.
 */
final class SampleItems {

    /** Kinds in the order a preload takes them, one of each in turn: Service, then the channel kinds. */
    static final List<String> KINDS = List.of("Service", "EChannel", "Phone", "ServiceLocation", "PrintableForm", "WebPage");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE = "items/sample-items.json";

    private static final class Loaded {
        static final JsonNode SAMPLES = load();
    }

    private SampleItems() {}

    private static JsonNode load() {
        try (InputStream in = SampleItems.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the simulator's " + RESOURCE + " is missing from its jar");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation template (Vaasa), a copy. */
    static ObjectNode organization() {
        return Loaded.SAMPLES.get("organization").deepCopy();
    }

    /** The item templates of each kind, copies, in the order of the samples. */
    static Map<String, List<ObjectNode>> byKind() {
        Map<String, List<ObjectNode>> byKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        for (JsonNode item : Loaded.SAMPLES.get("items")) {
            String kind = item.hasNonNull("serviceChannelType") ? item.get("serviceChannelType").asText() : "Service";
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(item.deepCopy());
        }
        return byKind;
    }
}
