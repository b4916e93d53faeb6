package fi.ptvintegration.ptv.port;

import java.util.List;

/**
 * One page of a PTV listing.
 *
 * @param page the page number as PTV counts it (v11 from 1, see the adapter)
 * @param pageCount how many pages the listing has; 0 when it is empty
 */
public record PtvPage<T>(int page, int pageCount, List<T> items) {

    public boolean hasNext() {
        return page < pageCount;
    }
}
