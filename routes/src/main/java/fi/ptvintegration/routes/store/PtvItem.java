package fi.ptvintegration.routes.store;

import java.time.OffsetDateTime;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A PAT record linked to an item in PTV: sourceId, PTV id, publishing status, the stored version
 * and content hash last sent (none yet for an item adopted and not pushed since), how it was
 * linked, and what PTV held when this system last wrote or read it.
 *
 * @param sentVersion the stored version last sent; null when nothing was sent (an adopted item)
 * @param origin {@link #CREATED} by a push, or {@link #ADOPTED}: linked to an item that already existed
 * @param held what PTV held when last written or read; null when unknown (an answer that could not be read)
 */
public record PtvItem(
        String code,
        String sourceId,
        String ptvId,
        String publishingStatus,
        Integer sentVersion,
        String sentHash,
        OffsetDateTime sentAt,
        String origin,
        Held held) {

    public static final String CREATED = "created";
    public static final String ADOPTED = "adopted";

    /**
     * What PTV held for the item: its modification time, a hash of the compared fields and the
     * fields themselves ({@code path -> value}, language in the path), and when this was learned.
     */
    public record Held(OffsetDateTime modified, String hash, SortedMap<String, String> fields, OffsetDateTime at) {
        public Held {
            fields = new TreeMap<>(fields);
        }
    }

    /** An item a push wrote: linked by that push, PTV's copy as its answer showed it. */
    public PtvItem(String code, String sourceId, String ptvId, String publishingStatus, Integer sentVersion, String sentHash,
            OffsetDateTime sentAt, Held held) {
        this(code, sourceId, ptvId, publishingStatus, sentVersion, sentHash, sentAt, CREATED, held);
    }

    /** An item a push wrote, PTV's copy unknown. */
    public PtvItem(String code, String sourceId, String ptvId, String publishingStatus, int sentVersion, String sentHash,
            OffsetDateTime sentAt) {
        this(code, sourceId, ptvId, publishingStatus, sentVersion, sentHash, sentAt, CREATED, null);
    }
}
