package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceProducer;
import fi.ptvintegration.ptv.v12.generated.model.NotUsed;
import fi.ptvintegration.ptv.v12.generated.model.OtherProducerRequest;
import fi.ptvintegration.ptv.v12.generated.model.PermitOrOtherObligationServiceRequest;
import fi.ptvintegration.ptv.v12.generated.model.PermitOrOtherObligationServiceWithExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxDeliveryAddressRequestRecipient;
import fi.ptvintegration.ptv.v12.generated.model.ProducerRequest;
import fi.ptvintegration.ptv.v12.generated.model.ProducersRequest;
import fi.ptvintegration.ptv.v12.generated.model.ProfessionalQualificationServiceRequest;
import fi.ptvintegration.ptv.v12.generated.model.ProfessionalQualificationServiceWithExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.SelfProducer;
import fi.ptvintegration.ptv.v12.generated.model.ServiceServiceRequest;
import fi.ptvintegration.ptv.v12.generated.model.ServiceServiceWithExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.VoucherWithAdditionalInformationRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * PAT service to PTV API v12's service requests. Pure: the record, its sourceId (sent as v12's
 * {@code externalId}) and the PTV ids of the organisations it names (by PAT code) in, the
 * generated request models out.
 *
 * <p>v12 has a request per service type: {@code Service}, {@code ProfessionalQualification} and
 * {@code PermitOrOtherObligation} (v11's PermitOrObligation); the create body is the
 * {@code *WithExternalIdRequest} variant, the update body the one without. Classifications: service
 * classes, target groups and life events as their codes ({@code P27.1}, {@code KR1}), ontology
 * terms and industrial classes as URIs. Producers: self-produced, procured and other, each with
 * organisation ids, and the additional information of a procured or other producer as the name
 * of a producer outside PTV. Texts per language: name, alternative name, summary, and as Markdown
 * within v12's rendered lengths the description, user instructions, conditions (PAT's
 * requirements) and charge information (5,000, 5,000, 5,000, 500), and for the two other service
 * types the processing, deadline and validity information (700 each); keywords as freely assigned
 * keywords. Vouchers: not used, or used without further information.
 */
public final class ServiceMapper {

    static final int LONG_TEXT_MAX = 5000;
    static final int CHARGE_INFO_MAX = 500;
    static final int TIME_INFO_MAX = 700;

    private record Classes(String serviceType, Class<?> create, Class<?> update) {}

    private static final Map<String, Classes> TYPES = Map.of(
            "Service", new Classes("Service", ServiceServiceWithExternalIdRequest.class, ServiceServiceRequest.class),
            "ProfessionalQualification", new Classes("ProfessionalQualification",
                    ProfessionalQualificationServiceWithExternalIdRequest.class, ProfessionalQualificationServiceRequest.class),
            "PermitOrObligation", new Classes("PermitOrOtherObligation",
                    PermitOrOtherObligationServiceWithExternalIdRequest.class, PermitOrOtherObligationServiceRequest.class));

