package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * PTV's read side as this system uses it (adopting items that already exist, drift,
 * reconciliation), the same for every API version. Reads carry the account's credentials, so
 * that PTV includes sourceIds.
 */
public interface PtvReader {

    /** The published item; empty when PTV does not have it or it is archived (PTV answers 404). */
    PtvResult<Optional<PtvItemView>> item(RecordKind.Namespace type, String ptvId) throws PtvApiException;

    /**
     * The newest version of the item, including one saved but not published in PTV's editor
     * ({@code publishingStatus} {@code Modified}); empty when PTV does not have it.
     */
    PtvResult<Optional<PtvItemView>> latestVersion(RecordKind.Namespace type, String ptvId) throws PtvApiException;

    /**
     * Services and channels of an organisation without their content, one page at a time, only
     * those created or changed at or after {@code changedSince} when it is given.
     *
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemRef>> idsOfOrganization(String organizationId, OffsetDateTime changedSince, int page)
            throws PtvApiException;

    /**
     * Whole services or channels of an organisation, one page at a time.
     *
     * @param type SERVICE or CHANNEL
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemView>> itemsOfOrganization(RecordKind.Namespace type, String organizationId, int page)
            throws PtvApiException;

    /**
     * Items of the organisation archived at or after {@code archivedSince} (all when null).
     *
     * @param type SERVICE or CHANNEL
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemRef>> archived(RecordKind.Namespace type, String organizationId, OffsetDateTime archivedSince,
            int page) throws PtvApiException;
}
