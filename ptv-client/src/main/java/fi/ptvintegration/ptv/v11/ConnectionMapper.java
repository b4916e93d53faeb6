package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.ContactDetails;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.Price;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceServiceChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.V7VmOpenApiAddressContactIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiContactDetailsInBase;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A service's offerings (palvelutarjous) to PTV's full set of its connections
 * ({@code V11VmOpenApiServiceAndChannelRelationInBase}). Pure. Per offering: the channel's PTV
 * id, the charge type, service hours, and two description types: Description (the offering's
 * description, then its conditions as a paragraph of their own) and ChargeTypeAdditionalInfo
 * (each price, with what it covers, one per line); the contact details of the service at that channel
 * (e-mails, phone and fax numbers, web pages, postal addresses). An empty set says
 * {@code deleteAllChannelRelations}.
 */
public final class ConnectionMapper {

    /**
     * @param channelIds PTV id of each offering's channel, by channel code; every offering's channel must be there
     */
    public V11VmOpenApiServiceAndChannelRelationInBase toPtv(List<ServiceOffering> offerings, Map<String, String> channelIds) {
        List<V11VmOpenApiServiceServiceChannelInBase> relations = new ArrayList<>();
        for (ServiceOffering offering : offerings) {
            List<VmOpenApiLocalizedListItem> descriptions = new ArrayList<>(
                    PtvTexts.localizedItems(joined(offering.description(), offering.conditions(), "\n\n"), "Description"));
            descriptions.addAll(PtvTexts.localizedItems(prices(offering.prices()), "ChargeTypeAdditionalInfo"));
            relations.add(new V11VmOpenApiServiceServiceChannelInBase()
                    .serviceChannelId(channelIds.get(offering.channelCode()))
                    .serviceChargeType(offering.chargeType())
                    .description(descriptions)
                    .serviceHours(ChannelMapper.serviceHours(offering.serviceHours()))
                    .contactDetails(contactDetails(offering.contactDetails() == null ? ContactDetails.none() : offering.contactDetails()))
                    .deleteAllDescriptions(descriptions.isEmpty())
                    .deleteAllServiceHours(offering.serviceHours().isEmpty())
                    .deleteServiceChargeType(offering.chargeType() == null));
        }
        return new V11VmOpenApiServiceAndChannelRelationInBase()
                .channelRelations(relations)
                .deleteAllChannelRelations(relations.isEmpty());
    }

    /** The service's contact details at this channel; every empty list says its deleteAll flag, as a full update does. */
    static V9VmOpenApiContactDetailsInBase contactDetails(ContactDetails contact) {
        return new V9VmOpenApiContactDetailsInBase()
                .emails(ChannelMapper.emails(contact.emails()))
                .phoneNumbers(contact.phoneNumbers().stream().map(OrganizationMapper::phone).toList())
                .faxNumbers(contact.faxNumbers().stream().map(ChannelMapper::fax).toList())
                .webPages(contact.webPages().stream().map(OrganizationMapper::webPage).toList())
                .addresses(contact.addresses().stream().map(ConnectionMapper::postalAddress).toList())
                .deleteAllEmails(contact.emails().isEmpty())
                .deleteAllPhones(contact.phoneNumbers().isEmpty())
                .deleteAllFaxNumbers(contact.faxNumbers().isEmpty())
                .deleteAllWebPages(contact.webPages().isEmpty())
                .deleteAllAddresses(contact.addresses().isEmpty());
    }

    /** A postal address of a connection: Street, PostOfficeBox or Abroad (PTV's foreignAddress). */
    static V7VmOpenApiAddressContactIn postalAddress(Address address) {
        V7VmOpenApiAddressContactIn ptv = new V7VmOpenApiAddressContactIn().type("Postal").subType(address.subType())
                .country(address.country());
        switch (address.subType()) {
            case "PostOfficeBox" -> ptv.postOfficeBoxAddress(OrganizationMapper.address(address).getPostOfficeBoxAddress());
            case "Abroad" -> ptv.foreignAddress(PtvTexts.languageItems(address.street()));
            default -> ptv.streetAddress(OrganizationMapper.street(address));
        }
        return ptv;
    }

    static LocalizedText joined(LocalizedText first, LocalizedText second, String separator) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String a = first.get(language).orElse(null);
            String b = second.get(language).orElse(null);
            if (a != null || b != null) {
                texts.put(language, a == null ? b : b == null ? a : a + separator + b);
            }
        }
        return LocalizedText.of(texts);
    }

    static LocalizedText prices(List<Price> prices) {
        LocalizedText all = LocalizedText.empty();
        for (Price price : prices) {
            all = joined(all, joined(price.price(), price.description(), " – "), "\n");
        }
        return all;
    }
}
