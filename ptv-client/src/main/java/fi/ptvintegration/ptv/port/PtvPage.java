package fi.ptvintegration.ptv.port;

import java.util.List;

/**
 * One page of a PTV listing.
 *
 * @param page the page number, from 1
 * @param pageCount how many pages the listing has; 0 when it is empty. A listing for which PTV
 *     gives no total (archived items) says {@code page + 1} while a page comes back full, so that
 *     {@link #hasNext()} asks for the next one
 */
public record PtvPage<T>(int page, int pageCount, List<T> items) {

    public PtvPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
