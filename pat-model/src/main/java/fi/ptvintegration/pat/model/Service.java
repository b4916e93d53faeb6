package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A service (palvelu), described the same way whatever channel delivers it. Becomes a PTV
 * Service. Without a PTV general description, PTV needs its type, service classes, ontology
 * terms and target groups.
 *
 * @param kind always {@code service}
 * @param code stable PAT code (koodi)
 * @param languages declared content languages; names, summary and description are needed in each
 * @param serviceLanguages the languages the service is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param publishingStatus Draft or Published
 * @param responsibleOrganizationCode PAT code of the main responsible organisation
 * @param otherResponsibleOrganizationCodes PAT codes of other responsible organisations
 * @param generalDescriptionId PTV general description (GUID) the service is based on, if any
 * @param type Service, PermitOrObligation or ProfessionalQualification
 * @param fundingType PubliclyFunded or MarketFunded
 * @param chargeType Chargeable or FreeOfCharge, optional
 * @param names name per language, at most 100 characters
 * @param alternativeNames alternative name per language, at most 100 characters
 * @param summary summary per language, at most 150 characters
 * @param description description per language, at most 2500 characters
 * @param userInstruction instructions for the user per language, at most 2500 characters
 * @param requirements conditions for getting the service per language, at most 2500 characters
 * @param chargeTypeAdditionalInfo about the charge per language, at most 500 characters
 * @param deadline deadline per language, at most 500 characters
 * @param processingTime processing time per language, at most 500 characters
 * @param validityTime validity of a decision per language, at most 500 characters
 * @param areaType Nationwide, NationwideExceptAlandIslands or LimitedType
 * @param areas the areas when areaType is LimitedType
 * @param serviceClasses service class URIs (palvelutyypit), e.g. {@code http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1}
 * @param ontologyTerms FINTO/YSO concept URIs
 * @param targetGroups target group URIs or codes (KR1, KR2...)
 * @param lifeEvents life event URIs
 * @param industrialClasses industrial class URIs
 * @param keywords keywords per language, each at most 150 characters
 * @param producers who produces the service and how
 * @param serviceVouchersInUse whether service vouchers are used
 */
public record Service(
        RecordKind kind,
        String code,
        List<Language> languages,
        List<String> serviceLanguages,
        String publishingStatus,
        String responsibleOrganizationCode,
        List<String> otherResponsibleOrganizationCodes,
        String generalDescriptionId,
        String type,
        String fundingType,
        String chargeType,
        LocalizedText names,
        LocalizedText alternativeNames,
        LocalizedText summary,
        LocalizedText description,
        LocalizedText userInstruction,
        LocalizedText requirements,
        LocalizedText chargeTypeAdditionalInfo,
        LocalizedText deadline,
        LocalizedText processingTime,
        LocalizedText validityTime,
        String areaType,
        List<Area> areas,
        List<String> serviceClasses,
        List<String> ontologyTerms,
        List<String> targetGroups,
        List<String> lifeEvents,
        List<String> industrialClasses,
        List<Keyword> keywords,
        List<ServiceProducer> producers,
        boolean serviceVouchersInUse)
        implements PatRecord {

    /** A keyword in one language. */
    public record Keyword(Language language, String value) {}

    public Service {
        kind = RecordKind.SERVICE;
        languages = Values.list(languages);
        serviceLanguages = Values.list(serviceLanguages);
        otherResponsibleOrganizationCodes = Values.list(otherResponsibleOrganizationCodes);
        names = Values.text(names);
        alternativeNames = Values.text(alternativeNames);
        summary = Values.text(summary);
        description = Values.text(description);
        userInstruction = Values.text(userInstruction);
        requirements = Values.text(requirements);
        chargeTypeAdditionalInfo = Values.text(chargeTypeAdditionalInfo);
        deadline = Values.text(deadline);
        processingTime = Values.text(processingTime);
        validityTime = Values.text(validityTime);
        areas = Values.list(areas);
        serviceClasses = Values.list(serviceClasses);
        ontologyTerms = Values.list(ontologyTerms);
        targetGroups = Values.list(targetGroups);
        lifeEvents = Values.list(lifeEvents);
        industrialClasses = Values.list(industrialClasses);
        keywords = Values.list(keywords);
        producers = Values.list(producers);
    }
}
