package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.model.AccessibilityClassification;
import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.DeliveryAddress;
import fi.ptvintegration.pat.model.Email;
import fi.ptvintegration.pat.model.FaxNumber;
import fi.ptvintegration.pat.model.OpeningHour;
import fi.ptvintegration.pat.model.Phone;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceHours;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceHour;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiPhoneSimple;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiPhoneWithType;
import fi.ptvintegration.ptv.v11.generated.model.V8VmOpenApiAddressDeliveryIn;
import fi.ptvintegration.ptv.v11.generated.model.V8VmOpenApiDailyOpeningTime;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiAddressLocationIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAccessibilityClassification;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAddressPostOfficeBoxIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAddressStreetIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAreaIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The five PAT channel kinds to PTV's channel IN models (API v11: EChannel, Phone and
 * ServiceLocation are V11, PrintableForm and WebPage V10). Pure: the record, its sourceId and the
 * owning organisation's PTV id in, the PTV model out.
 *
 * <p>Shared: names (a plain language list, except ServiceLocation which types them Name), Summary
 * and Description, PTV's {@code languages} (the service languages, by default the content
 * languages), area, service hours ({@code serviceHourType}, validity as midnight UTC of the given
 * day, opening hours with their order; Exceptional hours without weekdays, a holiday's hours as
 * Exceptional hours on its date: v11 has no holiday type). Phones: typed only in a phone channel,
 * where PTV keeps a type; a service location's faxes as {@code faxNumbers}. URLs percent-encoded
 * where needed; coordinates in ETRS-TM35FIN. Per kind as the method says.
 */
public final class ChannelMapper {

    public V11VmOpenApiElectronicChannelIn echannel(EChannel c, String sourceId, String organizationId) {
        return new V11VmOpenApiElectronicChannelIn()
                .sourceId(sourceId).organizationId(organizationId).publishingStatus(c.publishingStatus())
                .languages(languages(c)).serviceChannelNames(PtvTexts.languageItems(c.names()))
                .serviceChannelDescriptions(descriptions(c)).areaType(c.areaType()).areas(areas(c.areas()))
                .serviceHours(serviceHours(c.serviceHours()))
                .webPage(PtvTexts.urlItems(c.urls()))
                .requiresAuthentication(c.requiresAuthentication())
                .requiresSignature(c.requiresSignature())
                .signatureQuantity(c.signatureQuantity() == null ? null : c.signatureQuantity().toString())
                .accessibilityClassification(accessibility(c.accessibilityClassification()))
                .supportEmails(emails(c.supportEmails()))
                .supportPhones(c.supportPhones().stream().map(OrganizationMapper::phone).toList());
    }

    public V11VmOpenApiPhoneChannelIn phone(PhoneChannel c, String sourceId, String organizationId) {
        return new V11VmOpenApiPhoneChannelIn()
                .sourceId(sourceId).organizationId(organizationId).publishingStatus(c.publishingStatus())
                .languages(languages(c)).serviceChannelNames(PtvTexts.languageItems(c.names()))
                .serviceChannelDescriptions(descriptions(c)).areaType(c.areaType()).areas(areas(c.areas()))
                .serviceHours(serviceHours(c.serviceHours()))
                .phoneNumbers(c.phoneNumbers().stream().map(ChannelMapper::phoneWithType).toList())
                .webPages(c.webPages().stream().map(OrganizationMapper::webPage).toList())
                .supportEmails(emails(c.supportEmails()));
    }

