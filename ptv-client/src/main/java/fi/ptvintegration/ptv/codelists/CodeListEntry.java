package fi.ptvintegration.ptv.codelists;

import java.util.List;
import java.util.Map;

/**
 * One entry of a PTV code list, the same whichever API version it was read from.
 *
 * @param code the code (P27.1, KR1, 853, 20100, fi), or null where PTV has none (ontology terms)
 * @param uri the URI (classifications), or null where PTV has none (municipalities, postal codes...)
 * @param names label per language (fi, sv, en, se, smn, sms as PTV has them)
 * @param parents URIs (or codes) of the parent entries; ontology terms may have several
 * @param valid whether PTV still marks the entry valid (v11 lists carry no validity: all valid)
 */
public record CodeListEntry(String code, String uri, Map<String, String> names, List<String> parents, boolean valid) {

    public CodeListEntry {
        names = Map.copyOf(names);
        parents = List.copyOf(parents);
        if ((code == null || code.isBlank()) && (uri == null || uri.isBlank())) {
            throw new IllegalArgumentException("a code-list entry needs a code or a URI");
        }
    }

    /** What identifies the entry in its list: the URI where it has one, else the code. */
    public String id() {
        return uri != null && !uri.isBlank() ? uri : code;
    }
}
