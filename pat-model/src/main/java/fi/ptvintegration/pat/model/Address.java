package fi.ptvintegration.pat.model;

/**
 * A street or postal address (osoite), with texts per language.
 *
 * @param type Visiting or Postal for organisations; Location or Postal for service locations
 * @param subType Street, PostOfficeBox, Single, Abroad or Other
 * @param street street name per language
 * @param streetNumber house number, at most 30 characters
 * @param postalCode five digits that exist in Posti's list
 * @param municipalityCode three-digit municipality code
 * @param postOfficeBox post office box per language
 * @param latitude WGS84 latitude, optional
 * @param longitude WGS84 longitude, optional
 * @param additionalInformation e.g. entrance or floor, at most 150 characters per language
 * @param country ISO 3166 two-letter code for an address abroad
 */
public record Address(
        String type,
        String subType,
        LocalizedText street,
        String streetNumber,
        String postalCode,
        String municipalityCode,
        LocalizedText postOfficeBox,
        Double latitude,
        Double longitude,
        LocalizedText additionalInformation,
        String country) {
    public Address {
        street = Values.text(street);
        postOfficeBox = Values.text(postOfficeBox);
        additionalInformation = Values.text(additionalInformation);
    }
}