    public V11VmOpenApiServiceLocationChannelIn serviceLocation(ServiceLocationChannel c, String sourceId, String organizationId) {
        List<VmOpenApiLocalizedListItem> names = new ArrayList<>(PtvTexts.localizedItems(c.names(), "Name"));
        names.addAll(PtvTexts.localizedItems(c.alternativeNames(), "AlternativeName"));
        return new V11VmOpenApiServiceLocationChannelIn()
                .sourceId(sourceId).organizationId(organizationId).publishingStatus(c.publishingStatus())
                .languages(languages(c)).serviceChannelNames(names)
                .displayNameType(PtvTexts.displayNameTypes(c.displayNameType(), c.languages()))
                .serviceChannelDescriptions(descriptions(c)).areaType(c.areaType()).areas(areas(c.areas()))
                .serviceHours(serviceHours(c.serviceHours()))
                .addresses(c.addresses().stream().map(ChannelMapper::locationAddress).toList())
                .phoneNumbers(c.phoneNumbers().stream().map(OrganizationMapper::phone).toList())
                .faxNumbers(c.faxNumbers().stream().map(ChannelMapper::fax).toList())
                .emails(emails(c.emails()))
                .webPages(c.webPages().stream().map(OrganizationMapper::webPage).toList());
    }

    public V10VmOpenApiPrintableFormChannelIn printableForm(PrintableFormChannel c, String sourceId, String organizationId) {
        return new V10VmOpenApiPrintableFormChannelIn()
                .sourceId(sourceId).organizationId(organizationId).publishingStatus(c.publishingStatus())
                .languages(languages(c)).serviceChannelNames(PtvTexts.languageItems(c.names()))
                .serviceChannelDescriptions(descriptions(c)).areaType(c.areaType()).areas(areas(c.areas()))
                .serviceHours(serviceHours(c.serviceHours()))
                .formIdentifier(PtvTexts.languageItems(c.formIdentifier()))
                .channelUrls(c.formUrls().stream().map(u -> new VmOpenApiLocalizedListItem()
                        .language(PtvTexts.language(u.language())).type(u.type()).value(PtvTexts.url(u.url()))).toList())
                .deliveryAddresses(c.deliveryAddress() == null ? List.of() : List.of(deliveryAddress(c.deliveryAddress())))
                .supportEmails(emails(c.supportEmails()))
                .supportPhones(c.supportPhones().stream().map(OrganizationMapper::phone).toList());
    }

    public V10VmOpenApiWebPageChannelIn webPage(WebPageChannel c, String sourceId, String organizationId) {
        return new V10VmOpenApiWebPageChannelIn()
                .sourceId(sourceId).organizationId(organizationId).publishingStatus(c.publishingStatus())
                .languages(languages(c)).serviceChannelNames(PtvTexts.languageItems(c.names()))
                .serviceChannelDescriptions(descriptions(c)).areaType(c.areaType()).areas(areas(c.areas()))
                .serviceHours(serviceHours(c.serviceHours()))
                .webPage(PtvTexts.urlItems(c.urls()))
                .accessibilityClassification(accessibility(c.accessibilityClassification()))
                .supportEmails(emails(c.supportEmails()))
                .supportPhones(c.supportPhones().stream().map(OrganizationMapper::phone).toList());
    }

    /** PTV's {@code languages}: the languages the channel is available in, by default its content languages. */
    static List<String> languages(ServiceChannel c) {
        return PtvTexts.serviceLanguages(c.serviceLanguages(), c.languages());
    }

    static List<VmOpenApiLocalizedListItem> descriptions(ServiceChannel c) {
        List<VmOpenApiLocalizedListItem> items = new ArrayList<>(PtvTexts.localizedItems(c.summary(), "Summary"));
        items.addAll(PtvTexts.localizedItems(c.description(), "Description"));
        return items;
    }

    static List<VmOpenApiAreaIn> areas(List<Area> areas) {
        return areas.stream().map(a -> new VmOpenApiAreaIn().type(a.type()).areaCodes(a.codes())).toList();
    }

    static List<VmOpenApiLanguageItem> emails(List<Email> emails) {
        return emails.stream().map(e -> new VmOpenApiLanguageItem().language(PtvTexts.language(e.language())).value(e.address())).toList();
    }

