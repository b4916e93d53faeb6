package fi.ptvintegration.pat.model;

/**
 * Where a filled printable form is sent (PTV's delivery address).
 *
 * @param subType Street, PostOfficeBox or NoAddress (the address told as free text)
 * @param receiver who receives the form, per language, at most 100 characters
 * @param street street name per language (Street)
 * @param streetNumber house number, at most 30 characters (Street)
 * @param postalCode five digits in Posti's list (Street, PostOfficeBox)
 * @param municipalityCode three-digit municipality code, optional
 * @param postOfficeBox post office box per language (PostOfficeBox)
 * @param additionalInformation e.g. a floor, at most 150 characters per language
 * @param addressText the delivery address as free text per language, at most 150 characters (NoAddress)
 */
public record DeliveryAddress(
        String subType,
        LocalizedText receiver,
        LocalizedText street,
        String streetNumber,
        String postalCode,
        String municipalityCode,
        LocalizedText postOfficeBox,
        LocalizedText additionalInformation,
        LocalizedText addressText) {
    public DeliveryAddress {
        receiver = Values.text(receiver);
        street = Values.text(street);
        postOfficeBox = Values.text(postOfficeBox);
        additionalInformation = Values.text(additionalInformation);
        addressText = Values.text(addressText);
    }
}
