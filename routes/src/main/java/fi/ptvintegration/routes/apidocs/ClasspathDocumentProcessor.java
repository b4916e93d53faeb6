package fi.ptvintegration.routes.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Answers with a JSON document shipped in this bundle, read once. */
public class ClasspathDocumentProcessor implements Processor {

    private final byte[] document;

    public ClasspathDocumentProcessor(String resource) {
        try (InputStream in = ClasspathDocumentProcessor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(document);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