    /** PTV service hours; also used for the hours of a service offering in a connection. */
    public static List<V11VmOpenApiServiceHour> serviceHours(List<ServiceHours> hours) {
        return hours.stream().map(h -> {
            List<V8VmOpenApiDailyOpeningTime> opening = new ArrayList<>();
            for (int i = 0; i < h.openingHours().size(); i++) {
                OpeningHour o = h.openingHours().get(i);
                opening.add(new V8VmOpenApiDailyOpeningTime().dayFrom(o.dayFrom()).dayTo(o.dayTo()).from(o.from()).to(o.to()).order(i));
            }
            return new V11VmOpenApiServiceHour()
                    .serviceHourType(h.type())
                    .validFrom(midnight(h.validFrom()))
                    .validTo(midnight(h.validTo()))
                    .isAlwaysOpen(h.alwaysOpen())
                    .isClosed(h.closed())
                    .openingHour(opening)
                    .additionalInformation(PtvTexts.languageItems(h.additionalInformation()));
        }).toList();
    }

    static List<VmOpenApiAccessibilityClassification> accessibility(List<AccessibilityClassification> classifications) {
        return classifications.stream().map(a -> new VmOpenApiAccessibilityClassification()
                .language(PtvTexts.language(a.language()))
                .accessibilityClassificationLevel(a.level())
                .wcagLevel(a.wcagLevel())
                .accessibilityStatementWebPageName(a.statementName())
                .accessibilityStatementWebPage(PtvTexts.url(a.statementUrl()))).toList();
    }

    static V4VmOpenApiPhoneSimple fax(FaxNumber fax) {
        return new V4VmOpenApiPhoneSimple()
                .language(PtvTexts.language(fax.language()))
                .number(fax.number())
                .prefixNumber(fax.finnishServiceNumber() ? null : fax.prefix())
                .isFinnishServiceNumber(fax.finnishServiceNumber());
    }

    static V4VmOpenApiPhoneWithType phoneWithType(Phone phone) {
        return new V4VmOpenApiPhoneWithType()
                .type(phone.type())
                .language(PtvTexts.language(phone.language()))
                .number(phone.number())
                .prefixNumber(phone.finnishServiceNumber() ? null : phone.prefix())
                .isFinnishServiceNumber(phone.finnishServiceNumber())
                .serviceChargeType(phone.chargeType())
                .chargeDescription(phone.chargeDescription())
                .additionalInformation(phone.additionalInformation());
    }

    static V9VmOpenApiAddressLocationIn locationAddress(Address address) {
        V9VmOpenApiAddressLocationIn ptv = new V9VmOpenApiAddressLocationIn().type(address.type()).subType(address.subType())
                .country(address.country());
        switch (address.subType()) {
            case "PostOfficeBox" -> ptv.postOfficeBoxAddress(OrganizationMapper.address(address).getPostOfficeBoxAddress());
            case "Abroad" -> ptv.locationAbroad(PtvTexts.languageItems(address.street()));
            default -> ptv.streetAddress(OrganizationMapper.street(address));
        }
        return ptv;
    }

    /** Street, PostOfficeBox or NoAddress (the address as free text, {@code deliveryAddressInText}), with the receiver. */
    static V8VmOpenApiAddressDeliveryIn deliveryAddress(DeliveryAddress address) {
        V8VmOpenApiAddressDeliveryIn ptv = new V8VmOpenApiAddressDeliveryIn()
                .subType(address.subType())
                .formReceiver(PtvTexts.languageItems(address.receiver()));
        switch (address.subType()) {
            case "PostOfficeBox" -> ptv.postOfficeBoxAddress(new VmOpenApiAddressPostOfficeBoxIn()
                    .postOfficeBox(PtvTexts.languageItems(address.postOfficeBox()))
                    .postalCode(address.postalCode())
                    .municipality(address.municipalityCode())
                    .additionalInformation(PtvTexts.languageItems(address.additionalInformation())));
            case "NoAddress" -> ptv.deliveryAddressInText(PtvTexts.languageItems(address.addressText()));
            default -> ptv.streetAddress(new VmOpenApiAddressStreetIn()
                    .street(PtvTexts.languageItems(address.street()))
                    .streetNumber(address.streetNumber())
                    .postalCode(address.postalCode())
                    .municipality(address.municipalityCode())
                    .additionalInformation(PtvTexts.languageItems(address.additionalInformation())));
        }
        return ptv;
    }

    private static OffsetDateTime midnight(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
