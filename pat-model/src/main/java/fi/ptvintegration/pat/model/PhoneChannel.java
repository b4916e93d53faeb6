package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A phone service (puhelinasiointi).
 *
 * @param serviceLanguages the languages the phone service is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param phoneNumbers the numbers, at least one per declared language
 * @param webPages related web pages
 * @param supportEmails support e-mail addresses
 */
public record PhoneChannel(
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
        List<Phone> phoneNumbers,
        List<WebPage> webPages,
        List<Email> supportEmails)
        implements ServiceChannel {

    public PhoneChannel {
        kind = RecordKind.PHONE;
        languages = Values.list(languages);
        serviceLanguages = Values.list(serviceLanguages);
        names = Values.text(names);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        serviceHours = Values.list(serviceHours);
        phoneNumbers = Values.list(phoneNumbers);
        webPages = Values.list(webPages);
        supportEmails = Values.list(supportEmails);
    }
}
