package fi.ptvintegration.routes.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a reconciliation found: PTV and the PAT store compared, organisation by organisation.
 *
 * @param complete false when PTV could not be read for some organisation ({@code errors} says which)
 * @param ptvItemsRead how many published services and channels PTV listed for the organisations
 * @param counts findings per category
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reconciliation(OffsetDateTime at, boolean complete, int organizations, int ptvItemsRead, Map<String, Integer> counts,
        List<Finding> findings, List<String> errors) {

    /** An item in PTV under the organisation that no PAT record is linked to: a candidate to adopt or archive. */
    public static final String IN_PTV_ONLY = "in-ptv-only";
    /** A live PAT record with no PTV item: never delivered (or its create failed). */
    public static final String IN_PAT_ONLY = "in-pat-only";
    /** A linked item that PTV lists as archived, though this system did not archive it (an editor or PTV did). */
    public static final String LINK_ARCHIVED = "link-archived-in-ptv";
    /** A linked item PTV has neither published, archived nor as a draft: gone from PTV. */
    public static final String LINK_GONE = "link-gone-from-ptv";

    /**
     * One finding, a row of the editors' spreadsheet.
     *
     * @param code the PAT code, when there is one
     * @param organization the PAT code of the organisation it was found under
     * @param detail what to do about it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String category, String kind, String code, String ptvId, String sourceId, String name, String organization,
            String detail) {}
}
