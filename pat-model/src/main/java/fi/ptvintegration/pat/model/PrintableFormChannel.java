package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A printable form (tulostettava lomake).
 *
 * @param serviceLanguages the languages the form is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param formIdentifier the form's number or id per language, at most 100 characters
 * @param formUrls where to download the form, per language and file type
 * @param deliveryAddress where the filled form is sent, and to whom
 * @param supportEmails support e-mail addresses
 * @param supportPhones support phone numbers
 */
public record PrintableFormChannel(
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
        LocalizedText formIdentifier,
        List<PrintableFormUrl> formUrls,
        DeliveryAddress deliveryAddress,
        List<Email> supportEmails,
        List<Phone> supportPhones)
        implements ServiceChannel {

    public PrintableFormChannel {
        kind = RecordKind.PRINTABLE_FORM;
        languages = Values.list(languages);
        serviceLanguages = Values.list(serviceLanguages);
        names = Values.text(names);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        serviceHours = Values.list(serviceHours);
        formIdentifier = Values.text(formIdentifier);
        formUrls = Values.list(formUrls);
        supportEmails = Values.list(supportEmails);
        supportPhones = Values.list(supportPhones);
    }
}