    /**
     * @param organizationIds PTV id by PAT code of every organisation the service names
     * @throws V12Unmappable when v12 cannot take the record as it is
     */
    public V12Request toV12(Service service, String sourceId, Map<String, String> organizationIds) {
        Problems problems = new Problems();
        Classes classes = service.type() == null ? null : TYPES.get(service.type());
        if (classes == null) {
            problems.refuse("type", "v12-required", service.type() == null
                    ? "PTV v12 needs the service type also when the service has a general description"
                    : "PTV v12 has no service type '" + service.type() + "'");
        }
        boolean extended = classes != null && !"Service".equals(classes.serviceType());
        ObjectNode body = V12Json.MAPPER.createObjectNode();
        body.put("organizationContentId", string(V12Values.contentId(organizationIds.get(service.responsibleOrganizationCode()),
                "responsibleOrganizationCode", problems)));
        body.set("targetGroups", codes(service.targetGroups()));
        body.set("industrialClasses", uris(service.industrialClasses()));
        body.set("lifeEvents", codes(service.lifeEvents()));
        body.set("ontologyTerms", uris(service.ontologyTerms()));
        body.set("serviceClasses", codes(service.serviceClasses()));
        ArrayNode others = V12Json.MAPPER.createArrayNode();
        for (int i = 0; i < service.otherResponsibleOrganizationCodes().size(); i++) {
            String code = service.otherResponsibleOrganizationCodes().get(i);
            others.add(string(V12Values.contentId(organizationIds.get(code), "otherResponsibleOrganizationCodes[" + i + "]", problems)));
        }
        body.set("otherResponsibleOrganizations", others);
        body.set("producers", V12Json.MAPPER.valueToTree(producers(service.producers(), organizationIds, problems)));
        var area = V12Values.area(service.areaType(), service.areas(), problems);
        body.set("area", V12Json.MAPPER.valueToTree(area));
        body.put("chargeType", chargeType(service.chargeType(), problems));
        body.put("fundingType", service.fundingType());
        body.set("serviceLanguages", V12Json.MAPPER.valueToTree(
                V12Values.serviceLanguages(service.serviceLanguages(), service.languages(), problems)));
        body.put("generalDescriptionContentId", string(V12Values.contentId(service.generalDescriptionId(), "generalDescriptionId", problems)));
        body.put("serviceType", classes == null ? null : classes.serviceType());
        body.set("languageVersions", languageVersions(service, extended, problems));
        if (!extended) {
            timeInformationNotCarried(service, problems);
        }
        problems.throwIfRefused(service.code());
        ObjectNode update = body.deepCopy();
        body.put("externalId", sourceId);
        return new V12Request(RecordKind.SERVICE, sourceId, "ServiceExternalIdRequest", V12Json.MAPPER.convertValue(body, classes.create()),
                "PutServiceRequest", V12Json.MAPPER.convertValue(update, classes.update()), problems.notCarried());
    }

    private static ObjectNode languageVersions(Service service, boolean extended, Problems problems) {
        ObjectNode versions = V12Json.MAPPER.createObjectNode();
        for (Language language : service.languages()) {
            ObjectNode version = versions.putObject(language.code());
            version.put("name", V12Values.oneLine(service.names(), language));
            version.put("alternativeName", V12Values.oneLine(service.alternativeNames(), language));
            version.put("summary", V12Values.oneLine(service.summary(), language));
            version.put("description", V12Values.markdown(service.description(), language, LONG_TEXT_MAX, "description", problems));
            version.put("userInstructions", V12Values.markdown(service.userInstruction(), language, LONG_TEXT_MAX, "userInstruction", problems));
            version.put("conditions", V12Values.markdown(service.requirements(), language, LONG_TEXT_MAX, "requirements", problems));
            version.set("legislationLinks", V12Json.MAPPER.createArrayNode());
            ArrayNode keywords = version.putArray("freelyAssignedKeywords");
            for (int i = 0; i < service.keywords().size(); i++) {
                Service.Keyword keyword = service.keywords().get(i);
                if (keyword.language() == language) {
                    keywords.add(V12Values.limited(keyword.value(), 100, "keywords[" + i + "].value", problems));
                }
            }
            version.set("voucher", V12Json.MAPPER.valueToTree(service.serviceVouchersInUse()
                    ? new VoucherWithAdditionalInformationRequest()
                            .voucherType(VoucherWithAdditionalInformationRequest.VoucherTypeEnum.WITH_ADDITIONAL_INFORMATION)
                    : new NotUsed().voucherType(NotUsed.VoucherTypeEnum.NOT_USED)));
            version.put("chargeTypeAdditionalInformation",
                    V12Values.markdown(service.chargeTypeAdditionalInfo(), language, CHARGE_INFO_MAX, "chargeTypeAdditionalInfo", problems));
            if (extended) {
                version.put("processingTimeAdditionalInformation",
                        V12Values.markdown(service.processingTime(), language, TIME_INFO_MAX, "processingTime", problems));
                version.put("deadlineAdditionalInformation",
                        V12Values.markdown(service.deadline(), language, TIME_INFO_MAX, "deadline", problems));
                version.put("validityTimeAdditionalInformation",
                        V12Values.markdown(service.validityTime(), language, TIME_INFO_MAX, "validityTime", problems));
            }
        }
        return versions;
    }

