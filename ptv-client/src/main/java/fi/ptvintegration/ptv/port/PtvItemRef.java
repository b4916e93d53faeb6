package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;
import java.time.OffsetDateTime;

/**
 * An item PTV listed without its content: its id, its type (organisation, service or channel;
 * the channel kind when PTV says it), its Finnish name when the listing carries one, and when PTV
 * last changed it (or archived it, in a listing of archived items) when the listing says.
 *
 * @param kind the PAT kind when known (a channel listing may only say it is a channel), else null
 * @param changedAt PTV's modification time of the item, or its archiving time in an archived
 *     listing; null when the listing gives none
 */
public record PtvItemRef(RecordKind.Namespace type, RecordKind kind, String ptvId, String name, OffsetDateTime changedAt) {

    public PtvItemRef(RecordKind.Namespace type, RecordKind kind, String ptvId, String name) {
        this(type, kind, ptvId, name, null);
    }
}
