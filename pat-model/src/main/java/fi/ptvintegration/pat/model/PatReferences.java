package fi.ptvintegration.pat.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The other records a PAT record names by code: an organisation's parent, a service's
 * organisations (responsible, other responsible, producers), a channel's owner, an offering's
 * service and channel. A push resolves each to its PTV id before mapping; a record whose
 * reference is not in PTV yet waits or is refused, naming the field.
 */
public final class PatReferences {

    /**
     * One reference.
     *
     * @param kind the referred record's kind; for a channel referred to by an offering, any
     *     channel kind (only its namespace counts)
     * @param field the referring field as a PAT path, e.g. {@code producers[0].organizationCodes[1]}
     */
    public record Reference(RecordKind kind, String code, String field) {
        public RecordKind.Namespace namespace() {
            return kind.namespace();
        }
    }

    private PatReferences() {}

    /** Every reference of the record, in field order; a code named twice is listed twice. */
    public static List<Reference> of(PatRecord record) {
        List<Reference> references = new ArrayList<>();
        if (record instanceof Organization organization) {
            add(references, RecordKind.ORGANIZATION, organization.parentOrganizationCode(), "parentOrganizationCode");
        } else if (record instanceof Service service) {
            add(references, RecordKind.ORGANIZATION, service.responsibleOrganizationCode(), "responsibleOrganizationCode");
            for (int i = 0; i < service.otherResponsibleOrganizationCodes().size(); i++) {
                add(references, RecordKind.ORGANIZATION, service.otherResponsibleOrganizationCodes().get(i),
                        "otherResponsibleOrganizationCodes[" + i + "]");
            }
            for (int i = 0; i < service.producers().size(); i++) {
                List<String> codes = service.producers().get(i).organizationCodes();
                for (int j = 0; j < codes.size(); j++) {
                    add(references, RecordKind.ORGANIZATION, codes.get(j), "producers[" + i + "].organizationCodes[" + j + "]");
                }
            }
        } else if (record instanceof ServiceChannel channel) {
            add(references, RecordKind.ORGANIZATION, channel.organizationCode(), "organizationCode");
        } else if (record instanceof ServiceOffering offering) {
            add(references, RecordKind.SERVICE, offering.serviceCode(), "serviceCode");
            add(references, RecordKind.ECHANNEL, offering.channelCode(), "channelCode");
        }
        return references;
    }

    /**
     * The PAT code of the organisation that owns the record: an organisation is its own, a
     * service's is its responsible organisation, a channel's its owner; an offering has none (its
     * service's decides).
     */
    public static String owningOrganization(PatRecord record) {
        if (record instanceof Organization organization) {
            return organization.code();
        } else if (record instanceof Service service) {
            return service.responsibleOrganizationCode();
        } else if (record instanceof ServiceChannel channel) {
            return channel.organizationCode();
        }
        return null;
    }

    private static void add(List<Reference> references, RecordKind kind, String code, String field) {
        if (code != null && !code.isBlank()) {
            references.add(new Reference(kind, code, field));
        }
    }
}
