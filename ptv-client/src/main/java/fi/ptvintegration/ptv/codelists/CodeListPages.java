package fi.ptvintegration.ptv.codelists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one answer of PTV's code-list endpoints into {@link CodeListEntry entries}: v12's pages
 * ({@code {page, pageSize, totalItems, totalPages, items: [{code, uri, parentUri | parentUris,
 * isValid, name: {fi, sv, en}}]}}) and v11's lists ({@code [{code, names: [{value, language}]}]},
 * postal codes as {@code {pageNumber, pageCount, itemList}}). Pure: bytes in, entries out.
 */
public final class CodeListPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CodeListPages() {}

    /** One page of a paged answer; a v11 list that is not paged is one page of one. */
    public record Page(int page, int totalPages, int totalItems, List<CodeListEntry> entries) {}

    public static Page v12(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject() || !root.path("items").isArray()) {
            throw new IOException("not a v12 code-list page: no items array");
        }
        List<CodeListEntry> entries = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            List<String> parents = new ArrayList<>();
            if (item.path("parentUris").isArray()) {
                item.get("parentUris").forEach(p -> addText(parents, p));
            } else {
                addText(parents, item.path("parentUri"));
            }
            Map<String, String> names = new LinkedHashMap<>();
            item.path("name").fields().forEachRemaining(f -> {
                if (f.getValue().isTextual() && !f.getValue().asText().isBlank()) {
                    names.put(f.getKey(), f.getValue().asText());
                }
            });
            entries.add(entry(text(item, "code"), text(item, "uri"), names, parents, item.path("isValid").asBoolean(true)));
        }
        return new Page(root.path("page").asInt(1), root.path("totalPages").asInt(1),
                root.path("totalItems").asInt(entries.size()), entries);
    }

    public static Page v11(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode items;
        int page = 1;
        int pages = 1;
        if (root != null && root.isArray()) {
            items = root;
        } else if (root != null && root.path("itemList").isArray()) {
            items = root.get("itemList");
            page = root.path("pageNumber").asInt(1);
            pages = root.path("pageCount").asInt(1);
        } else {
            throw new IOException("not a v11 code list: neither an array nor a page with itemList");
        }
        List<CodeListEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonNode name : item.path("names")) {
                String value = name.path("value").asText("");
                if (!value.isBlank()) {
                    names.putIfAbsent(name.path("language").asText(""), value);
                }
            }
            names.remove("");
            entries.add(entry(text(item, "code"), null, names, List.of(), true));
        }
        return new Page(page, pages, -1, entries);
    }

    private static CodeListEntry entry(String code, String uri, Map<String, String> names, List<String> parents, boolean valid)
            throws IOException {
        if (code == null && uri == null) {
            throw new IOException("a code-list entry without code or URI");
        }
        return new CodeListEntry(code, uri, names, parents, valid);
    }

    private static void addText(List<String> into, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            into.add(node.asText().strip());
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode node = item.get(field);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
