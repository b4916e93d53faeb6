package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * An online service (sähköinen asiointikanava): a form or service used on the web.
 *
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
