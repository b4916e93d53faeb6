package fi.ptvintegration.ptv.port;

import fi.ptvintegration.pat.model.RecordKind;

/**
 * An item PTV listed without its content: its id, its type (organisation, service or channel;
 * the channel kind when PTV says it), and its Finnish name when the listing carries one.
 *
 * @param kind the PAT kind when known (a channel listing may only say it is a channel), else null
 */
public record PtvItemRef(RecordKind.Namespace type, RecordKind kind, String ptvId, String name) {}
