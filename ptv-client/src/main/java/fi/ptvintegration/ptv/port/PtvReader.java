package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * PTV's read side as this system uses it (adopting items that already exist, drift,
 * reconciliation), the same for every API version. Reads carry the account's credentials, so
 * that PTV includes sourceIds. Every read returns the calls it made for the integration log;
 * every failure is a {@link PtvApiException} with the call, also when PTV answered in a shape
 * that cannot be read ({@link PtvApiException#unreadableAnswer()}). Pages are numbered from 1.
 */
public interface PtvReader {

    /**
     * The published item; empty when PTV does not have it, has it only as a draft, or has
     * archived it (PTV answers 404).
     *
     * @throws IllegalArgumentException when {@code ptvId} is not a PTV id (a GUID) or the type is OFFERING
     */
    PtvResult<Optional<PtvItemView>> item(RecordKind.Namespace type, String ptvId) throws PtvApiException;

    /**
     * The newest version of the item, including a draft and one saved but not published in PTV's
     * editor ({@code publishingStatus} {@code Modified}); empty when PTV does not have it or has
     * archived it. Where the API cannot show unpublished versions of a type
     * ({@link #latestVersionShowsEdits} false), the published item.
     *
     * @throws IllegalArgumentException when {@code ptvId} is not a PTV id (a GUID) or the type is OFFERING
     */
    PtvResult<Optional<PtvItemView>> latestVersion(RecordKind.Namespace type, String ptvId) throws PtvApiException;

    /**
     * Whether {@link #latestVersion} shows an unpublished edit of items of this type. When not,
     * an item left {@code Modified} in PTV's editor shows only in the refusal of a write
     * ({@link PtvApiException#modifiedInEditor()}), which PTV gives before changing anything.
     */
    default boolean latestVersionShowsEdits(RecordKind.Namespace type) {
        return true;
    }

    /**
     * Published services and channels of an organisation without their content, one page at a
     * time (as PTV orders them: by creation), only those changed at or after {@code changedSince}
     * when it is given. A service counts when the organisation is responsible for it or produces
     * it.
     *
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemRef>> idsOfOrganization(String organizationId, OffsetDateTime changedSince, int page)
            throws PtvApiException;

    /**
     * Whole published services or channels of an organisation, one page at a time.
     *
     * @param type SERVICE or CHANNEL
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemView>> itemsOfOrganization(RecordKind.Namespace type, String organizationId, int page)
            throws PtvApiException;

    /**
     * Items of the organisation archived at or after {@code archivedSince} (all when null),
     * archived by anyone (an editor, an API, or PTV itself), with their archiving time.
     *
     * @param type SERVICE or CHANNEL
     * @param page from 1
     */
    PtvResult<PtvPage<PtvItemRef>> archived(RecordKind.Namespace type, String organizationId, OffsetDateTime archivedSince,
            int page) throws PtvApiException;
}
