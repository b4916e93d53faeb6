package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * An online service (sähköinen asiointikanava): a form or service used on the web.
 *
 * @param serviceLanguages the languages the online service is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param urls the service's address per language
 * @param requiresAuthentication whether the user must identify
 * @param requiresSignature whether a signature is needed
 * @param signatureQuantity how many signatures, when one is needed
 * @param accessibilityClassification accessibility statement per language (required by PTV)
 * @param supportEmails support e-mail addresses
 * @param supportPhones support phone numbers
 */
public record EChannel(
        RecordKind kind,
        String code,
        List<Language> languages,
        List<String> serviceLanguages,
        String publishingStatus,
        String organizationCode,
        LocalizedText names,
        LocalizedText summary,
        LocalizedText description,
        String areaType,
        List<Area> areas,
        List<ServiceHours> serviceHours,
        LocalizedText urls,
        boolean requiresAuthentication,
        boolean requiresSignature,
        Integer signatureQuantity,
        List<AccessibilityClassification> accessibilityClassification,
        List<Email> supportEmails,
        List<Phone> supportPhones)
        implements ServiceChannel {

    public EChannel {
        kind = RecordKind.ECHANNEL;
        languages = Values.list(languages);
        serviceLanguages = Values.list(serviceLanguages);
        names = Values.text(names);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        serviceHours = Values.list(serviceHours);
        urls = Values.text(urls);
        accessibilityClassification = Values.list(accessibilityClassification);
        supportEmails = Values.list(supportEmails);
        supportPhones = Values.list(supportPhones);
    }
}
