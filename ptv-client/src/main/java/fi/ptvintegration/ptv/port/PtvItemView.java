package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What PTV holds for one item, reduced to what this system compares: identity, publishing
 * status, modification time, owner, and the fields this system sends, flattened to
 * {@code path -> value} with the language in the path (for example {@code names.Name.fi},
 * {@code emails.sv[info@vasa.fi]}, {@code addresses[Visiting:Street].street.sv}). List items are
 * keyed by what identifies them, not by their position, so that PTV's order does not matter.
 * {@link PtvItemViews} compares two views and hashes one. Version-independent: the v11 and v12
 * adapters both produce it, so drift, adoption and reconciliation work on either.
 *
 * @param kind the PAT kind of the item (for a channel, its channel kind)
 * @param sourceId null when PTV gave none (an item typed in by hand, or an unauthenticated read)
 * @param publishingStatus Published, Draft, Modified, Deleted ... as PTV says it
 * @param modified when PTV last changed the item (its {@code modified} field), or null
 * @param organizationId the owning organisation's PTV id (a service's main responsible organisation, a
 *     channel's organisation, an organisation's parent), or null
 * @param fields the compared fields; sorted so that equal items give equal maps and hashes
 */
public record PtvItemView(
        RecordKind kind,
        String ptvId,
        String sourceId,
        String publishingStatus,
        OffsetDateTime modified,
        String organizationId,
        SortedMap<String, String> fields) {

    public PtvItemView {
        fields = Collections.unmodifiableSortedMap(fields == null ? new TreeMap<>() : new TreeMap<>(fields));
    }

    /**
     * The item's name for people: the Finnish {@code Name}, else a {@code Name} in another
     * language, else any name (an alternative one); null when the item has none.
     */
    public String displayName() {
        String name = fields.get("names.Name.fi");
        if (name != null) {
            return name;
        }
        return fields.entrySet().stream().filter(f -> f.getKey().startsWith("names.Name.")).map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> fields.entrySet().stream().filter(f -> f.getKey().startsWith("names.")).map(Map.Entry::getValue)
                        .findFirst().orElse(null));
    }
}
