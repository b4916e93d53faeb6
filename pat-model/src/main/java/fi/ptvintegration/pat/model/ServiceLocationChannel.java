package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A physical service point (palvelupiste): an office, a library, a swimming hall.
 *
 * @param displayNameType which name PTV shows: Name or AlternativeName
 * @param alternativeNames alternative name per language
 * @param addresses addresses, at least one of type Location (fyysinenPaikka.osoitteet)
 * @param phoneNumbers phone numbers (puhelinnumerot)
 * @param emails e-mail addresses (sahkoposti)
 * @param webPages web pages
 */
public record ServiceLocationChannel(
        RecordKind kind,
        String code,
        List<Language> languages,
        String publishingStatus,
        String organizationCode,
        LocalizedText names,
        LocalizedText alternativeNames,
        String displayNameType,
        LocalizedText summary,
        LocalizedText description,
        String areaType,
        List<Area> areas,
        List<ServiceHours> serviceHours,
        List<Address> addresses,
        List<Phone> phoneNumbers,
        List<Email> emails,
        List<WebPage> webPages)
        implements ServiceChannel {

    public ServiceLocationChannel {
        kind = RecordKind.SERVICE_LOCATION;
        languages = Values.list(languages);
        names = Values.text(names);
        alternativeNames = Values.text(alternativeNames);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        serviceHours = Values.list(serviceHours);
        addresses = Values.list(addresses);
        phoneNumbers = Values.list(phoneNumbers);
        emails = Values.list(emails);
        webPages = Values.list(webPages);
    }
}
