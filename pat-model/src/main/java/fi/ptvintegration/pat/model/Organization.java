package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * An organisation (toimija): the city, one of its departments or units. Becomes a PTV
 * Organization.
 *
 * @param kind always {@code organization}
 * @param code stable PAT code (koodi)
 * @param languages declared content languages; names, summary and description are needed in each
 * @param publishingStatus Draft or Published
 * @param organizationType State, Municipality, RegionalOrganization, Organization or Company
 * @param names name per language (nimi_kieliversiot), at most 100 characters
 * @param alternativeNames alternative name per language, at most 100 characters
 * @param displayNameType which name PTV shows, Name or AlternativeName, per language or for every language
 * @param summary summary per language, at most 150 characters
 * @param description description per language (kuvaus_kieliversiot), at most 2500 characters
 * @param parentOrganizationCode PAT code of the parent organisation, if any
 * @param businessCode Finnish business id (Y-tunnus), {@code 1234567-8}
 * @param oid organisation OID, if any
 * @param municipalityCode three-digit municipality code, for a municipality
 * @param areaType Nationwide, NationwideExceptAlandIslands or LimitedType
 * @param areas the areas when areaType is LimitedType
 * @param emails e-mail addresses
 * @param phoneNumbers phone numbers
 * @param webPages web pages
 * @param addresses visiting and postal addresses
 */
public record Organization(
        RecordKind kind,
        String code,
        List<Language> languages,
        String publishingStatus,
        String organizationType,
        LocalizedText names,
        LocalizedText alternativeNames,
        DisplayNameType displayNameType,
        LocalizedText summary,
        LocalizedText description,
        String parentOrganizationCode,
        String businessCode,
        String oid,
        String municipalityCode,
        String areaType,
        List<Area> areas,
        List<Email> emails,
        List<Phone> phoneNumbers,
        List<WebPage> webPages,
        List<Address> addresses)
        implements PatRecord {

    public Organization {
        kind = RecordKind.ORGANIZATION;
        languages = Values.list(languages);
        names = Values.text(names);
        alternativeNames = Values.text(alternativeNames);
        summary = Values.text(summary);
        description = Values.text(description);
        areas = Values.list(areas);
        emails = Values.list(emails);
        phoneNumbers = Values.list(phoneNumbers);
        webPages = Values.list(webPages);
        addresses = Values.list(addresses);
    }
}
