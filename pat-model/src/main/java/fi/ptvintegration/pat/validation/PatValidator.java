package fi.ptvintegration.pat.validation;

import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import fi.ptvintegration.pat.model.AccessibilityClassification;
import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.ContactDetails;
import fi.ptvintegration.pat.model.DeliveryAddress;
import fi.ptvintegration.pat.model.DisplayNameType;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Email;
import fi.ptvintegration.pat.model.FaxNumber;
import fi.ptvintegration.pat.model.Holiday;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.OpeningHour;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Phone;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.Price;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.PrintableFormUrl;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceHours;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.model.ServiceProducer;
import fi.ptvintegration.pat.model.WebPage;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.pat.web.WebAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a PAT record against PTV's rules before it is stored, so that Drupal learns at once,
 * in PAT field names, what PTV would refuse later: required fields per kind, declared languages
 * that lack their texts (and texts in undeclared languages, which would be silently dropped),
 * PTV's length limits, enumerations, digit-only phone numbers with a prefix, Posti postal codes,
 * municipality codes, URLs with a scheme and a dotted host, e-mail form, business ids, service
 * hours, and the classifications a service needs without a general description. Also the rules
 * other PTV integrations met only in PTV's answers: coordinates in Finland, a phone type only where
 * PTV keeps one, industrial classes as stat.fi URIs with target group KR2 and one of its subgroups,
 * at least one service class that is a subclass, a service's area no wider than its organisation's,
 * and no way back from Published to Draft.
 *
 * <p>Pure: no I/O beyond the reference data and the {@link RelatedRecords} it is given. Whether an
 * offering's service and channel exist is checked by the store, which knows what exists.
 */
public final class PatValidator {

    static final int CODE_MAX = 100;
    static final int NAME_MAX = 100;
    static final int SUMMARY_MAX = 150;
    static final int DESCRIPTION_MAX = 2500;
    static final int SHORT_TEXT_MAX = 150;
    static final int SERVICE_INFO_MAX = 500;
    static final int EMAIL_MAX = 100;
    /** The longest classification code read as one (PTV's deepest codes, such as {@code P10.1.2}, are far shorter). */
    static final int CLASS_CODE_MAX = 100;
    static final int URL_MAX = 500;
    static final int STREET_NUMBER_MAX = 30;

