package fi.ptvintegration.routes.retention;

import fi.ptvintegration.routes.store.EmbeddedH2Compaction;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** One run of the embedded H2 file's compaction ({@link EmbeddedH2Compaction}); the body becomes its outcome. */
public class DatabaseCompactionProcessor implements Processor {

    private final EmbeddedH2Compaction compaction;

    public DatabaseCompactionProcessor(EmbeddedH2Compaction compaction) {
        this.compaction = compaction;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getMessage().setBody(compaction.run().name());
    }
}
