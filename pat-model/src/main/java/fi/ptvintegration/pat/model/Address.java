package fi.ptvintegration.pat.model;

/**
 * A street or postal address (osoite), with texts per language.
 *
 * <p>Coordinates of a street address in one of two systems, never both: WGS84 degrees
 * ({@code latitude}, {@code longitude}, as Drupal's geofield stores them), which the push
 * converts to ETRS-TM35FIN, or ETRS-TM35FIN metres ({@code easting}, {@code northing}, EPSG:3067,
 * what PTV keeps), sent as given. Either way the point must lie in Finland.
 *
 * @param type Visiting or Postal for organisations; Location or Postal for service locations
 * @param subType Street, PostOfficeBox, Single, Abroad or Other
 * @param street street name per language
 * @param streetNumber house number, at most 30 characters
 * @param postalCode five digits that exist in Posti's list
 * @param municipalityCode three-digit municipality code
 * @param postOfficeBox post office box per language
 * @param latitude WGS84 latitude in degrees, with longitude, optional
 * @param longitude WGS84 longitude in degrees, with latitude, optional
 * @param easting ETRS-TM35FIN easting in metres (EPSG:3067), with northing, optional
 * @param northing ETRS-TM35FIN northing in metres (EPSG:3067), with easting, optional
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
        Double easting,
        Double northing,
        LocalizedText additionalInformation,
        String country) {
    public Address {
        street = Values.text(street);
        postOfficeBox = Values.text(postOfficeBox);
        additionalInformation = Values.text(additionalInformation);
    }

    /** Whether coordinates are given in either system. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean hasCoordinates() {
        return latitude != null || longitude != null || easting != null || northing != null;
    }
}
