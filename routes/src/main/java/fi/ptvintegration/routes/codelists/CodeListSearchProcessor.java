package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.codelists.CodeListEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Answers {@code GET /cxf/codelists/{list}} from memory: checks the request, derives its ETag
 * from the list's content and the request (so it changes exactly when the answer would), and
 * answers 304 when Drupal already holds that version ({@code If-None-Match}); otherwise searches
 * the list. With {@code code}, the entry of that code or URI (valid or not); with {@code q}, the
 * entries whose labels or code match; with neither, the whole list a page at a time.
 */
public class CodeListSearchProcessor implements Processor {

    /** Exchange property: the ETag of the answer. */
    public static final String ETAG = "ptvCodeListETag";
    /** Exchange property set when Drupal's copy is current (answer 304). */
    public static final String NOT_MODIFIED = "ptvCodeListNotModified";

    private final CodeListCatalogue catalogue;

    public CodeListSearchProcessor(CodeListCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        CodeListRequest request = CodeListRequest.parse(message.getHeader("list", String.class), message.getHeader("q", String.class),
                message.getHeader("code", String.class), message.getHeader("lang", String.class),
                message.getHeader("includeInvalid", String.class), message.getHeader("page", String.class),
                message.getHeader("pageSize", String.class));
        CodeListIndex index = catalogue.index(request.list());
        String etag = etag(index.state().contentHash(), request);
        exchange.setProperty(ETAG, etag);
        String ifNoneMatch = message.getHeader("If-None-Match", String.class);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            exchange.setProperty(NOT_MODIFIED, Boolean.TRUE);
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 304);
            message.setBody(null);
            return;
        }
        List<CodeListEntry> entries;
        int total;
        if (request.code() != null) {
            Optional<CodeListEntry> entry = index.find(request.code());
            entries = entry.stream().skip((long) (request.page() - 1) * request.pageSize()).toList();
            total = entry.isPresent() ? 1 : 0;
        } else {
            CodeListIndex.Found found = index.search(new CodeListIndex.Query(request.text(), request.language(),
                    request.includeInvalid(), request.page(), request.pageSize()));
            entries = found.entries();
            total = found.total();
        }
        CodeListState state = index.state();
        message.setBody(new CodeListPage(request.list().id(), state.loaded() && index.size() > 0, state.source(), state.loadedAt(),
                request.page(), request.pageSize(), total, entries.stream().map(CodeListItem::of).toList()));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    static String etag(String contentHash, CodeListRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((contentHash == null ? "never-loaded" : contentHash).getBytes(StandardCharsets.UTF_8));
            digest.update(request.canonical().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
