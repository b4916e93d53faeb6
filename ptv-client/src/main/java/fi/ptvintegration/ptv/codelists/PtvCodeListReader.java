package fi.ptvintegration.ptv.codelists;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads PTV's code lists whole, page by page: from v12's public code-list endpoints
 * ({@code GET /api/v12/{list}?page=N&pageSize=100}, until {@code totalPages}) when a v12 base URL
 * is configured, else from v11's {@code CodeList} endpoints (postal codes page by page through
 * {@code ?page=N} until {@code pageCount}). A list is returned only when every page was read and
 * the pages add up (no entry twice, v12's {@code totalItems} reached); anything else is a
 * {@link PtvCodeListException}, so that a partial list never replaces a whole one.
 *
 * <p>Plain {@code java.net.http} GETs with Jackson: the code lists are public and need no token.
 * The v12 gateway's API key goes in {@code x-api-key}; it is never logged nor put in a message.
 */
public class PtvCodeListReader {

    static final int V12_PAGE_SIZE = 100;
    /** More pages than any PTV list has (postal codes: about 40 at 100 a page): a guard against a server that never ends. */
    static final int MAX_PAGES = 5_000;

    private final PtvCodeListSource source;
    private final HttpClient http;

    public PtvCodeListReader(PtvCodeListSource source) {
        this.source = source;
        this.http = HttpClient.newBuilder().connectTimeout(source.connectTimeout()).build();
    }

    /** A list read whole, and how many pages that took (an empty v12 list is one empty page). */
    public record Read(List<CodeListEntry> entries, int pages, String api) {}

    /** Whether the configured PTV offers the list at all (v11 lacks the classifications). */
    public boolean offers(PtvCodeList list) {
        return source.apiFor(list) != null;
    }

    /** Where a list comes from here, e.g. {@code v12} or {@code v11}; null when nowhere. */
    public String apiFor(PtvCodeList list) {
        return source.apiFor(list);
    }

    public Read read(PtvCodeList list) throws PtvCodeListException, InterruptedException {
        String api = source.apiFor(list);
        if (api == null) {
            throw new PtvCodeListException("PTV " + source.v11Version() + " has no code list " + list.id()
                    + "; configure the v12 code-list base URL to load it");
        }
        return "v12".equals(api) ? readV12(list) : readV11(list, api);
    }

    private Read readV12(PtvCodeList list) throws PtvCodeListException, InterruptedException {
        List<CodeListEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int totalItems = -1;
        int page = 1;
        int totalPages;
        do {
            URI uri = URI.create(source.v12BaseUrl() + "/api/v12/" + list.v12Path() + "?page=" + page + "&pageSize=" + V12_PAGE_SIZE);
            CodeListPages.Page answer = parse(uri, true);
            totalPages = answer.totalPages();
            if (totalItems < 0) {
                totalItems = answer.totalItems();
            } else if (answer.totalItems() != totalItems) {
                throw new PtvCodeListException("PTV's " + list.id() + " changed while being read (" + totalItems + " then "
                        + answer.totalItems() + " entries); try again");
            }
            add(list, entries, ids, answer.entries());
            page++;
        } while (page <= totalPages && page <= MAX_PAGES);
        if (totalPages > MAX_PAGES) {
            throw new PtvCodeListException("PTV's " + list.id() + " claims " + totalPages + " pages, more than " + MAX_PAGES);
        }
        if (entries.size() != totalItems) {
            throw new PtvCodeListException("PTV's " + list.id() + " gave " + entries.size() + " entries in " + totalPages
                    + " pages but announced " + totalItems);
        }
        return new Read(entries, page - 1, "v12");
    }

    private Read readV11(PtvCodeList list, String version) throws PtvCodeListException, InterruptedException {
        String base = source.v11BaseUrl() + "/api/" + version + "/" + list.v11Path().orElseThrow();
        List<CodeListEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (!list.pagedInV11()) {
            add(list, entries, ids, parse(URI.create(base), false).entries());
            return new Read(entries, 1, version);
        }
        int page = 1;
        int pageCount;
        do {
            CodeListPages.Page answer = parse(URI.create(base + "?page=" + page), false);
            pageCount = answer.totalPages();
            add(list, entries, ids, answer.entries());
            page++;
        } while (page <= pageCount && page <= MAX_PAGES);
        return new Read(entries, page - 1, version);
    }

    private static void add(PtvCodeList list, List<CodeListEntry> into, Set<String> ids, List<CodeListEntry> page)
            throws PtvCodeListException {
        for (CodeListEntry entry : page) {
            if (!ids.add(entry.id())) {
                throw new PtvCodeListException("PTV's " + list.id() + " holds " + entry.id() + " twice (pages shifted while read?)");
            }
            into.add(entry);
        }
    }

    private CodeListPages.Page parse(URI uri, boolean v12) throws PtvCodeListException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(source.requestTimeout())
                .header("Accept", "application/json").GET();
        if (v12 && source.v12ApiKey() != null) {
            request.header("x-api-key", source.v12ApiKey());
        }
        String call = "GET " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PtvCodeListException("PTV unreachable: " + call + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        if (response.statusCode() != 200) {
            throw new PtvCodeListException("PTV answered " + response.statusCode() + " to " + call);
        }
        try {
            return v12 ? CodeListPages.v12(response.body()) : CodeListPages.v11(response.body());
        } catch (IOException e) {
            throw new PtvCodeListException("PTV's answer to " + call + " is not a code list: " + e.getMessage(), e);
        }
    }
}
