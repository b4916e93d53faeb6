package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.routes.support.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the fields of PTV's answer to a save before anything stores them: the PTV id must be a
 * UUID (the {@code ptv_id} columns hold 36 characters), the publishing status one PTV is known to
 * use (at most 20 characters, the {@code publishing_status} column). An item PTV has saved must
 * never turn into a retry loop because its answer does not fit a column: what fits is kept, what
 * does not is left out and said ({@link Checked#notStored()}), in PTV's own spelling cut to a
 * readable length.
 */
public final class PtvAnswerCheck {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** PTV's publishing statuses (API v11 to v12, items and their versions), by lower case. */
    private static final Map<String, String> STATUSES = Map.of(
            "draft", "Draft",
            "published", "Published",
            "modified", "Modified",
            "deleted", "Deleted",
            "oldpublished", "OldPublished",
            "archived", "Archived",
            "withdrawn", "Withdrawn",
            "removed", "Removed");

    private PtvAnswerCheck() {}

    /**
     * What of PTV's answer can be stored.
     *
     * @param ptvId the id in lower case, null when PTV gave none or none usable
     * @param publishingStatus in PTV's spelling, null when PTV gave none or one not known
     * @param notStored a sentence per field left out; empty when everything fits
     */
    public record Checked(String ptvId, String publishingStatus, List<String> notStored) {

        /** The answer with only what fits. */
        public PtvSaved applyTo(PtvSaved saved) {
            return new PtvSaved(ptvId, publishingStatus, saved.item(), saved.call());
        }

        /** The sentences joined, or null when everything fits. */
        public String note() {
            return notStored.isEmpty() ? null : String.join("; ", notStored);
        }
    }

    public static Checked check(PtvSaved saved) {
        List<String> notStored = new ArrayList<>();
        String id = saved.ptvId();
        String ptvId = null;
        if (id != null && UUID.matcher(id).matches()) {
            ptvId = id.toLowerCase(Locale.ROOT);
        } else if (id != null) {
            notStored.add("PTV answered an id that is not a UUID ('" + Texts.truncate(id, 60) + "'): not stored");
        } else {
            notStored.add("PTV's answer held no id this system could read: none stored (later pushes find the item by its sourceId)");
        }
        String status = saved.publishingStatus();
        String publishingStatus = null;
        if (status != null) {
            publishingStatus = STATUSES.get(status.strip().toLowerCase(Locale.ROOT));
            if (publishingStatus == null) {
                notStored.add("PTV answered a publishing status it is not known to use ('" + Texts.truncate(status, 60)
                        + "'): not stored");
            }
        }
        return new Checked(ptvId, publishingStatus, List.copyOf(notStored));
    }
}
