package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.ptv.codelists.PtvCodeListReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Where every list stands, from memory: for {@code GET /cxf/codelists} (Drupal learns the lists'
 * names and sizes) and {@code GET /cxf/ops/codelists} (the same with each list's refresh
 * history and errors, and where it is read from).
 */
public class CodeListStatusProcessor implements Processor {

    private final CodeListCatalogue catalogue;
    private final PtvCodeListReader reader;

    public CodeListStatusProcessor(CodeListCatalogue catalogue, PtvCodeListReader reader) {
        this.catalogue = catalogue;
        this.reader = reader;
    }

    /** The answer: the summary and one row per list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lists(CodeListsStatus summary, List<Row> lists) {}

    /** @param readFrom the PTV API the list is refreshed from; null when the configured PTV has no such list */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String list, boolean loaded, String readFrom, CodeListState state) {}

    @Override
    public void process(Exchange exchange) {
        List<Row> rows = new ArrayList<>();
        for (PtvCodeList list : PtvCodeList.values()) {
            CodeListIndex index = catalogue.index(list);
            rows.add(new Row(list.id(), index.state().loaded() && index.size() > 0, reader.apiFor(list), index.state()));
        }
        exchange.getMessage().setBody(new Lists(CodeListsStatus.of(catalogue.states().values()), rows));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
