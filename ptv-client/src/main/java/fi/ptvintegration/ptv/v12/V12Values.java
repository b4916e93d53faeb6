package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.Email;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.Phone;
import fi.ptvintegration.pat.model.WebPage;
import fi.ptvintegration.ptv.v12.generated.model.AreaLimitedAreaRequest;
import fi.ptvintegration.ptv.v12.generated.model.AreaTypesRequest;
import fi.ptvintegration.ptv.v12.generated.model.CoordinateRequest;
import fi.ptvintegration.ptv.v12.generated.model.DomesticPhoneNumberRequest;
import fi.ptvintegration.ptv.v12.generated.model.EmailRequest;
import fi.ptvintegration.ptv.v12.generated.model.FaxNumberRequest;
import fi.ptvintegration.ptv.v12.generated.model.ForeignAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.ForeignAddressRequestAddress;
import fi.ptvintegration.ptv.v12.generated.model.InternationalPhoneNumberRequest;
import fi.ptvintegration.ptv.v12.generated.model.OtherAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.PhoneChargeType;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxAddressRequestAdditionalInformation;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxAddressRequestPostOfficeBox;
import fi.ptvintegration.ptv.v12.generated.model.ServiceLanguage;
import fi.ptvintegration.ptv.v12.generated.model.StreetAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.StreetAddressRequestStreetName;
import fi.ptvintegration.ptv.v12.generated.model.TelephoneNumberRequest;
import fi.ptvintegration.ptv.v12.generated.model.WholeCountry;
import fi.ptvintegration.ptv.v12.generated.model.WholeCountryExceptAland;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The pieces every v12 mapper shares, PAT in and generated v12 request models out, pure: texts per
 * language ({@code {"fi": ..., "sv": ...}} objects and {@code languageVersions}), one-line and
 * Markdown texts with v12's limits, areas, phone numbers, e-mails, addresses with coordinates in
 * ETRS-TM35FIN (EPSG:3067), content ids and classification codes. What v12 cannot take is reported
 * to the mapping's {@link Problems} with the PAT path.
 */
final class V12Values {

