package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * A service offering (palvelutarjous): one service offered through one channel, with the hours,
 * prices and conditions that hold there. Becomes a PTV service-channel connection.
 *
 * @param kind always {@code offering}
 * @param code stable PAT code of the offering
 * @param serviceCode PAT code of the service
 * @param channelCode PAT code of the channel (palvelupiste.koodi)
 * @param chargeType Chargeable, FreeOfCharge or Other, optional
 * @param description what is special about the service in this channel, at most 500 characters per language
 * @param conditions conditions for getting the service here (palvelunSaanninEhdot), at most 500 characters
 * @param prices prices (hinnat)
 * @param serviceHours service hours in this channel (aukioloajat)
 * @param contactDetails contact details of the service at this channel: e-mails, phone and fax numbers, web
 *     pages and postal addresses; null when there are none
 */
public record ServiceOffering(
        RecordKind kind,
        String code,
        String serviceCode,
        String channelCode,
        String chargeType,
        LocalizedText description,
        LocalizedText conditions,
        List<Price> prices,
        List<ServiceHours> serviceHours,
        ContactDetails contactDetails)
        implements PatRecord {

    public ServiceOffering {
        kind = RecordKind.OFFERING;
        description = Values.text(description);
        conditions = Values.text(conditions);
        prices = Values.list(prices);
        serviceHours = Values.list(serviceHours);
        contactDetails = contactDetails == null || contactDetails.isEmpty() ? null : contactDetails;
    }

    /** An offering's texts follow the languages of its service and channel. */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<Language> languages() {
        return List.of();
    }
}
