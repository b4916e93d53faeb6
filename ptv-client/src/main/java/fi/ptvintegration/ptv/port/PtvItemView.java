package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What PTV holds for one item, reduced to what this system compares: identity, publishing
 * status, modification time, owner, and the fields this system sends, flattened to
 * {@code path -> value} with the language in the path (for example {@code names.Name.fi},
 * {@code emails[0].sv}). Version-independent: the v11 and v12 adapters both produce it, so
 * drift, adoption and reconciliation work on either.
 *
 * @param kind the PAT kind of the item (for a channel, its channel kind)
 * @param sourceId null when PTV gave none (an item typed in by hand, or an unauthenticated read)
 * @param publishingStatus Published, Draft, Modified, Deleted ... as PTV says it
 * @param modified when PTV last changed the item (its {@code modified} field), or null
 * @param organizationId the owning (main responsible) organisation's PTV id, or null
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
        fields = fields == null ? new TreeMap<>() : new TreeMap<>(fields);
    }

    /** The Finnish name if there is one, else the first name in any language. */
    public String displayName() {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().startsWith("names.") && field.getKey().endsWith(".fi")) {
                return field.getValue();
            }
        }
        return fields.entrySet().stream().filter(f -> f.getKey().startsWith("names.")).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
