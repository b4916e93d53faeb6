package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceProducer;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiServiceProducerIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAreaIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PAT service to PTV {@code V9VmOpenApiServiceIn} (API v11). Pure: the record and the PTV ids of
 * the organisations it names (by PAT code) in, the PTV model out.
 *
 * <p>Texts: {@code names} as Name and {@code alternativeNames} as AlternativeName; the service
 * descriptions by PTV type (Summary, Description, UserInstruction, ChargeTypeAdditionalInfo,
 * DeadLine, ProcessingTime, ValidityTime); {@code requirements} and {@code keywords} as language
 * items. Areas: {@code {type, areaCodes}}. Producers: provision type, organisation ids. PTV's
 * {@code languages} are the languages the service is available in, by default its content languages.
 */
public final class ServiceMapper {

    /**
     * @param organizationIds PTV id by PAT code of every organisation the service names
     */
    public V9VmOpenApiServiceIn toPtv(Service service, String sourceId, Map<String, String> organizationIds) {
        V9VmOpenApiServiceIn ptv = new V9VmOpenApiServiceIn()
                .sourceId(sourceId)
                .publishingStatus(service.publishingStatus())
                .type(service.type())
                .fundingType(service.fundingType())
                .serviceChargeType(service.chargeType())
                .generalDescriptionId(service.generalDescriptionId())
                .languages(PtvTexts.serviceLanguages(service.serviceLanguages(), service.languages()))
                .areaType(service.areaType())
                .mainResponsibleOrganization(organizationIds.get(service.responsibleOrganizationCode()))
                .otherResponsibleOrganizations(service.otherResponsibleOrganizationCodes().stream()
                        .map(code -> UUID.fromString(organizationIds.get(code))).toList())
                .serviceVouchersInUse(service.serviceVouchersInUse());

        List<VmOpenApiLocalizedListItem> names = new ArrayList<>(PtvTexts.localizedItems(service.names(), "Name"));
        names.addAll(PtvTexts.localizedItems(service.alternativeNames(), "AlternativeName"));
        ptv.serviceNames(names);

        List<VmOpenApiLocalizedListItem> descriptions = new ArrayList<>();
        descriptions.addAll(PtvTexts.localizedItems(service.summary(), "Summary"));
        descriptions.addAll(PtvTexts.localizedItems(service.description(), "Description"));
        descriptions.addAll(PtvTexts.localizedItems(service.userInstruction(), "UserInstruction"));
        descriptions.addAll(PtvTexts.localizedItems(service.chargeTypeAdditionalInfo(), "ChargeTypeAdditionalInfo"));
        descriptions.addAll(PtvTexts.localizedItems(service.deadline(), "DeadLine"));
        descriptions.addAll(PtvTexts.localizedItems(service.processingTime(), "ProcessingTime"));
        descriptions.addAll(PtvTexts.localizedItems(service.validityTime(), "ValidityTime"));
        ptv.serviceDescriptions(descriptions);
        ptv.requirements(PtvTexts.languageItems(service.requirements()));
        ptv.keywords(service.keywords().stream()
                .map(k -> new VmOpenApiLanguageItem().language(k.language().code()).value(k.value())).toList());

        ptv.areas(service.areas().stream().map(a -> new VmOpenApiAreaIn().type(a.type()).areaCodes(a.codes())).toList());
        ptv.serviceClasses(service.serviceClasses());
        ptv.ontologyTerms(service.ontologyTerms());
        ptv.targetGroups(service.targetGroups());
        ptv.lifeEvents(service.lifeEvents());
        ptv.industrialClasses(service.industrialClasses());
        ptv.serviceProducers(service.producers().stream().map(p -> producer(p, organizationIds)).toList());
        return ptv;
    }

    private static V9VmOpenApiServiceProducerIn producer(ServiceProducer producer, Map<String, String> organizationIds) {
        return new V9VmOpenApiServiceProducerIn()
                .provisionType(producer.provisionType())
                .organizations(producer.organizationCodes().stream().map(code -> UUID.fromString(organizationIds.get(code))).toList())
                .additionalInformation(PtvTexts.languageItems(producer.additionalInformation()));
    }
}