    /** v12 keeps processing, deadline and validity information for professional qualifications and permits only. */
    private static void timeInformationNotCarried(Service service, Problems problems) {
        Map<String, LocalizedText> texts = Map.of("processingTime", service.processingTime(), "deadline", service.deadline(),
                "validityTime", service.validityTime());
        texts.forEach((field, text) -> {
            if (!text.isEmpty()) {
                problems.notCarried(field, "PTV v12 keeps this for professional qualifications and permits only, not for type Service");
            }
        });
    }

    private static ProducersRequest producers(List<ServiceProducer> producers, Map<String, String> organizationIds, Problems problems) {
        List<UUID> self = new ArrayList<>();
        ProducerRequest procured = new ProducerRequest().organizations(new LinkedHashSet<>()).other(new ArrayList<>());
        ProducerRequest other = new ProducerRequest().organizations(new LinkedHashSet<>()).other(new ArrayList<>());
        for (int i = 0; i < producers.size(); i++) {
            ServiceProducer producer = producers.get(i);
            String at = "producers[" + i + "]";
            List<UUID> ids = new ArrayList<>();
            for (int j = 0; j < producer.organizationCodes().size(); j++) {
                String code = producer.organizationCodes().get(j);
                UUID id = V12Values.contentId(organizationIds.get(code), at + ".organizationCodes[" + j + "]", problems);
                if (id != null) {
                    ids.add(id);
                }
            }
            switch (String.valueOf(producer.provisionType())) {
                case "SelfProducedServices" -> {
                    ids.stream().filter(id -> !self.contains(id)).forEach(self::add);
                    if (!producer.additionalInformation().isEmpty()) {
                        problems.notCarried(at + ".additionalInformation",
                                "PTV v12 names self-producing organisations only, with no further text");
                    }
                }
                case "ProcuredServices" -> addTo(procured, ids, producer, at, problems);
                case "Other" -> addTo(other, ids, producer, at, problems);
                default -> problems.refuse(at + ".provisionType", "v12-unknown",
                        "PTV v12 has no provision type '" + producer.provisionType() + "'");
            }
        }
        return new ProducersRequest().selfProducedProducers(new SelfProducer().organizations(self))
                .procuredProducers(procured).otherProducers(other);
    }

    /** Organisations by id; the additional information names a producer outside PTV. */
    private static void addTo(ProducerRequest group, List<UUID> ids, ServiceProducer producer, String at, Problems problems) {
        group.getOrganizations().addAll(ids);
        if (!producer.additionalInformation().isEmpty()) {
            for (Language language : producer.additionalInformation().languages()) {
                V12Values.limited(producer.additionalInformation().get(language).orElse(null), 150,
                        at + ".additionalInformation." + language.code(), problems);
            }
            group.addOtherItem(new OtherProducerRequest()
                    .name(V12Values.localized(producer.additionalInformation(), PostOfficeBoxDeliveryAddressRequestRecipient.class)));
        }
    }

    /** v11's Chargeable and FreeOfCharge as v12's Charged and Free; none stays none. */
    private static String chargeType(String chargeType, Problems problems) {
        if (chargeType == null) {
            return null;
        }
        return switch (chargeType) {
            case "Chargeable" -> "Charged";
            case "FreeOfCharge" -> "Free";
            default -> {
                problems.refuse("chargeType", "v12-unknown", "PTV v12 has no service charge type '" + chargeType + "'");
                yield null;
            }
        };
    }

    private static ArrayNode codes(List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        values.forEach(value -> codes.add(V12Values.code(value)));
        return V12Json.MAPPER.valueToTree(codes);
    }

    private static ArrayNode uris(List<String> values) {
        Set<String> uris = new LinkedHashSet<>();
        values.forEach(value -> uris.add(value.strip()));
        return V12Json.MAPPER.valueToTree(uris);
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }
}