    /** A classification given as a suomi.fi code-list URI: v12 takes its code (the part after {@code /code/}). */
    private static final Pattern CODE_LIST_URI = Pattern.compile("^https?://uri\\.suomi\\.fi/codelist/.+/code/([^/]+)/?$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private V12Values() {}

    /** A one-line text (names, summaries): v12 refuses line breaks and blanks at either end, so runs of blanks become one space. */
    static String oneLine(String text) {
        return text == null ? null : BLANKS.matcher(text).replaceAll(" ").strip();
    }

    /** One language of a text as one line, or null. */
    static String oneLine(LocalizedText text, Language language) {
        return oneLine(text.get(language).orElse(null));
    }

    /**
     * One language of a text as v12 Markdown, or null when the text has none; refused when its
     * rendered length passes v12's limit for the field.
     */
    static String markdown(LocalizedText text, Language language, int renderedMax, String patPath, Problems problems) {
        String markdown = MarkdownText.of(text.get(language).orElse(null));
        if (markdown == null || markdown.isEmpty()) {
            return null;
        }
        int length = MarkdownText.renderedLength(markdown);
        if (length > renderedMax) {
            problems.refuse(patPath + "." + language.code(), "v12-max-length",
                    "PTV v12 takes at most " + renderedMax + " characters of rendered text here; this one has " + length);
        }
        return markdown;
    }

    /** A one-line text of at most {@code max} characters, else refused. */
    static String limited(String text, int max, String patPath, Problems problems) {
        String line = oneLine(text);
        if (line != null && line.codePointCount(0, line.length()) > max) {
            problems.refuse(patPath, "v12-max-length", "PTV v12 takes at most " + max + " characters here");
        }
        return line == null || line.isEmpty() ? null : line;
    }

    /** A text per language as v12's {@code {"fi": ..., "sv": ...}} object of the given generated type. */
    static <T> T localized(LocalizedText text, Class<T> type) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            text.get(language).map(V12Values::oneLine).ifPresent(value -> values.put(language.code(), value));
        }
        return V12Json.MAPPER.convertValue(values, type);
    }

    /** The per-language objects as v12's {@code languageVersions} of the given generated type. */
    static <T> T languageVersions(Map<Language, ?> versions, Class<T> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        versions.forEach((language, version) -> values.put(language.code(), V12Json.MAPPER.valueToTree(version)));
        return V12Json.MAPPER.convertValue(values, type);
    }

    /** A fresh per-language map in PTV's language order. */
    static <V> Map<Language, V> perLanguage() {
        return new EnumMap<>(Language.class);
    }

    /**
     * v12's {@code serviceLanguages} (the languages the service or channel is used in): the
     * record's {@code serviceLanguages} when it gives them, else its content languages; a code v12
     * does not know is refused.
     */
    static Set<ServiceLanguage> serviceLanguages(List<String> given, List<Language> languages, Problems problems) {
        Set<ServiceLanguage> codes = new LinkedHashSet<>();
        if (given.isEmpty()) {
            languages.forEach(language -> codes.add(ServiceLanguage.fromValue(language.code())));
            return codes;
        }
        for (int i = 0; i < given.size(); i++) {
            try {
                codes.add(ServiceLanguage.fromValue(given.get(i).strip()));
            } catch (IllegalArgumentException e) {
                problems.refuse("serviceLanguages[" + i + "]", "v12-unknown", "PTV v12 has no service language '" + given.get(i) + "'");
            }
        }
        return codes;
    }

    /**
     * PTV's area types of v11 as v12's area: Nationwide is {@code WholeCountry},
     * NationwideExceptAlandIslands {@code WholeCountryExceptAland}, LimitedType {@code LimitedArea}
     * with the municipalities and regions; business sub-regions and hospital districts have no place
     * in v12 (wellbeing services counties replaced the districts) and are refused.
     */
    static AreaTypesRequest area(String areaType, List<Area> areas, Problems problems) {
        if (areaType == null) {
            problems.refuse("areaType", "v12-required", "PTV v12 needs an area type");
            return null;
        }
        return switch (areaType) {
            case "Nationwide" -> new AreaTypesRequest(new WholeCountry().areaType(WholeCountry.AreaTypeEnum.WHOLE_COUNTRY));
            case "NationwideExceptAlandIslands" -> new AreaTypesRequest(
                    new WholeCountryExceptAland().areaType(WholeCountryExceptAland.AreaTypeEnum.WHOLE_COUNTRY_EXCEPT_ALAND));
            case "LimitedType" -> new AreaTypesRequest(limitedArea(areas, problems));
            default -> {
                problems.refuse("areaType", "v12-unknown", "PTV v12 has no area type '" + areaType + "'");
                yield null;
            }
        };
    }

    static AreaLimitedAreaRequest limitedArea(List<Area> areas, Problems problems) {
        AreaLimitedAreaRequest limited = new AreaLimitedAreaRequest().areaType(AreaLimitedAreaRequest.AreaTypeEnum.LIMITED_AREA)
                .municipalities(new LinkedHashSet<>()).regions(new LinkedHashSet<>()).wellbeingServicesCounties(new LinkedHashSet<>());
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            switch (String.valueOf(area.type())) {
                case "Municipality" -> limited.getMunicipalities().addAll(area.codes());
                case "Region" -> limited.getRegions().addAll(area.codes());
                default -> problems.refuse("areas[" + i + "].type", "v12-unknown",
                        "PTV v12 limits an area by municipalities, regions or wellbeing services counties only, not by '"
                                + area.type() + "'");
            }
        }
        return limited;
    }

    /** A v11 charge type of a phone as v12's: FreeOfCharge is Free, Chargeable Charged, Other ExtraCharge. */
    static PhoneChargeType phoneCharge(String chargeType, String patPath, Problems problems) {
        if (chargeType == null) {
            problems.refuse(patPath, "v12-required", "PTV v12 needs the charge type of every phone number");
            return null;
        }
        return switch (chargeType) {
            case "FreeOfCharge" -> PhoneChargeType.FREE;
            case "Chargeable" -> PhoneChargeType.CHARGED;
            case "Other" -> PhoneChargeType.EXTRA_CHARGE;
            default -> {
                problems.refuse(patPath, "v12-unknown", "PTV v12 has no phone charge type '" + chargeType + "'");
                yield null;
            }
        };
    }

    /**
     * A phone (type Phone) as v12's: a Finnish service number is a {@code DomesticPhone}, any other
     * an {@code InternationalPhone} with the prefix as its dial code and the number without a
     * leading zero (the trunk prefix has no place after a country code).
     */
    static TelephoneNumberRequest telephone(Phone phone, String patPath, Problems problems) {
        PhoneChargeType charge = phoneCharge(phone.chargeType(), patPath + ".chargeType", problems);
        String chargeDescription = limited(phone.chargeDescription(), 300, patPath + ".chargeDescription", problems);
        String information = limited(phone.additionalInformation(), 300, patPath + ".additionalInformation", problems);
        if (phone.finnishServiceNumber()) {
            return new TelephoneNumberRequest(new DomesticPhoneNumberRequest().type(DomesticPhoneNumberRequest.TypeEnum.DOMESTIC_PHONE)
                    .number(phone.number()).chargeType(charge).chargeDescription(chargeDescription).additionalInformation(information));
        }
        return new TelephoneNumberRequest(new InternationalPhoneNumberRequest()
                .type(InternationalPhoneNumberRequest.TypeEnum.INTERNATIONAL_PHONE)
                .dialCode(phone.prefix()).number(international(phone.number()))
                .chargeType(charge).chargeDescription(chargeDescription).additionalInformation(information));
    }

    /** A fax (type Fax) as v12's {@code Fax} number, which always has a dial code. */
    static FaxNumberRequest fax(Phone phone, String patPath, Problems problems) {
        if (phone.prefix() == null || phone.prefix().isBlank()) {
            problems.refuse(patPath + ".prefix", "v12-required", "PTV v12 needs the country prefix of a fax number");
        }
        return new FaxNumberRequest().type(FaxNumberRequest.TypeEnum.FAX).dialCode(phone.prefix()).number(international(phone.number()))
                .chargeType(phoneCharge(phone.chargeType(), patPath + ".chargeType", problems))
                .chargeDescription(limited(phone.chargeDescription(), 300, patPath + ".chargeDescription", problems))
                .additionalInformation(limited(phone.additionalInformation(), 300, patPath + ".additionalInformation", problems));
    }

    private static String international(String number) {
        return number == null ? null : LEADING_ZEROS.matcher(number).replaceFirst("");
    }

    /**
     * The phones of one language as v12 telephone numbers; the ones v12 has no place for here (a
     * fax, an SMS number) are reported as not carried.
     */
    static List<TelephoneNumberRequest> telephones(List<Phone> phones, Language language, String patPath, Problems problems) {
        return telephones(phones, language, patPath, problems, Set.of());
    }

    /** The same, leaving alone the phone types the caller maps elsewhere (a service point's faxes). */
    static List<TelephoneNumberRequest> telephones(List<Phone> phones, Language language, String patPath, Problems problems,
            Set<String> mappedElsewhere) {
        List<TelephoneNumberRequest> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            Phone phone = phones.get(i);
            if (phone.language() != language) {
                continue;
            }
            String at = patPath + "[" + i + "]";
            if (phone.type() == null || "Phone".equals(phone.type())) {
                numbers.add(telephone(phone, at, problems));
            } else if (!mappedElsewhere.contains(phone.type())) {
                problems.notCarried(at, "PTV v12 takes no " + phone.type() + " number here");
            }
        }
        return numbers;
    }

    /** The e-mail addresses of one language. */
    static List<EmailRequest> emails(List<Email> emails, Language language) {
        return emails.stream().filter(e -> e.language() == language).map(e -> new EmailRequest().email(e.address())).toList();
    }

    /** Reports a description of an e-mail address where v12 takes the address alone. */
    static void emailDescriptionsNotCarried(List<Email> emails, String patPath, Problems problems) {
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i).description() != null && !emails.get(i).description().isBlank()) {
                problems.notCarried(patPath + "[" + i + "].description", "PTV v12 takes the address alone here");
            }
        }
    }

    /** A web page's link text, which v12 requires. */
    static String webPageName(WebPage page, String patPath, int max, Problems problems) {
        String name = limited(page.name(), max, patPath + ".name", problems);
        if (name == null) {
            problems.refuse(patPath + ".name", "v12-required", "PTV v12 needs a name (link text) for every web page");
        }
        return name;
    }

    /** Whether the alternative name is the one shown in that language ({@code displayNameType} AlternativeName). */
    static boolean alternativeNameShown(fi.ptvintegration.pat.model.DisplayNameType type, Language language) {
        return type != null && type.of(language).map("AlternativeName"::equals).orElse(false);
    }

    /** A PTV id as a v12 content id. */
    static UUID contentId(String ptvId, String patPath, Problems problems) {
        if (ptvId == null) {
            return null;
        }
        try {
            return UUID.fromString(ptvId);
        } catch (IllegalArgumentException e) {
            problems.refuse(patPath, "v12-content-id", "'" + ptvId + "' is not a PTV id (a UUID)");
            return null;
        }
    }

    /** A classification given as a code-list URI or a code, as the code v12 takes. */
    static String code(String uriOrCode) {
        var uri = CODE_LIST_URI.matcher(uriOrCode.strip());
        return uri.matches() ? uri.group(1) : uriOrCode.strip();
    }

    /**
     * An address's position as v12 coordinates (ETRS-TM35FIN, EPSG:3067, metres, to the
     * millimetre): given in ETRS-TM35FIN as it is, given in WGS84 converted; null without a
     * position; refused when the point is outside Finland.
     */
    static CoordinateRequest coordinates(Address address, String patPath, Problems problems) {
        if (address.easting() != null && address.northing() != null) {
            if (!EtrsTm35Fin.inBounds(address.easting(), address.northing())) {
                problems.refuse(patPath + ".easting", "v12-coordinates", "the point is outside the ETRS-TM35FIN bounds PTV v12 takes");
                return null;
            }
            return new CoordinateRequest().system(CoordinateRequest.SystemEnum.EPSG_3067)
                    .easting(BigDecimal.valueOf(address.easting()).setScale(3, RoundingMode.HALF_UP))
                    .northing(BigDecimal.valueOf(address.northing()).setScale(3, RoundingMode.HALF_UP));
        }
        if (address.latitude() == null || address.longitude() == null) {
            return null;
        }
        try {
            EtrsTm35Fin.Point point = EtrsTm35Fin.toTm35Fin(address.latitude(), address.longitude());
            return new CoordinateRequest().system(CoordinateRequest.SystemEnum.EPSG_3067)
                    .easting(BigDecimal.valueOf(point.easting()).setScale(3, RoundingMode.HALF_UP))
                    .northing(BigDecimal.valueOf(point.northing()).setScale(3, RoundingMode.HALF_UP));
        } catch (IllegalArgumentException e) {
            problems.refuse(patPath + ".latitude", "v12-coordinates", e.getMessage());
            return null;
        }
    }

    /** Where {@link #sortAddresses} puts each address: the adders of a v12 body's contact (postal) and location (visiting) lists. */
    record AddressLists(Consumer<PostOfficeBoxAddressRequest> contactPostOfficeBox, Consumer<ForeignAddressRequest> contactForeign,
            Consumer<StreetAddressRequest> contactStreet, Consumer<ForeignAddressRequest> locationForeign,
            Consumer<OtherAddressRequest> locationOther, Consumer<StreetAddressRequest> locationStreet) {}

    /**
     * PTV v12's rule for addresses, the same for organisations and service locations: postal ones
     * are how the item is reached (contact addresses: street, post office box, abroad), visiting
     * ones where it is (location: street, abroad, other); a post office box that is not postal and
     * an address of sub-type Other that is postal are refused.
     *
     * @param locationName what the body calls its location, in the refusal ("location", "visiting address")
     */
    static void sortAddresses(List<Address> addresses, AddressLists lists, String locationName, Problems problems) {
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            String at = "addresses[" + i + "]";
            boolean postal = "Postal".equals(address.type());
            switch (String.valueOf(address.subType())) {
                case "PostOfficeBox" -> {
                    if (postal) {
                        lists.contactPostOfficeBox().accept(postOfficeBox(address, at, problems));
                    } else {
                        problems.refuse(at + ".subType", "v12-unknown", "PTV v12 takes a post office box as a postal address only");
                    }
                }
                case "Abroad" -> {
                    if (postal) {
                        lists.contactForeign().accept(foreign(address, at, problems));
                    } else {
                        lists.locationForeign().accept(foreign(address, at, problems));
                    }
                }
                case "Other" -> {
                    if (postal) {
                        problems.refuse(at + ".subType", "v12-unknown", "PTV v12 takes an address of sub-type Other as a "
                                + locationName + " only");
                    } else {
                        lists.locationOther().accept(other(address, at, problems));
                    }
                }
                default -> {
                    if (postal) {
                        lists.contactStreet().accept(street(address, at, problems));
                    } else {
                        lists.locationStreet().accept(street(address, at, problems));
                    }
                }
            }
        }
    }

    /** A street address: street name per language, number (v12 requires it), postal code, coordinates. */
    static StreetAddressRequest street(Address address, String patPath, Problems problems) {
        String number = limited(address.streetNumber(), 30, patPath + ".streetNumber", problems);
        if (number == null) {
            problems.refuse(patPath + ".streetNumber", "v12-required", "PTV v12 needs the number of a street address");
        }
        municipalityNotCarried(address, patPath, problems);
        return new StreetAddressRequest()
                .streetName(localized(address.street(), StreetAddressRequestStreetName.class))
                .addressDetail(number)
                .postalCode(address.postalCode())
                .coordinates(coordinates(address, patPath, problems))
                .additionalInformation(localized(address.additionalInformation(), PostOfficeBoxAddressRequestAdditionalInformation.class));
    }

    static PostOfficeBoxAddressRequest postOfficeBox(Address address, String patPath, Problems problems) {
        municipalityNotCarried(address, patPath, problems);
        return new PostOfficeBoxAddressRequest()
                .postalCode(address.postalCode())
                .postOfficeBox(localized(address.postOfficeBox(), PostOfficeBoxAddressRequestPostOfficeBox.class))
                .additionalInformation(localized(address.additionalInformation(), PostOfficeBoxAddressRequestAdditionalInformation.class));
    }

    /** An address abroad: its street text per language as the address, and the country. */
    static ForeignAddressRequest foreign(Address address, String patPath, Problems problems) {
        if (address.country() == null || address.country().isBlank()) {
            problems.refuse(patPath + ".country", "v12-required", "PTV v12 needs the country of an address abroad");
        }
        return new ForeignAddressRequest().address(localized(address.street(), ForeignAddressRequestAddress.class))
                .countryCode(address.country());
    }

    /** A place without a street address: a postal code and a point, which v12 requires. */
    static OtherAddressRequest other(Address address, String patPath, Problems problems) {
        CoordinateRequest point = coordinates(address, patPath, problems);
        if (point == null && !address.hasCoordinates()) {
            problems.refuse(patPath + ".latitude", "v12-required", "PTV v12 needs the position of an address of sub-type Other");
        }
        return new OtherAddressRequest().postalCode(address.postalCode()).coordinates(point)
                .additionalInformation(localized(address.additionalInformation(), PostOfficeBoxAddressRequestAdditionalInformation.class));
    }

    /** v12 derives the municipality from the postal code: a municipality code given with an address is not sent. */
    private static void municipalityNotCarried(Address address, String patPath, Problems problems) {
        if (address.municipalityCode() != null && !address.municipalityCode().isBlank()) {
            problems.notCarried(patPath + ".municipalityCode", "PTV v12 takes no municipality with an address (the postal code gives it)");
        }
    }
}
