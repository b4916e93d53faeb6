package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.Email;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.Phone;
import fi.ptvintegration.pat.model.WebPage;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiEmail;
import fi.ptvintegration.ptv.v11.generated.model.V4VmOpenApiPhone;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiAddressIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.v11.generated.model.V9VmOpenApiWebPage;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAddressPostOfficeBoxIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiAddressStreetWithCoordinatesIn;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PAT organisation to PTV {@code V9VmOpenApiOrganizationIn} (API v11). Pure: the record and the
 * already resolved references in, the PTV model out.
 *
 * <p>Names: {@code names} as type Name, {@code alternativeNames} as AlternativeName; one
 * display-name type per declared language, as given for it or Name. Descriptions: {@code summary} as Summary,
 * {@code description} as Description. Area: PTV organisations take one {@code subAreaType} with
 * a flat list of codes, the first area's type. Addresses: Visiting or Postal, Street or
 * PostOfficeBox (an address abroad is PTV's Foreign sub-type); a street address's coordinates in
 * ETRS-TM35FIN metres (WGS84 degrees converted). Phones without a type: PTV keeps none for them.
 * URLs percent-encoded where they hold letters such as ä.
 */
public final class OrganizationMapper {

    public V9VmOpenApiOrganizationIn toPtv(Organization org, String sourceId, String parentOrganizationPtvId) {
        V9VmOpenApiOrganizationIn ptv = new V9VmOpenApiOrganizationIn()
                .sourceId(sourceId)
                .organizationType(org.organizationType())
                .publishingStatus(org.publishingStatus())
                .businessCode(org.businessCode())
                .oid(org.oid())
                .municipality(org.municipalityCode())
                .parentOrganizationId(parentOrganizationPtvId)
                .areaType(org.areaType());

        List<VmOpenApiLocalizedListItem> names = new ArrayList<>(PtvTexts.localizedItems(org.names(), "Name"));
        names.addAll(PtvTexts.localizedItems(org.alternativeNames(), "AlternativeName"));
        ptv.organizationNames(names);

        ptv.displayNameType(PtvTexts.displayNameTypes(org.displayNameType(), org.languages()));

        List<VmOpenApiLocalizedListItem> descriptions = new ArrayList<>(PtvTexts.localizedItems(org.summary(), "Summary"));
        descriptions.addAll(PtvTexts.localizedItems(org.description(), "Description"));
        ptv.organizationDescriptions(descriptions);

        if ("LimitedType".equals(org.areaType()) && !org.areas().isEmpty()) {
            Area first = org.areas().get(0);
            ptv.subAreaType(first.type());
            ptv.areas(org.areas().stream().filter(a -> a.type().equals(first.type())).flatMap(a -> a.codes().stream()).toList());
        }

        ptv.emails(org.emails().stream().map(OrganizationMapper::email).toList());
        ptv.phoneNumbers(org.phoneNumbers().stream().map(OrganizationMapper::phone).toList());
        ptv.webPages(org.webPages().stream().map(OrganizationMapper::webPage).toList());
        ptv.addresses(org.addresses().stream().map(OrganizationMapper::address).toList());
        return ptv;
    }

    static V4VmOpenApiEmail email(Email email) {
        return new V4VmOpenApiEmail().language(PtvTexts.language(email.language())).value(email.address()).description(email.description());
    }

    static V4VmOpenApiPhone phone(Phone phone) {
        return new V4VmOpenApiPhone()
                .language(PtvTexts.language(phone.language()))
                .number(phone.number())
                .prefixNumber(phone.finnishServiceNumber() ? null : phone.prefix())
                .isFinnishServiceNumber(phone.finnishServiceNumber())
                .serviceChargeType(phone.chargeType())
                .chargeDescription(phone.chargeDescription())
                .additionalInformation(phone.additionalInformation());
    }

    static V9VmOpenApiWebPage webPage(WebPage page) {
        return new V9VmOpenApiWebPage().language(PtvTexts.language(page.language())).url(PtvTexts.url(page.url())).value(page.name());
    }

    static V9VmOpenApiAddressIn address(Address address) {
        V9VmOpenApiAddressIn ptv = new V9VmOpenApiAddressIn().type(address.type()).country(address.country());
        switch (address.subType()) {
            case "PostOfficeBox" -> ptv.subType("PostOfficeBox").postOfficeBoxAddress(new VmOpenApiAddressPostOfficeBoxIn()
                    .postOfficeBox(PtvTexts.languageItems(address.postOfficeBox()))
                    .postalCode(address.postalCode())
                    .municipality(address.municipalityCode())
                    .additionalInformation(PtvTexts.languageItems(address.additionalInformation())));
            case "Abroad" -> ptv.subType("Foreign").foreignAddress(PtvTexts.languageItems(address.street()));
            default -> ptv.subType("Street").streetAddress(street(address));
        }
        return ptv;
    }

    /** A street address; its point in ETRS-TM35FIN metres, where PTV's latitude is the northing and longitude the easting. */
    static VmOpenApiAddressStreetWithCoordinatesIn street(Address address) {
        Optional<EtrsTm35Fin.Point> point = PtvTexts.tm35fin(address);
        return new VmOpenApiAddressStreetWithCoordinatesIn()
                .street(PtvTexts.languageItems(address.street()))
                .streetNumber(address.streetNumber())
                .postalCode(address.postalCode())
                .municipality(address.municipalityCode())
                .latitude(point.map(p -> PtvTexts.metres(p.northing())).orElse(null))
                .longitude(point.map(p -> PtvTexts.metres(p.easting())).orElse(null))
                .additionalInformation(PtvTexts.languageItems(address.additionalInformation()));
    }
}
