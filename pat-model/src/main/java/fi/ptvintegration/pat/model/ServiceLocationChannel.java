package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A physical service point (palvelupiste): an office, a library, a swimming hall.
 *
 * @param serviceLanguages the languages the service location is available in, PTV's {@code languages} (PTV's language
 *     codes such as fi, sv, en, se, smn, ru, sgn-fi); left out, the declared content languages
 * @param displayNameType which name PTV shows, Name or AlternativeName, per language or for every language
 * @param alternativeNames alternative name per language
 * @param addresses addresses, at least one of type Location (fyysinenPaikka.osoitteet)
 * @param phoneNumbers phone numbers (puhelinnumerot); PTV keeps no type for them
 * @param faxNumbers fax numbers
 * @param emails e-mail addresses (sahkoposti)
 * @param webPages web pages
 */
public record ServiceLocationChannel(
        RecordKind kind,
        String code,
        List<Language> languages,
        List<String> serviceLanguages,
        String publishingStatus,
        String organizationCode,
        LocalizedText names,
        LocalizedText alternativeNames,
        DisplayNameType displayNameType,
        LocalizedText summary,
        LocalizedText description,
        String areaType,
        List<Area> areas,
        List<ServiceHours> serviceHours,
        List<Address> addresses,
        List<Phone> phoneNumbers,
        List<FaxNumber> faxNumbers,
        List<Email> emails,
        List<WebPage> webPages)
        implements ServiceChannel {

    public ServiceLocationChannel {
        kind = RecordKind.SERVICE_LOCATION;
        languages = Values.list(languages);
        serviceLanguages = Values.list(serviceLanguages);
        names = Values.text(names);
        alternativeNames = Values.text(alternativeNames);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        serviceHours = Values.list(serviceHours);
        addresses = Values.list(addresses);
        phoneNumbers = Values.list(phoneNumbers);
        faxNumbers = Values.list(faxNumbers);
        emails = Values.list(emails);
        webPages = Values.list(webPages);
    }
}
