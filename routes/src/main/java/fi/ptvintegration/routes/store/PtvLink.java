package fi.ptvintegration.routes.store;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;

/**
 * A PAT record's link to its PTV item ({@code ptv_item}) with what the item's life needs: whether
 * this system archived it, and for a service the connections PTV confirmed. Read by the daily
 * sync, the status for Drupal and reconciliation.
 *
 * @param publishingStatus as PTV answered the last write (Published, Draft, Deleted...)
 * @param sentVersion, sentHash, sentAt what was last sent; null for an item adopted and not pushed since
 * @param archivedAt when this system archived the item; null while PTV publishes it
 * @param connectionsHash a service's confirmed connections ({@code delivery.ConnectionSet}); null when unknown
 */
public record PtvLink(
        RecordKind.Namespace namespace,
        String code,
        String sourceId,
        String ptvId,
        String publishingStatus,
        Integer sentVersion,
        String sentHash,
        OffsetDateTime sentAt,
        OffsetDateTime archivedAt,
        String connectionsHash) {

    public boolean archived() {
        return archivedAt != null;
    }
}
