package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A web page (verkkosivu) with information about a service.
 *
 * @param serviceLanguages the languages the web page is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param urls the page's address per language
 * @param accessibilityClassification accessibility statement per language (required by PTV)
 * @param supportEmails support e-mail addresses
 * @param supportPhones support phone numbers
 */
public record WebPageChannel(
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
        List<AccessibilityClassification> accessibilityClassification,
        List<Email> supportEmails,
        List<Phone> supportPhones)
        implements ServiceChannel {

    public WebPageChannel {
        kind = RecordKind.WEB_PAGE;
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
