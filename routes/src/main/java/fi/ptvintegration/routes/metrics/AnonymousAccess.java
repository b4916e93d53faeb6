package fi.ptvintegration.routes.metrics;

import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a scrape through without credentials ({@code metrics.access = anonymous}): the caller is
 * named {@code anonymous}, and credentials sent anyway are dropped unread, so no later step can
 * log them.
 */
public class AnonymousAccess implements Processor {

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().removeHeader("Authorization");
        exchange.getMessage().removeHeader("X-API-Key");
        exchange.setProperty(ExchangeKeys.PRINCIPAL, "anonymous");
    }
}