    private static final Set<String> PUBLISHING_STATUSES = Set.of("Draft", "Published");
    private static final Set<String> ORGANIZATION_TYPES =
            Set.of("State", "Municipality", "RegionalOrganization", "Organization", "Company");
    private static final Set<String> DISPLAY_NAME_TYPES = Set.of("Name", "AlternativeName");
    private static final Set<String> AREA_TYPES = Set.of("Nationwide", "NationwideExceptAlandIslands", "LimitedType");
    private static final Set<String> AREA_KINDS = Set.of("Municipality", "Region", "BusinessSubRegion", "HospitalDistrict");
    private static final Set<String> SERVICE_TYPES = Set.of("Service", "PermitOrObligation", "ProfessionalQualification");
    private static final Set<String> FUNDING_TYPES = Set.of("PubliclyFunded", "MarketFunded");
    private static final Set<String> CHARGE_TYPES = Set.of("Chargeable", "FreeOfCharge");
    /** A connection may also say Other. */
    private static final Set<String> CONNECTION_CHARGE_TYPES = Set.of("Chargeable", "FreeOfCharge", "Other");
    private static final Set<String> PHONE_CHARGE_TYPES = Set.of("Chargeable", "FreeOfCharge", "Other");
    private static final Set<String> PHONE_TYPES = Set.of("Phone", "Sms", "Fax");
    /** Where PTV keeps no phone type, only the obvious one may be said. */
    private static final Set<String> UNTYPED_PHONE_TYPES = Set.of("Phone");
    private static final Set<String> PROVISION_TYPES = Set.of("SelfProducedServices", "ProcuredServices", "Other");
    private static final Set<String> SERVICE_HOUR_TYPES = Set.of("DaysOfTheWeek", "Exceptional", "OverMidnight");
    private static final Set<String> WEEKDAYS =
            Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> FORM_TYPES = Set.of("PDF", "DOC", "Excel");
    private static final Set<String> ACCESSIBILITY_LEVELS =
            Set.of("FullyCompliant", "PartiallyCompliant", "NonCompliant", "Unknown");
    private static final Set<String> WCAG_LEVELS = Set.of("LevelA", "LevelAA", "LevelAAA");
    private static final Set<String> ORGANIZATION_ADDRESS_TYPES = Set.of("Visiting", "Postal");
    private static final Set<String> LOCATION_ADDRESS_TYPES = Set.of("Location", "Postal");
    private static final Set<String> ADDRESS_SUBTYPES = Set.of("Street", "PostOfficeBox", "Single", "Abroad", "Other");
    private static final Set<String> CONTACT_ADDRESS_SUBTYPES = Set.of("Street", "PostOfficeBox", "Abroad");
    private static final Set<String> DELIVERY_ADDRESS_SUBTYPES = Set.of("Street", "PostOfficeBox", "NoAddress");
    private static final Set<String> HOLIDAYS =
            java.util.Arrays.stream(Holiday.values()).map(Holiday::ptvName).collect(java.util.stream.Collectors.toSet());

    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern PREFIX = Pattern.compile("\\+\\d{1,4}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");
    private static final Pattern BUSINESS_CODE = Pattern.compile("\\d{7}-\\d");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OID = Pattern.compile("[A-Za-z0-9.-]{1,100}");
    /** PTV's language codes: ISO 639-1 mostly, also rom, smn, sms and sgn-fi (Finnish sign language). */
    private static final Pattern SERVICE_LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z]{2,3})?");
    /** Statistics Finland's industrial classes (TOL 2008) as PTV takes them; a bare code gives PTV a 500. */
    private static final Pattern INDUSTRIAL_CLASS =
            Pattern.compile("http://www\\.stat\\.fi/meta/luokitukset/toimiala/001-2008/[A-Z0-9]{1,5}");
    /** A target group's code alone or at the end of its URI: KR2, KR2.3. */
    /** A service class's code alone or at the end of its URI: P27 is a main class, P27.1 a subclass. */

    private final ReferenceData reference;

    public PatValidator(ReferenceData reference) {
        this.reference = reference;
    }

    /** All violations of the record on its own, in field order; empty when it can be stored. */
    public List<Violation> validate(PatRecord record) {
        return validate(record, RelatedRecords.none());
    }

    /**
     * All violations of the record, with those its stored relatives reveal: a service's area
     * wider than its responsible organisation's, a Published record sent back as Draft.
     */
    public List<Violation> validate(PatRecord record, RelatedRecords related) {
        Check check = new Check();
        code(check, "code", record.code(), true);
        if (record instanceof Organization organization) {
            organization(check, organization);
        } else if (record instanceof Service service) {
            service(check, service);
        } else if (record instanceof ServiceChannel channel) {
            channel(check, channel);
        } else if (record instanceof ServiceOffering offering) {
            offering(check, offering);
        }
        publishingTransition(check, record, related);
        if (record instanceof Service service) {
            serviceArea(check, service, related);
        }
        return check.violations;
    }

    private void organization(Check check, Organization org) {
        Set<Language> languages = languages(check, org.languages());
        oneOf(check, "publishingStatus", org.publishingStatus(), PUBLISHING_STATUSES, true);
        oneOf(check, "organizationType", org.organizationType(), ORGANIZATION_TYPES, true);
        texts(check, "names", org.names(), languages, NAME_MAX, true);
        texts(check, "alternativeNames", org.alternativeNames(), languages, NAME_MAX, false);
        displayName(check, org.displayNameType(), org.alternativeNames(), languages);
        texts(check, "summary", org.summary(), languages, SUMMARY_MAX, true);
        texts(check, "description", org.description(), languages, DESCRIPTION_MAX, true);
        code(check, "parentOrganizationCode", org.parentOrganizationCode(), false);
        if (present(org.parentOrganizationCode()) && org.parentOrganizationCode().equals(org.code())) {
            check.add("parentOrganizationCode", "self-reference", "an organisation cannot be its own parent");
        }
        businessCode(check, "businessCode", org.businessCode());
        if (present(org.oid()) && !OID.matcher(org.oid()).matches()) {
            check.add("oid", "format", "OID may hold only letters, digits, '.' and '-', at most 100 characters");
        }
        if (present(org.municipalityCode())) {
            municipality(check, "municipalityCode", org.municipalityCode());
        } else if ("Municipality".equals(org.organizationType())) {
            check.add("municipalityCode", "required", "a municipality needs its municipality code");
        }
        area(check, org.areaType(), org.areas(), false);
        if (org.areas().stream().map(Area::type).distinct().count() > 1) {
            check.add("areas", "one-area-type", "PTV gives an organisation areas of one type only (subAreaType); "
                    + "these are of " + org.areas().stream().map(Area::type).distinct().toList());
        }
        emails(check, "emails", org.emails(), languages);
        phones(check, "phoneNumbers", org.phoneNumbers(), languages, false);
        webPages(check, "webPages", org.webPages(), languages);
        addresses(check, "addresses", org.addresses(), languages, ORGANIZATION_ADDRESS_TYPES);
    }

    private void service(Check check, Service service) {
        Set<Language> languages = languages(check, service.languages());
        serviceLanguages(check, service.serviceLanguages());
        oneOf(check, "publishingStatus", service.publishingStatus(), PUBLISHING_STATUSES, true);
        code(check, "responsibleOrganizationCode", service.responsibleOrganizationCode(), true);
        for (int i = 0; i < service.otherResponsibleOrganizationCodes().size(); i++) {
            code(check, "otherResponsibleOrganizationCodes[" + i + "]", service.otherResponsibleOrganizationCodes().get(i), true);
        }
        boolean generalDescription = present(service.generalDescriptionId());
        if (generalDescription && !GUID.matcher(service.generalDescriptionId()).matches()) {
            check.add("generalDescriptionId", "format", "must be a PTV GUID such as 3668d250-cd80-45c4-abcc-9b2d3a2b3e42");
        }
        oneOf(check, "type", service.type(), SERVICE_TYPES, !generalDescription);
        oneOf(check, "fundingType", service.fundingType(), FUNDING_TYPES, true);
        oneOf(check, "chargeType", service.chargeType(), CHARGE_TYPES, false);
        texts(check, "names", service.names(), languages, NAME_MAX, true);
        texts(check, "alternativeNames", service.alternativeNames(), languages, NAME_MAX, false);
        texts(check, "summary", service.summary(), languages, SUMMARY_MAX, true);
        texts(check, "description", service.description(), languages, DESCRIPTION_MAX, true);
        texts(check, "userInstruction", service.userInstruction(), languages, DESCRIPTION_MAX, false);
        texts(check, "requirements", service.requirements(), languages, DESCRIPTION_MAX, false);
        texts(check, "chargeTypeAdditionalInfo", service.chargeTypeAdditionalInfo(), languages, SERVICE_INFO_MAX, false);
        texts(check, "deadline", service.deadline(), languages, SERVICE_INFO_MAX, false);
        texts(check, "processingTime", service.processingTime(), languages, SERVICE_INFO_MAX, false);
        texts(check, "validityTime", service.validityTime(), languages, SERVICE_INFO_MAX, false);
        area(check, service.areaType(), service.areas(), true);
        if (!generalDescription) {
            nonEmpty(check, "serviceClasses", service.serviceClasses(), "a service without a general description needs service classes");
            nonEmpty(check, "ontologyTerms", service.ontologyTerms(), "a service without a general description needs ontology terms (FINTO/YSO)");
            nonEmpty(check, "targetGroups", service.targetGroups(), "a service without a general description needs target groups");
        }
        uris(check, "serviceClasses", service.serviceClasses());
        uris(check, "ontologyTerms", service.ontologyTerms());
        uris(check, "lifeEvents", service.lifeEvents());
        uris(check, "industrialClasses", service.industrialClasses());
        serviceClassLevels(check, service.serviceClasses());
        industrialClasses(check, service.industrialClasses(), service.targetGroups());
        for (int i = 0; i < service.keywords().size(); i++) {
            Service.Keyword keyword = service.keywords().get(i);
            String path = "keywords[" + i + "]";
            language(check, path + ".language", keyword.language(), languages);
            text(check, path + ".value", keyword.value(), SHORT_TEXT_MAX, true);
        }
        if (service.producers().isEmpty()) {
            check.add("producers", "required", "at least one service producer is needed");
        }
        for (int i = 0; i < service.producers().size(); i++) {
            producer(check, "producers[" + i + "]", service.producers().get(i), languages);
        }
    }

    private void producer(Check check, String path, ServiceProducer producer, Set<Language> languages) {
        oneOf(check, path + ".provisionType", producer.provisionType(), PROVISION_TYPES, true);
        for (int j = 0; j < producer.organizationCodes().size(); j++) {
            code(check, path + ".organizationCodes[" + j + "]", producer.organizationCodes().get(j), true);
        }
        if ("SelfProducedServices".equals(producer.provisionType()) && producer.organizationCodes().isEmpty()) {
            check.add(path + ".organizationCodes", "required", "self-produced services name the producing organisation");
        }
        texts(check, path + ".additionalInformation", producer.additionalInformation(), languages, SHORT_TEXT_MAX, false);
    }

    private void channel(Check check, ServiceChannel channel) {
        Set<Language> languages = languages(check, channel.languages());
        serviceLanguages(check, channel.serviceLanguages());
        oneOf(check, "publishingStatus", channel.publishingStatus(), PUBLISHING_STATUSES, true);
        code(check, "organizationCode", channel.organizationCode(), true);
        texts(check, "names", channel.names(), languages, NAME_MAX, true);
        texts(check, "summary", channel.summary(), languages, SUMMARY_MAX, true);
        texts(check, "description", channel.description(), languages, DESCRIPTION_MAX, true);
        area(check, channel.areaType(), channel.areas(), false);
        serviceHours(check, "serviceHours", channel.serviceHours(), languages);
        if (channel instanceof EChannel e) {
            urlTexts(check, "urls", e.urls(), languages);
            accessibility(check, e.accessibilityClassification(), languages);
            if (e.requiresSignature() && (e.signatureQuantity() == null || e.signatureQuantity() < 1)) {
                check.add("signatureQuantity", "required", "say how many signatures are needed");
            }
            emails(check, "supportEmails", e.supportEmails(), languages);
            phones(check, "supportPhones", e.supportPhones(), languages, false);
        } else if (channel instanceof PhoneChannel p) {
            if (p.phoneNumbers().isEmpty()) {
                check.add("phoneNumbers", "required", "a phone channel needs at least one phone number");
            }
            phones(check, "phoneNumbers", p.phoneNumbers(), languages, true);
            webPages(check, "webPages", p.webPages(), languages);
            emails(check, "supportEmails", p.supportEmails(), languages);
        } else if (channel instanceof ServiceLocationChannel location) {
            texts(check, "alternativeNames", location.alternativeNames(), languages, NAME_MAX, false);
            displayName(check, location.displayNameType(), location.alternativeNames(), languages);
            if (location.addresses().stream().noneMatch(a -> "Location".equals(a.type()))) {
                check.add("addresses", "required", "a service location needs at least one address of type Location");
            }
            addresses(check, "addresses", location.addresses(), languages, LOCATION_ADDRESS_TYPES);
            phones(check, "phoneNumbers", location.phoneNumbers(), languages, false);
            faxes(check, "faxNumbers", location.faxNumbers(), languages);
            emails(check, "emails", location.emails(), languages);
            webPages(check, "webPages", location.webPages(), languages);
        } else if (channel instanceof PrintableFormChannel form) {
            texts(check, "formIdentifier", form.formIdentifier(), languages, NAME_MAX, false);
            if (form.formUrls().isEmpty()) {
                check.add("formUrls", "required", "a printable form needs at least one download address");
            }
            for (int i = 0; i < form.formUrls().size(); i++) {
                PrintableFormUrl url = form.formUrls().get(i);
                String path = "formUrls[" + i + "]";
                language(check, path + ".language", url.language(), languages);
                oneOf(check, path + ".type", url.type(), FORM_TYPES, true);
                url(check, path + ".url", url.url(), true);
            }
            if (form.deliveryAddress() != null) {
                deliveryAddress(check, "deliveryAddress", form.deliveryAddress(), languages);
            }
            emails(check, "supportEmails", form.supportEmails(), languages);
            phones(check, "supportPhones", form.supportPhones(), languages, false);
        } else if (channel instanceof WebPageChannel page) {
            urlTexts(check, "urls", page.urls(), languages);
            accessibility(check, page.accessibilityClassification(), languages);
            emails(check, "supportEmails", page.supportEmails(), languages);
            phones(check, "supportPhones", page.supportPhones(), languages, false);
        }
    }

    private void offering(Check check, ServiceOffering offering) {
        code(check, "serviceCode", offering.serviceCode(), true);
        code(check, "channelCode", offering.channelCode(), true);
        oneOf(check, "chargeType", offering.chargeType(), CONNECTION_CHARGE_TYPES, false);
        Set<Language> all = EnumSet.allOf(Language.class);
        texts(check, "description", offering.description(), all, SERVICE_INFO_MAX, false);
        texts(check, "conditions", offering.conditions(), all, SERVICE_INFO_MAX, false);
        for (int i = 0; i < offering.prices().size(); i++) {
            Price price = offering.prices().get(i);
            texts(check, "prices[" + i + "].price", price.price(), all, SHORT_TEXT_MAX, false);
            texts(check, "prices[" + i + "].description", price.description(), all, SERVICE_INFO_MAX, false);
        }
        serviceHours(check, "serviceHours", offering.serviceHours(), all);
        if (offering.contactDetails() != null) {
            ContactDetails contact = offering.contactDetails();
            emails(check, "contactDetails.emails", contact.emails(), all);
            phones(check, "contactDetails.phoneNumbers", contact.phoneNumbers(), all, false);
            faxes(check, "contactDetails.faxNumbers", contact.faxNumbers(), all);
            webPages(check, "contactDetails.webPages", contact.webPages(), all);
            for (int i = 0; i < contact.addresses().size(); i++) {
                Address address = contact.addresses().get(i);
                String at = "contactDetails.addresses[" + i + "]";
                // An offering declares no languages: an address is complete in the languages it is written in.
                Set<Language> written = EnumSet.noneOf(Language.class);
                written.addAll(address.street().languages());
                written.addAll(address.postOfficeBox().languages());
                written.addAll(address.additionalInformation().languages());
                address(check, at, address, written.isEmpty() ? EnumSet.of(Language.FI) : written, Set.of("Postal"));
                if (present(address.subType()) && !CONTACT_ADDRESS_SUBTYPES.contains(address.subType())) {
                    check.add(at + ".subType", "one-of", "a connection's postal address is one of " + sorted(CONTACT_ADDRESS_SUBTYPES));
                }
            }
        }
    }

    private void serviceLanguages(Check check, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String path = "serviceLanguages[" + i + "]";
            if (code == null || !SERVICE_LANGUAGE.matcher(code).matches()) {
                check.add(path, "format", "'" + code + "' must be a PTV language code in lower case, e.g. fi, sv, en, se, smn, ru, sgn-fi");
            } else if (!seen.add(code)) {
                check.add(path, "duplicate", "language '" + code + "' is listed twice");
            }
        }
    }

    /** PTV wants at least one service class below a main class ("at least one must be a subclass"). */
    private void serviceClassLevels(Check check, List<String> classes) {
        if (classes.isEmpty()) {
            return;
        }
        boolean subclass = classes.stream().map(c -> hierarchicalCode(c, "P")).anyMatch(code -> code != null && code.contains("."));
        if (!subclass) {
            check.add("serviceClasses", "subclass-required",
                    "PTV needs at least one service class that is a subclass (P27.1), not only main classes (P27)");
        }
    }

    /** Industrial classes only as stat.fi URIs, and only for a service whose target groups hold KR2 and one of its subgroups. */
    private void industrialClasses(Check check, List<String> classes, List<String> targetGroups) {
        for (int i = 0; i < classes.size(); i++) {
            String value = classes.get(i);
            if (present(value) && !INDUSTRIAL_CLASS.matcher(value).matches()) {
                check.add("industrialClasses[" + i + "]", "format", "'" + value + "' must be Statistics Finland's URI, "
                        + "e.g. http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110 (PTV answers a bare code with an error 500)");
            }
        }
        if (classes.isEmpty()) {
            return;
        }
        List<String> codes = targetGroups.stream().map(g -> hierarchicalCode(g, "KR")).filter(code -> code != null).toList();
        if (!codes.contains("KR2") || codes.stream().noneMatch(c -> c.startsWith("KR2."))) {
            check.add("targetGroups", "industrial-class-target-group",
                    "industrial classes are for services to businesses: the target groups need KR2 and one of its subgroups (KR2.1...)");
        }
    }

    /**
     * The code of a hierarchical classification ({@code P27.1}, {@code KR2.1}) given as a code or at
     * the end of a URI: the part after the last {@code /} when it is {@code letters}, digits, and
     * groups of a dot and digits, at most {@value #CLASS_CODE_MAX} characters; otherwise null. Read
     * character by character, not by a pattern: a value of any length (a hostile one of a megabyte)
     * is read in one pass, without recursion.
     */
    static String hierarchicalCode(String value, String letters) {
        if (value == null) {
            return null;
        }
        String code = value.substring(value.lastIndexOf('/') + 1);
        if (!code.startsWith(letters) || code.length() == letters.length() || code.length() > CLASS_CODE_MAX) {
            return null;
        }
        boolean digitBefore = false;
        for (int i = letters.length(); i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if (c == '.' && digitBefore) {
                digitBefore = false;
            } else {
                return null;
            }
        }
        return digitBefore ? code : null;
    }

    /**
     * An e-mail address in the form PTV takes: one {@code @} with something before it, no white
     * space, and a domain with a dot that has something on both sides. Read in one pass (a pattern
     * for the same form backtracks quadratically on a hostile value of dots).
     */
    static boolean isEmailAddress(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || address.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            if (Character.isWhitespace(address.charAt(i))) {
                return false;
            }
        }
        String domain = address.substring(at + 1);
        int dot = domain.indexOf('.', 1);
        return dot > 0 && dot < domain.length() - 1;
    }

    /** PTV writes only Draft and Published, and a published item never goes back to Draft. */
    private void publishingTransition(Check check, PatRecord record, RelatedRecords related) {
        String status = publishingStatus(record);
        if ("Modified".equals(status)) {
            check.replace("publishingStatus", "one-of",
                    "Modified is PTV's state for unsaved edits in its web UI and is never written; send Draft or Published");
        } else if ("Deleted".equals(status) || "Archived".equals(status)) {
            check.replace("publishingStatus", "one-of",
                    status + " is not written through a record: an item leaves PTV when it is archived; send Draft or Published");
        }
        if (!"Draft".equals(status)) {
            return;
        }
        Optional<PatRecord> stored = related.stored(record.namespace(), record.code())
                .filter(previous -> previous.kind() == record.kind());
        if (stored.isPresent() && "Published".equals(publishingStatus(stored.get()))) {
            check.add("publishingStatus", "published-to-draft",
                    "the stored version is Published and PTV never takes a published item back to Draft; keep it Published");
        }
    }

    private static String publishingStatus(PatRecord record) {
        if (record instanceof Organization o) {
            return o.publishingStatus();
        } else if (record instanceof Service s) {
            return s.publishingStatus();
        } else if (record instanceof ServiceChannel c) {
            return c.publishingStatus();
        }
        return null;
    }

    /**
     * A service's area may not be wider than its responsible organisation's (PTV: "Nationwide is
     * too wide"), as far as the stored organisation tells: a Nationwide organisation allows all; a
     * limited one (a municipality without an area is limited to itself) allows no Nationwide
     * service; an organisation that lists its municipalities allows a service only within them.
     */
    private void serviceArea(Check check, Service service, RelatedRecords related) {
        if (!present(service.areaType()) || !present(service.responsibleOrganizationCode())) {
            return;
        }
        Optional<Organization> organization = related.stored(RecordKind.Namespace.ORGANIZATION, service.responsibleOrganizationCode())
                .filter(Organization.class::isInstance).map(Organization.class::cast);
        if (organization.isEmpty()) {
            return;
        }
        Organization org = organization.get();
        String orgArea = present(org.areaType()) ? org.areaType()
                : present(org.municipalityCode()) && "Municipality".equals(org.organizationType()) ? "LimitedType" : null;
        if (orgArea == null || "Nationwide".equals(orgArea)) {
            return;
        }
        String name = "organisation '" + org.code() + "'";
        if ("Nationwide".equals(service.areaType())) {
            check.add("areaType", "wider-than-organization", "Nationwide is wider than the area of " + name + " (" + orgArea + ")");
            return;
        }
        if (!"LimitedType".equals(orgArea)) {
            return;
        }
        if ("NationwideExceptAlandIslands".equals(service.areaType())) {
            check.add("areaType", "wider-than-organization", "NationwideExceptAlandIslands is wider than the limited area of " + name);
            return;
        }
        Set<String> orgMunicipalities = new HashSet<>();
        boolean onlyMunicipalities = !org.areas().isEmpty();
        for (Area area : org.areas()) {
            onlyMunicipalities &= "Municipality".equals(area.type());
            orgMunicipalities.addAll(area.codes());
        }
        if (!onlyMunicipalities) {
            // Regions, hospital districts and the like hold municipalities this check does not know.
            return;
        }
        for (int i = 0; i < service.areas().size(); i++) {
            Area area = service.areas().get(i);
            if (!"Municipality".equals(area.type())) {
                continue;
            }
            for (int j = 0; j < area.codes().size(); j++) {
                if (!orgMunicipalities.contains(area.codes().get(j))) {
                    check.add("areas[" + i + "].codes[" + j + "]", "wider-than-organization", "municipality " + area.codes().get(j)
                            + " is outside the area of " + name + " (" + orgMunicipalities.stream().sorted().toList() + ")");
                }
            }
        }
    }

    private Set<Language> languages(Check check, List<Language> declared) {
        if (declared.isEmpty()) {
            check.add("languages", "required", "declare the content languages, e.g. [\"fi\", \"sv\"]");
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Language language : declared) {
            if (!languages.add(language)) {
                check.add("languages", "duplicate", "language '" + language.code() + "' is declared twice");
            }
        }
        return languages;
    }

    /**
     * Each declared language needs the text when it is required, and a text in a language that is
     * not declared is refused: PTV would drop it without a word.
     */
    private void texts(Check check, String path, LocalizedText text, Set<Language> declared, int max, boolean required) {
        if (required) {
            for (Language language : declared) {
                if (!text.has(language)) {
                    check.add(path + "." + language.code(), "language-missing",
                            "'" + language.code() + "' is a declared language, so " + path + " needs a text in it");
                }
            }
        }
        for (Language language : text.languages()) {
            String value = text.get(language).orElseThrow();
            if (!declared.contains(language)) {
                check.add(path + "." + language.code(), "language-not-declared",
                        "text in '" + language.code() + "' but the record does not declare that language");
            }
            maxLength(check, path + "." + language.code(), value, max);
        }
    }

    private void displayName(Check check, DisplayNameType displayNameType, LocalizedText alternativeNames, Set<Language> languages) {
        if (displayNameType == null) {
            return;
        }
        if (displayNameType.forEveryLanguage().isPresent()) {
            oneOf(check, "displayNameType", displayNameType.forEveryLanguage().get(), DISPLAY_NAME_TYPES, false);
        } else {
            displayNameType.byLanguageCode().forEach((code, type) -> {
                String path = "displayNameType." + code;
                Optional<Language> language = Language.fromCode(code);
                if (language.isEmpty() || !language.get().code().equals(code)) {
                    check.add(path, "language", "'" + code + "' is not a content language: fi, sv or en");
                } else if (!languages.contains(language.get())) {
                    check.add(path, "language-not-declared", "'" + code + "' is not a declared language of the record");
                }
                oneOf(check, path, type, DISPLAY_NAME_TYPES, true);
            });
        }
        for (Language language : languages) {
            if ("AlternativeName".equals(displayNameType.of(language).orElse(null)) && !alternativeNames.has(language)) {
                check.add("alternativeNames." + language.code(), "language-missing",
                        "displayNameType in '" + language.code() + "' is AlternativeName, so an alternative name is needed in it");
            }
        }
    }

    private void area(Check check, String areaType, List<Area> areas, boolean required) {
        oneOf(check, "areaType", areaType, AREA_TYPES, required);
        if ("LimitedType".equals(areaType) && areas.isEmpty()) {
            check.add("areas", "required", "areaType LimitedType needs at least one area");
        }
        if (!"LimitedType".equals(areaType) && !areas.isEmpty()) {
            check.add("areas", "not-allowed", "areas are given only with areaType LimitedType");
        }
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            String path = "areas[" + i + "]";
            oneOf(check, path + ".type", area.type(), AREA_KINDS, true);
            if (area.codes().isEmpty()) {
                check.add(path + ".codes", "required", "an area needs at least one code");
            }
            if ("Municipality".equals(area.type())) {
                for (int j = 0; j < area.codes().size(); j++) {
                    municipality(check, path + ".codes[" + j + "]", area.codes().get(j));
                }
            }
        }
    }

    private void emails(Check check, String path, List<Email> emails, Set<Language> languages) {
        for (int i = 0; i < emails.size(); i++) {
            Email email = emails.get(i);
            String at = path + "[" + i + "]";
            language(check, at + ".language", email.language(), languages);
            if (!present(email.address())) {
                check.add(at + ".address", "required", "the e-mail address is missing");
            } else {
                if (!isEmailAddress(email.address())) {
                    check.add(at + ".address", "format", "'" + email.address() + "' is not an e-mail address");
                }
                maxLength(check, at + ".address", email.address(), EMAIL_MAX);
            }
            text(check, at + ".description", email.description(), SHORT_TEXT_MAX, false);
        }
    }

    /**
     * @param typed whether PTV keeps a type for these numbers (a phone channel's); elsewhere the type
     *     may be left out or say Phone, and a fax has a list of its own
     */
    private void phones(Check check, String path, List<Phone> phones, Set<Language> languages, boolean typed) {
        for (int i = 0; i < phones.size(); i++) {
            Phone phone = phones.get(i);
            String at = path + "[" + i + "]";
            language(check, at + ".language", phone.language(), languages);
            if (typed) {
                oneOf(check, at + ".type", phone.type(), PHONE_TYPES, true);
            } else if (present(phone.type()) && !UNTYPED_PHONE_TYPES.contains(phone.type())) {
                check.add(at + ".type", "one-of", "PTV keeps no type for these numbers: leave type out"
                        + ("Fax".equals(phone.type()) ? " and give a fax number in faxNumbers where PTV has them" : ""));
            }
            if (!present(phone.number())) {
                check.add(at + ".number", "required", "the phone number is missing");
            } else if (!DIGITS.matcher(phone.number()).matches()) {
                check.add(at + ".number", "digits-only",
                        "'" + phone.number() + "' must be digits only (1-20), without spaces, dashes or the prefix");
            }
            if (phone.finnishServiceNumber()) {
                if (present(phone.prefix())) {
                    check.add(at + ".prefix", "not-allowed", "a Finnish service number has no country prefix");
                }
            } else if (!present(phone.prefix())) {
                check.add(at + ".prefix", "required", "give the country prefix, e.g. +358, or mark a Finnish service number");
            } else if (!PREFIX.matcher(phone.prefix()).matches()) {
                check.add(at + ".prefix", "format", "'" + phone.prefix() + "' must be a plus sign and 1-4 digits, e.g. +358");
            }
            oneOf(check, at + ".chargeType", phone.chargeType(), PHONE_CHARGE_TYPES, true);
            text(check, at + ".chargeDescription", phone.chargeDescription(), SHORT_TEXT_MAX, false);
            text(check, at + ".additionalInformation", phone.additionalInformation(), SHORT_TEXT_MAX, false);
        }
    }

    private void faxes(Check check, String path, List<FaxNumber> faxes, Set<Language> languages) {
        for (int i = 0; i < faxes.size(); i++) {
            FaxNumber fax = faxes.get(i);
            String at = path + "[" + i + "]";
            language(check, at + ".language", fax.language(), languages);
            if (!present(fax.number())) {
                check.add(at + ".number", "required", "the fax number is missing");
            } else if (!DIGITS.matcher(fax.number()).matches()) {
                check.add(at + ".number", "digits-only",
                        "'" + fax.number() + "' must be digits only (1-20), without spaces, dashes or the prefix");
            }
            if (fax.finnishServiceNumber()) {
                if (present(fax.prefix())) {
                    check.add(at + ".prefix", "not-allowed", "a Finnish service number has no country prefix");
                }
            } else if (!present(fax.prefix())) {
                check.add(at + ".prefix", "required", "give the country prefix, e.g. +358, or mark a Finnish service number");
            } else if (!PREFIX.matcher(fax.prefix()).matches()) {
                check.add(at + ".prefix", "format", "'" + fax.prefix() + "' must be a plus sign and 1-4 digits, e.g. +358");
            }
        }
    }

    private void webPages(Check check, String path, List<WebPage> pages, Set<Language> languages) {
        for (int i = 0; i < pages.size(); i++) {
            WebPage page = pages.get(i);
            String at = path + "[" + i + "]";
            language(check, at + ".language", page.language(), languages);
            url(check, at + ".url", page.url(), true);
            text(check, at + ".name", page.name(), NAME_MAX, false);
        }
    }

    private void urlTexts(Check check, String path, LocalizedText urls, Set<Language> languages) {
        texts(check, path, urls, languages, URL_MAX, true);
        for (Language language : urls.languages()) {
            url(check, path + "." + language.code(), urls.get(language).orElseThrow(), true);
        }
    }

    private void accessibility(Check check, List<AccessibilityClassification> classifications, Set<Language> languages) {
        Set<Language> covered = EnumSet.noneOf(Language.class);
        for (int i = 0; i < classifications.size(); i++) {
            AccessibilityClassification c = classifications.get(i);
            String at = "accessibilityClassification[" + i + "]";
            language(check, at + ".language", c.language(), languages);
            if (c.language() != null) {
                covered.add(c.language());
            }
            oneOf(check, at + ".level", c.level(), ACCESSIBILITY_LEVELS, true);
            oneOf(check, at + ".wcagLevel", c.wcagLevel(), WCAG_LEVELS, false);
            text(check, at + ".statementName", c.statementName(), NAME_MAX, false);
            url(check, at + ".statementUrl", c.statementUrl(), false);
        }
        for (Language language : languages) {
            if (!covered.contains(language)) {
                check.add("accessibilityClassification", "language-missing",
                        "PTV needs an accessibility classification in '" + language.code() + "'");
            }
        }
    }

    private void addresses(Check check, String path, List<Address> addresses, Set<Language> languages, Set<String> types) {
        for (int i = 0; i < addresses.size(); i++) {
            address(check, path + "[" + i + "]", addresses.get(i), languages, types);
        }
    }

    private void address(Check check, String at, Address address, Set<Language> languages, Set<String> types) {
        oneOf(check, at + ".type", address.type(), types, true);
        oneOf(check, at + ".subType", address.subType(), ADDRESS_SUBTYPES, true);
        boolean abroad = "Abroad".equals(address.subType());
        if ("Street".equals(address.subType()) || "Single".equals(address.subType())) {
            texts(check, at + ".street", address.street(), languages, NAME_MAX, true);
        } else {
            texts(check, at + ".street", address.street(), languages, NAME_MAX, false);
        }
        if ("PostOfficeBox".equals(address.subType())) {
            texts(check, at + ".postOfficeBox", address.postOfficeBox(), languages, NAME_MAX, true);
        }
        text(check, at + ".streetNumber", address.streetNumber(), STREET_NUMBER_MAX, false);
        if (abroad) {
            if (!present(address.country())) {
                check.add(at + ".country", "required", "an address abroad needs its country code");
            }
        } else {
            postalCode(check, at + ".postalCode", address.postalCode());
        }
        if (present(address.municipalityCode())) {
            municipality(check, at + ".municipalityCode", address.municipalityCode());
        }
        coordinates(check, at, address);
        texts(check, at + ".additionalInformation", address.additionalInformation(), languages, SHORT_TEXT_MAX, false);
    }

    /**
     * Coordinates of a street address, in WGS84 degrees or in ETRS-TM35FIN metres, never both,
     * each as a pair, and in Finland: PTV keeps ETRS-TM35FIN within Finland's bounds.
     */
    private void coordinates(Check check, String at, Address address) {
        if (!address.hasCoordinates()) {
            return;
        }
        if (!"Street".equals(address.subType()) && !"Single".equals(address.subType())) {
            check.add(at + ".latitude", "not-allowed", "PTV keeps coordinates only for a street address, not for " + address.subType());
            return;
        }
        boolean degrees = address.latitude() != null || address.longitude() != null;
        boolean metres = address.easting() != null || address.northing() != null;
        if (degrees && metres) {
            check.add(at + ".easting", "one-coordinate-system",
                    "give either WGS84 latitude and longitude or ETRS-TM35FIN easting and northing, not both");
            return;
        }
        if (degrees) {
            if ((address.latitude() == null) != (address.longitude() == null)) {
                check.add(at + ".latitude", "pair", "give both latitude and longitude, or neither");
                return;
            }
            boolean inRange = true;
            if (address.latitude() < -90 || address.latitude() > 90) {
                check.add(at + ".latitude", "range", "latitude must be between -90 and 90");
                inRange = false;
            }
            if (address.longitude() < -180 || address.longitude() > 180) {
                check.add(at + ".longitude", "range", "longitude must be between -180 and 180");
                inRange = false;
            }
            if (inRange) {
                EtrsTm35Fin.Point point = EtrsTm35Fin.project(address.latitude(), address.longitude());
                if (!EtrsTm35Fin.inBounds(point.easting(), point.northing())) {
                    check.add(at + ".latitude", "outside-finland", String.format(Locale.ROOT,
                            "latitude %s, longitude %s is at %s, outside Finland's ETRS-TM35FIN bounds (easting %.0f..%.0f, "
                                    + "northing %.0f..%.0f): are latitude and longitude swapped?",
                            address.latitude(), address.longitude(), point, EtrsTm35Fin.MIN_EASTING, EtrsTm35Fin.MAX_EASTING,
                            EtrsTm35Fin.MIN_NORTHING, EtrsTm35Fin.MAX_NORTHING));
                }
            }
        } else {
            if ((address.easting() == null) != (address.northing() == null)) {
                check.add(at + ".easting", "pair", "give both easting and northing, or neither");
            } else if (!EtrsTm35Fin.inBounds(address.easting(), address.northing())) {
                check.add(at + ".easting", "outside-finland", String.format(Locale.ROOT,
                        "easting %s, northing %s is outside Finland's ETRS-TM35FIN bounds (easting %.0f..%.0f, northing %.0f..%.0f)",
                        address.easting(), address.northing(), EtrsTm35Fin.MIN_EASTING, EtrsTm35Fin.MAX_EASTING,
                        EtrsTm35Fin.MIN_NORTHING, EtrsTm35Fin.MAX_NORTHING));
            }
        }
    }

    /** A printable form's delivery address: a street, a post office box, or the address as free text (NoAddress). */
    private void deliveryAddress(Check check, String at, DeliveryAddress address, Set<Language> languages) {
        oneOf(check, at + ".subType", address.subType(), DELIVERY_ADDRESS_SUBTYPES, true);
        texts(check, at + ".receiver", address.receiver(), languages, NAME_MAX, false);
        texts(check, at + ".additionalInformation", address.additionalInformation(), languages, SHORT_TEXT_MAX, false);
        boolean noAddress = "NoAddress".equals(address.subType());
        texts(check, at + ".addressText", address.addressText(), languages, SHORT_TEXT_MAX, false);
        if (noAddress && address.addressText().isEmpty() && address.receiver().isEmpty()) {
            check.add(at + ".addressText", "required", "a NoAddress delivery address tells where the form goes as text, or names its receiver");
        }
        if (!noAddress && !address.addressText().isEmpty()) {
            check.add(at + ".addressText", "not-allowed", "the address as free text goes with subType NoAddress only");
        }
        if ("Street".equals(address.subType())) {
            texts(check, at + ".street", address.street(), languages, NAME_MAX, true);
            text(check, at + ".streetNumber", address.streetNumber(), STREET_NUMBER_MAX, false);
        }
        if ("PostOfficeBox".equals(address.subType())) {
            texts(check, at + ".postOfficeBox", address.postOfficeBox(), languages, NAME_MAX, true);
        }
        if ("Street".equals(address.subType()) || "PostOfficeBox".equals(address.subType())) {
            postalCode(check, at + ".postalCode", address.postalCode());
        } else if (noAddress && (!address.street().isEmpty() || !address.postOfficeBox().isEmpty() || present(address.postalCode()))) {
            check.add(at + ".subType", "not-allowed", "NoAddress carries the address only as addressText, not as a street or box");
        }
        if (present(address.municipalityCode())) {
            municipality(check, at + ".municipalityCode", address.municipalityCode());
        }
    }

    private void postalCode(Check check, String path, String code) {
        if (!present(code)) {
            check.add(path, "required", "the postal code is missing");
        } else if (!POSTAL_CODE.matcher(code).matches()) {
            check.add(path, "format", "'" + code + "' must be five digits");
        } else if (!reference.isPostalCode(code)) {
            check.add(path, "unknown-postal-code", "'" + code + "' is not in Posti's postal code list");
        }
    }

    private void serviceHours(Check check, String path, List<ServiceHours> hours, Set<Language> languages) {
        for (int i = 0; i < hours.size(); i++) {
            ServiceHours h = hours.get(i);
            String at = path + "[" + i + "]";
            oneOf(check, at + ".type", h.type(), SERVICE_HOUR_TYPES, true);
            if (h.validFrom() != null && h.validTo() != null && h.validTo().isBefore(h.validFrom())) {
                check.add(at + ".validTo", "range", "validTo is before validFrom");
            }
            boolean exceptional = "Exceptional".equals(h.type());
            if (exceptional && h.validFrom() == null) {
                check.add(at + ".validFrom", "required", "exceptional hours need the day they hold (validFrom)");
            }
            holiday(check, at, h);
            if (h.openingHours().isEmpty() && !h.alwaysOpen() && !h.closed()) {
                check.add(at + ".openingHours", "required", "give opening hours, or mark the period alwaysOpen or closed");
            }
            for (int j = 0; j < h.openingHours().size(); j++) {
                openingHour(check, at + ".openingHours[" + j + "]", h.openingHours().get(j), "OverMidnight".equals(h.type()), exceptional);
            }
            texts(check, at + ".additionalInformation", h.additionalInformation(), languages, SHORT_TEXT_MAX, false);
        }
    }

    /** A holiday names Exceptional hours whose validFrom is that holiday's date, and lasts that day. */
    private void holiday(Check check, String at, ServiceHours h) {
        if (!present(h.holiday())) {
            return;
        }
        Optional<Holiday> holiday = Holiday.fromPtvName(h.holiday());
        if (holiday.isEmpty()) {
            check.add(at + ".holiday", "one-of", "'" + h.holiday() + "' is not one of " + sorted(HOLIDAYS));
            return;
        }
        if (!"Exceptional".equals(h.type())) {
            check.add(at + ".holiday", "not-allowed", "a holiday's hours are Exceptional hours");
            return;
        }
        if (h.validFrom() != null && !holiday.get().dateIn(h.validFrom().getYear()).equals(h.validFrom())) {
            check.add(at + ".validFrom", "holiday-date", h.holiday() + " " + h.validFrom().getYear() + " is on "
                    + holiday.get().dateIn(h.validFrom().getYear()) + ", not " + h.validFrom());
        }
        if (h.validTo() != null && !h.validTo().equals(h.validFrom())) {
            check.add(at + ".validTo", "holiday-date", "a holiday's hours hold on its one day: leave validTo out or make it validFrom");
        }
    }

    /**
     * @param exceptional Exceptional hours hold on every day of their date range: no weekday is needed,
     *     and when one is given it is kept
     */
    private void openingHour(Check check, String at, OpeningHour hour, boolean overMidnight, boolean exceptional) {
        oneOf(check, at + ".dayFrom", hour.dayFrom(), WEEKDAYS, !exceptional);
        oneOf(check, at + ".dayTo", hour.dayTo(), WEEKDAYS, false);
        if (!present(hour.dayFrom()) && present(hour.dayTo())) {
            check.add(at + ".dayTo", "not-allowed", "dayTo goes with dayFrom");
        }
        boolean fromOk = time(check, at + ".from", hour.from());
        boolean toOk = time(check, at + ".to", hour.to());
        if (fromOk && toOk && !overMidnight && hour.to().compareTo(hour.from()) <= 0 && !"00:00".equals(hour.to())) {
            check.add(at + ".to", "range", "closing time " + hour.to() + " is not after opening time " + hour.from()
                    + " (use serviceHours type OverMidnight for hours that run past midnight)");
        }
    }

    private boolean time(Check check, String path, String value) {
        if (!present(value)) {
            check.add(path, "required", "the time is missing");
            return false;
        }
        if (!TIME.matcher(value).matches()) {
            check.add(path, "format", "'" + value + "' must be a time HH:mm, e.g. 08:00");
            return false;
        }
        return true;
    }

    private void municipality(Check check, String path, String code) {
        if (!MUNICIPALITY_CODE.matcher(code).matches()) {
            check.add(path, "format", "'" + code + "' must be a three-digit municipality code, e.g. 853");
        } else if (!reference.isMunicipalityCode(code)) {
            check.add(path, "unknown-municipality", "'" + code + "' is not a Finnish municipality code");
        }
    }

    private void businessCode(Check check, String path, String code) {
        if (!present(code)) {
            return;
        }
        if (!BUSINESS_CODE.matcher(code).matches()) {
            check.add(path, "format", "'" + code + "' must look like 1234567-8");
            return;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (code.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        int expected = remainder == 0 ? 0 : 11 - remainder;
        if (remainder == 1 || expected != code.charAt(8) - '0') {
            check.add(path, "checksum", "'" + code + "' has a wrong check digit");
        }
    }

    private void uris(Check check, String path, List<String> uris) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < uris.size(); i++) {
            String value = uris.get(i);
            if (!present(value)) {
                check.add(path + "[" + i + "]", "required", "empty entry");
            } else if (!seen.add(value)) {
                check.add(path + "[" + i + "]", "duplicate", "'" + value + "' is listed twice");
            }
        }
    }

    private void url(Check check, String path, String value, boolean required) {
        if (!present(value)) {
            if (required) {
                check.add(path, "required", "the URL is missing");
            }
            return;
        }
        // PTV gets the address percent-encoded where it holds letters such as ä: the length that counts is that one.
        String ascii = WebAddress.toAscii(value);
        maxLength(check, path, ascii, URL_MAX);
        Optional<URI> parsed = WebAddress.parse(value);
        if (parsed.isEmpty()) {
            check.add(path, "url", "'" + value + "' is not a valid URL: " + WebAddress.parseError(value));
            return;
        }
        String scheme = parsed.get().getScheme();
        String host = parsed.get().getHost();
        if (scheme == null || !Set.of("http", "https", "ftp").contains(scheme.toLowerCase(Locale.ROOT))) {
            check.add(path, "url", "'" + value + "' needs a scheme: http, https or ftp");
        } else if (host == null || !host.contains(".") || host.startsWith(".") || host.endsWith(".")) {
            check.add(path, "url", "'" + value + "' needs a host name with a dot, e.g. www.turku.fi");
        }
    }

    private void language(Check check, String path, Language language, Set<Language> declared) {
        if (language == null) {
            check.add(path, "required", "say which language this is shown in");
        } else if (!declared.contains(language)) {
            check.add(path, "language-not-declared", "'" + language.code() + "' is not a declared language of the record");
        }
    }

    private void code(Check check, String path, String code, boolean required) {
        if (!present(code)) {
            if (required) {
                check.add(path, "required", "the code is missing");
            }
            return;
        }
        maxLength(check, path, code, CODE_MAX);
        if (!code.equals(code.strip()) || code.chars().anyMatch(Character::isISOControl)) {
            check.add(path, "format", "a code may not start or end with spaces or hold control characters");
        }
    }

    private void oneOf(Check check, String path, String value, Set<String> allowed, boolean required) {
        if (!present(value)) {
            if (required) {
                check.add(path, "required", "one of " + sorted(allowed) + " is needed");
            }
        } else if (!allowed.contains(value)) {
            check.add(path, "one-of", "'" + value + "' is not one of " + sorted(allowed));
        }
    }

    private void nonEmpty(Check check, String path, List<?> values, String message) {
        if (values.isEmpty()) {
            check.add(path, "required", message);
        }
    }

    private void text(Check check, String path, String value, int max, boolean required) {
        if (!present(value)) {
            if (required) {
                check.add(path, "required", "the text is missing");
            }
            return;
        }
        maxLength(check, path, value, max);
    }

    private void maxLength(Check check, String path, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            check.add(path, "max-length", "at most " + max + " characters, now " + length);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** Collects violations in the order the checks find them. */
    private static final class Check {
        private final List<Violation> violations = new ArrayList<>();

        void add(String path, String rule, String message) {
            violations.add(new Violation(path, rule, message));
        }

        /** Says it better: replaces the violation of that path and rule, or adds it. */
        void replace(String path, String rule, String message) {
            violations.removeIf(v -> v.path().equals(path) && v.rule().equals(rule));
            add(path, rule, message);
        }
    }
}
