package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.model.AccessibilityClassification;
import fi.ptvintegration.pat.model.DeliveryAddress;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.PrintableFormUrl;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.WebPage;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.ptv.v12.generated.model.AccessibilityClassificationLevel;
import fi.ptvintegration.ptv.v12.generated.model.AllowedConnectionType;
import fi.ptvintegration.ptv.v12.generated.model.DeliveryAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.DeliveryInformationDeliveryAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.EServiceChannelLanguageVersionRequest;
import fi.ptvintegration.ptv.v12.generated.model.EServiceChannelLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.ElectronicIdentification;
import fi.ptvintegration.ptv.v12.generated.model.FaxNumberRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostEServiceChannelRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxAddressRequestAdditionalInformation;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxAddressRequestPostOfficeBox;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxDeliveryAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostOfficeBoxDeliveryAddressRequestRecipient;
import fi.ptvintegration.ptv.v12.generated.model.PostPrintableFormChannelRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostServiceLocationChannelRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostTelephoneChannelRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostWebPageChannelRequest;
import fi.ptvintegration.ptv.v12.generated.model.PrintableFormChannelLanguageVersionRequest;
import fi.ptvintegration.ptv.v12.generated.model.PrintableFormChannelLanguageVersionRequestFormFilesInner;
import fi.ptvintegration.ptv.v12.generated.model.PrintableFormChannelLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.ServiceLocationChannelContactAddressesRequest;
import fi.ptvintegration.ptv.v12.generated.model.ServiceLocationChannelLanguageVersionRequest;
import fi.ptvintegration.ptv.v12.generated.model.ServiceLocationChannelLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.ServiceLocationChannelLocationRequest;
import fi.ptvintegration.ptv.v12.generated.model.SignatureNotRequiredRequest;
import fi.ptvintegration.ptv.v12.generated.model.SignatureRequest;
import fi.ptvintegration.ptv.v12.generated.model.SignatureRequiredRequest;
import fi.ptvintegration.ptv.v12.generated.model.StreetAddressDeliveryAddressRequest;
import fi.ptvintegration.ptv.v12.generated.model.StreetAddressRequestStreetName;
import fi.ptvintegration.ptv.v12.generated.model.TelephoneChannelLanguageVersionRequest;
import fi.ptvintegration.ptv.v12.generated.model.TelephoneChannelLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.WebAddressNameRequest;
import fi.ptvintegration.ptv.v12.generated.model.WebAddressRequiredRequestSchema;
import fi.ptvintegration.ptv.v12.generated.model.WebPageChannelLanguageVersionRequest;
import fi.ptvintegration.ptv.v12.generated.model.WebPageChannelLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.WebPageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The five PAT channel kinds to PTV API v12's channel requests ({@code PostEServiceChannelRequest},
 * {@code PostTelephoneChannelRequest}, {@code PostServiceLocationChannelRequest},
 * {@code PostPrintableFormChannelRequest}, {@code PostWebPageChannelRequest}; v12's {@code Put}
 * schemas are the same). Pure: the record and the owning organisation's PTV id in, the generated
 * request models out. v12 channels have no {@code externalId}.
 *
 * <p>Shared: the owner, {@code allowedConnectionType} {@code OwnOrganizations} (only the owner's
 * services connect to the channel, as v11 did unless told otherwise; the PAT model does not say),
 * the languages, the area, and per language the name, summary and the description as Markdown
 * (5,000 rendered characters). v12's channel requests have no service hours: the record's hours
 * are reported as not carried. Per kind as each method says.
 */
public final class ChannelMapper {

    static final int DESCRIPTION_MAX = 5000;

    /** Maps any channel kind; the request answers to the kind's {@code Post*} and {@code Put*} schemas. */
    public V12Request toV12(ServiceChannel channel, String organizationPtvId) {
        Problems problems = new Problems();
        UUID owner = V12Values.contentId(organizationPtvId, "organizationCode", problems);
        if (!channel.serviceHours().isEmpty()) {
            problems.notCarried("serviceHours", "PTV v12's channel requests have no service hours (its read models have)");
        }
        Object body;
        String postSchema;
        String putSchema;
        if (channel instanceof EChannel c) {
            body = echannel(c, owner, problems);
            postSchema = "PostEServiceChannelRequest";
            putSchema = "PutEServiceChannelRequestSchema";
        } else if (channel instanceof PhoneChannel c) {
            body = phone(c, owner, problems);
            postSchema = "PostTelephoneChannelRequest";
            putSchema = "PutTelephoneChannelRequestSchema";
        } else if (channel instanceof ServiceLocationChannel c) {
            body = serviceLocation(c, owner, problems);
            postSchema = "PostServiceLocationChannelRequest";
            putSchema = "PutServiceLocationChannelRequestSchema";
        } else if (channel instanceof PrintableFormChannel c) {
            body = printableForm(c, owner, problems);
            postSchema = "PostPrintableFormChannelRequest";
            putSchema = "PutPrintableFormChannelRequestSchema";
        } else {
            body = webPage((WebPageChannel) channel, owner, problems);
            postSchema = "PostWebPageChannelRequest";
            putSchema = "PutWebPageChannelRequest";
        }
        problems.throwIfRefused(channel.code());
        return new V12Request(channel.kind(), null, postSchema, body, putSchema, body, problems.notCarried());
    }

    /**
     * An online service: per language its address (the channel's name as the link text), the
     * accessibility level of its statement (v12 keeps the level only), support e-mails and phones;
     * electronic signature (with the number of signatures) and identification.
     */
    PostEServiceChannelRequest echannel(EChannel c, UUID owner, Problems problems) {
        Map<Language, EServiceChannelLanguageVersionRequest> versions = V12Values.perLanguage();
        for (Language language : c.languages()) {
            versions.put(language, new EServiceChannelLanguageVersionRequest()
                    .name(name(c, language, problems)).summary(V12Values.oneLine(c.summary(), language))
                    .description(description(c, language, problems))
                    .accessibilityClassificationLevel(accessibility(c.accessibilityClassification(), language, problems))
                    .webAddress(webAddress(c.urls().get(language).orElse(null), c, language, problems))
                    .attachmentLinks(new ArrayList<>())
                    .supportEmails(V12Values.emails(c.supportEmails(), language))
                    .supportPhoneNumbers(V12Values.telephones(c.supportPhones(), language, "supportPhones", problems)));
        }
        Integer signatures = c.signatureQuantity();
        if (c.requiresSignature() && (signatures == null || signatures < 1 || signatures > 9)) {
            problems.refuse("signatureQuantity", "v12-range", "PTV v12 needs the number of signatures, 1-9, when one is required");
        }
        return new PostEServiceChannelRequest()
                .organizationContentId(owner)
                .allowedConnectionType(AllowedConnectionType.OWN_ORGANIZATIONS)
                .serviceLanguages(V12Values.serviceLanguages(c.serviceLanguages(), c.languages(), problems))
                .area(V12Values.area(c.areaType(), c.areas(), problems))
                .languageVersions(V12Values.languageVersions(versions, EServiceChannelLanguageVersionsRequest.class))
                .electronicSignature(c.requiresSignature()
                        ? new SignatureRequest(new SignatureRequiredRequest().type(SignatureRequiredRequest.TypeEnum.REQUIRED)
                                .numberOfRequiredSignatures(signatures))
                        : new SignatureRequest(new SignatureNotRequiredRequest().type(SignatureNotRequiredRequest.TypeEnum.NOT_REQUIRED)))
                .electronicIdentification(c.requiresAuthentication() ? ElectronicIdentification.REQUIRED : ElectronicIdentification.NOT_REQUIRED);
    }

    /** A phone service: per language its numbers, support e-mails and one web page (v12 holds one a language). */
    PostTelephoneChannelRequest phone(PhoneChannel c, UUID owner, Problems problems) {
        Map<Language, TelephoneChannelLanguageVersionRequest> versions = V12Values.perLanguage();
        for (Language language : c.languages()) {
            WebAddressNameRequest web = new WebAddressNameRequest();
            boolean first = true;
            for (int i = 0; i < c.webPages().size(); i++) {
                WebPage page = c.webPages().get(i);
                if (page.language() != language) {
                    continue;
                }
                if (first) {
                    web.url(page.url()).name(V12Values.limited(page.name(), 500, "webPages[" + i + "].name", problems));
                    first = false;
                } else {
                    problems.notCarried("webPages[" + i + "]", "PTV v12 keeps one web page a language for a phone channel");
                }
            }
            versions.put(language, new TelephoneChannelLanguageVersionRequest()
                    .name(name(c, language, problems)).summary(V12Values.oneLine(c.summary(), language))
                    .description(description(c, language, problems))
                    .webAddress(web)
                    .supportEmails(V12Values.emails(c.supportEmails(), language))
                    .phoneNumbers(V12Values.telephones(c.phoneNumbers(), language, "phoneNumbers", problems)));
        }
        return new PostTelephoneChannelRequest()
                .organizationContentId(owner)
                .allowedConnectionType(AllowedConnectionType.OWN_ORGANIZATIONS)
                .serviceLanguages(V12Values.serviceLanguages(c.serviceLanguages(), c.languages(), problems))
                .area(V12Values.area(c.areaType(), c.areas(), problems))
                .languageVersions(V12Values.languageVersions(versions, TelephoneChannelLanguageVersionsRequest.class));
    }

    /**
     * A service point: per language the alternative name (primary when {@code displayNameType} says
     * AlternativeName), web pages, fax and phone numbers, e-mails; the addresses of type Location as
     * its {@code location}, postal ones as its {@code contactAddresses}, with coordinates in
     * ETRS-TM35FIN.
     */
    PostServiceLocationChannelRequest serviceLocation(ServiceLocationChannel c, UUID owner, Problems problems) {
        Map<Language, ServiceLocationChannelLanguageVersionRequest> versions = V12Values.perLanguage();
        for (Language language : c.languages()) {
            List<WebPageRequest> pages = new ArrayList<>();
            for (int i = 0; i < c.webPages().size(); i++) {
                WebPage page = c.webPages().get(i);
                if (page.language() == language) {
                    pages.add(new WebPageRequest().name(V12Values.webPageName(page, "webPages[" + i + "]", 100, problems)).url(page.url()));
                }
            }
            List<FaxNumberRequest> faxes = new ArrayList<>();
            String alternativeName = V12Values.limited(c.alternativeNames().get(language).orElse(null), 300,
                    "alternativeNames." + language.code(), problems);
            versions.put(language, new ServiceLocationChannelLanguageVersionRequest()
                    .name(name(c, language, problems)).summary(V12Values.oneLine(c.summary(), language))
                    .description(description(c, language, problems))
                    .alternativeName(alternativeName)
                    .isAlternativeNamePrimary(V12Values.alternativeNameShown(c.displayNameType(), language) && alternativeName != null)
                    .contactWebPages(pages)
                    .contactFaxNumbers(faxes)
                    .contactEmails(V12Values.emails(c.emails(), language))
                    .contactPhoneNumbers(V12Values.telephones(c.phoneNumbers(), language, "phoneNumbers", problems, Set.of("Fax"))));
        }
        V12Values.emailDescriptionsNotCarried(c.emails(), "emails", problems);
        for (int i = 0; i < c.faxNumbers().size(); i++) {
            problems.notCarried("faxNumbers[" + i + "]", "PTV v12 needs a charge type for a fax number, which the PAT model does not carry");
        }
        ServiceLocationChannelContactAddressesRequest contact = new ServiceLocationChannelContactAddressesRequest()
                .foreignAddresses(new ArrayList<>()).postOfficeBoxAddresses(new ArrayList<>()).streetAddresses(new ArrayList<>());
        ServiceLocationChannelLocationRequest location = new ServiceLocationChannelLocationRequest()
                .foreignAddresses(new ArrayList<>()).streetAddresses(new ArrayList<>()).otherAddresses(new ArrayList<>());
        V12Values.sortAddresses(c.addresses(), new V12Values.AddressLists(contact::addPostOfficeBoxAddressesItem,
                contact::addForeignAddressesItem, contact::addStreetAddressesItem, location::addForeignAddressesItem,
                location::addOtherAddressesItem, location::addStreetAddressesItem), "location", problems);
        return new PostServiceLocationChannelRequest()
                .organizationContentId(owner)
                .allowedConnectionType(AllowedConnectionType.OWN_ORGANIZATIONS)
                .serviceLanguages(V12Values.serviceLanguages(c.serviceLanguages(), c.languages(), problems))
                .area(V12Values.area(c.areaType(), c.areas(), problems))
                .languageVersions(V12Values.languageVersions(versions, ServiceLocationChannelLanguageVersionsRequest.class))
                .contactAddresses(contact)
                .location(location);
    }

    /**
     * A printable form: per language its identifier and files (v12 names each file: the form's
     * name in that language), support e-mails and phones; the delivery address as
     * {@link #deliveryAddress} says.
     */
    PostPrintableFormChannelRequest printableForm(PrintableFormChannel c, UUID owner, Problems problems) {
        Map<Language, PrintableFormChannelLanguageVersionRequest> versions = V12Values.perLanguage();
        for (Language language : c.languages()) {
            List<PrintableFormChannelLanguageVersionRequestFormFilesInner> files = new ArrayList<>();
            for (int i = 0; i < c.formUrls().size(); i++) {
                PrintableFormUrl url = c.formUrls().get(i);
                if (url.language() == language) {
                    files.add(new PrintableFormChannelLanguageVersionRequestFormFilesInner()
                            .name(V12Values.limited(c.names().get(language).orElse(null), 100, "names." + language.code(), problems))
                            .url(url.url()).type(fileType(url.type(), "formUrls[" + i + "].type", problems)));
                }
            }
            if (files.isEmpty()) {
                problems.refuse("formUrls", "v12-required", "PTV v12 needs at least one form file in " + language.code());
            }
            versions.put(language, new PrintableFormChannelLanguageVersionRequest()
                    .name(name(c, language, problems)).summary(V12Values.oneLine(c.summary(), language))
                    .description(description(c, language, problems))
                    .attachmentLinks(new ArrayList<>())
                    .supportEmails(V12Values.emails(c.supportEmails(), language))
                    .supportPhoneNumbers(V12Values.telephones(c.supportPhones(), language, "supportPhones", problems))
                    .formIdentifier(V12Values.limited(c.formIdentifier().get(language).orElse(null), 100,
                            "formIdentifier." + language.code(), problems))
                    .formFiles(files));
        }
        List<DeliveryAddressRequest> delivery = new ArrayList<>();
        DeliveryAddress address = c.deliveryAddress();
        if (address != null) {
            delivery.add(deliveryAddress(address, problems));
        }
        return new PostPrintableFormChannelRequest()
                .organizationContentId(owner)
                .allowedConnectionType(AllowedConnectionType.OWN_ORGANIZATIONS)
                .serviceLanguages(V12Values.serviceLanguages(c.serviceLanguages(), c.languages(), problems))
                .area(V12Values.area(c.areaType(), c.areas(), problems))
                .languageVersions(V12Values.languageVersions(versions, PrintableFormChannelLanguageVersionsRequest.class))
                .deliveryAddresses(delivery);
    }

    /**
     * The form's delivery address as v12's: a post office box, a street address (no coordinates:
     * the PAT model gives a delivery address none), or an address told as free text
     * ({@code DeliveryInformation}); the receiver per language as v12's recipient.
     */
    private static DeliveryAddressRequest deliveryAddress(DeliveryAddress address, Problems problems) {
        PostOfficeBoxDeliveryAddressRequestRecipient recipient = V12Values.localized(address.receiver(),
                PostOfficeBoxDeliveryAddressRequestRecipient.class);
        PostOfficeBoxAddressRequestAdditionalInformation information = V12Values.localized(address.additionalInformation(),
                PostOfficeBoxAddressRequestAdditionalInformation.class);
        if (address.municipalityCode() != null && !address.municipalityCode().isBlank()) {
            problems.notCarried("deliveryAddress.municipalityCode", "PTV v12 takes no municipality with an address (the postal code gives it)");
        }
        switch (String.valueOf(address.subType())) {
            case "PostOfficeBox" -> {
                return new DeliveryAddressRequest(new PostOfficeBoxDeliveryAddressRequest()
                        .deliveryAddressType(PostOfficeBoxDeliveryAddressRequest.DeliveryAddressTypeEnum.POST_OFFICE_BOX)
                        .postalCode(address.postalCode())
                        .postOfficeBox(V12Values.localized(address.postOfficeBox(), PostOfficeBoxAddressRequestPostOfficeBox.class))
                        .additionalInformation(information).recipient(recipient));
            }
            case "NoAddress" -> {
                return new DeliveryAddressRequest(new DeliveryInformationDeliveryAddressRequest()
                        .deliveryAddressType(DeliveryInformationDeliveryAddressRequest.DeliveryAddressTypeEnum.DELIVERY_INFORMATION)
                        .deliveryInformation(V12Values.localized(address.addressText(), PostOfficeBoxAddressRequestAdditionalInformation.class))
                        .recipient(recipient));
            }
            default -> {
                String number = V12Values.limited(address.streetNumber(), 30, "deliveryAddress.streetNumber", problems);
                if (number == null) {
                    problems.refuse("deliveryAddress.streetNumber", "v12-required", "PTV v12 needs the number of a street address");
                }
                return new DeliveryAddressRequest(new StreetAddressDeliveryAddressRequest()
                        .deliveryAddressType(StreetAddressDeliveryAddressRequest.DeliveryAddressTypeEnum.STREET_ADDRESS)
                        .streetName(V12Values.localized(address.street(), StreetAddressRequestStreetName.class))
                        .addressDetail(number).postalCode(address.postalCode()).coordinates(null)
                        .additionalInformation(information).recipient(recipient));
            }
        }
    }

    /** A web page: per language its address (the channel's name as the link text), accessibility level, support e-mails and phones. */
    PostWebPageChannelRequest webPage(WebPageChannel c, UUID owner, Problems problems) {
        Map<Language, WebPageChannelLanguageVersionRequest> versions = V12Values.perLanguage();
        for (Language language : c.languages()) {
            versions.put(language, new WebPageChannelLanguageVersionRequest()
                    .name(name(c, language, problems)).summary(V12Values.oneLine(c.summary(), language))
                    .description(description(c, language, problems))
                    .accessibilityClassificationLevel(accessibility(c.accessibilityClassification(), language, problems))
                    .webAddress(webAddress(c.urls().get(language).orElse(null), c, language, problems))
                    .supportEmails(V12Values.emails(c.supportEmails(), language))
                    .supportPhoneNumbers(V12Values.telephones(c.supportPhones(), language, "supportPhones", problems)));
        }
        return new PostWebPageChannelRequest()
                .organizationContentId(owner)
                .allowedConnectionType(AllowedConnectionType.OWN_ORGANIZATIONS)
                .serviceLanguages(V12Values.serviceLanguages(c.serviceLanguages(), c.languages(), problems))
                .area(V12Values.area(c.areaType(), c.areas(), problems))
                .languageVersions(V12Values.languageVersions(versions, WebPageChannelLanguageVersionsRequest.class));
    }

    private static String name(ServiceChannel c, Language language, Problems problems) {
        return V12Values.limited(c.names().get(language).orElse(null), 300, "names." + language.code(), problems);
    }

    private static String description(ServiceChannel c, Language language, Problems problems) {
        String description = V12Values.markdown(c.description(), language, DESCRIPTION_MAX, "description", problems);
        if (description == null) {
            problems.refuse("description." + language.code(), "v12-required", "PTV v12 needs a channel's description in every language");
        }
        return description;
    }

    private static WebAddressRequiredRequestSchema webAddress(String url, ServiceChannel c, Language language, Problems problems) {
        if (url == null) {
            problems.refuse("urls." + language.code(), "v12-required", "PTV v12 needs the channel's address in every language");
        }
        return new WebAddressRequiredRequestSchema().url(url)
                .name(V12Values.limited(c.names().get(language).orElse(null), 500, "names." + language.code(), problems));
    }

    /** v12 keeps the level of the accessibility statement; its WCAG level, name and address are not carried. */
    private static AccessibilityClassificationLevel accessibility(List<AccessibilityClassification> statements, Language language,
            Problems problems) {
        for (int i = 0; i < statements.size(); i++) {
            AccessibilityClassification statement = statements.get(i);
            if (statement.language() != language) {
                continue;
            }
            String at = "accessibilityClassification[" + i + "]";
            if (statement.wcagLevel() != null || statement.statementName() != null || statement.statementUrl() != null) {
                problems.notCarried(at, "PTV v12 keeps the accessibility level only (not the WCAG level, statement name or address)");
            }
            try {
                return AccessibilityClassificationLevel.fromValue(statement.level());
            } catch (IllegalArgumentException e) {
                problems.refuse(at + ".level", "v12-unknown", "PTV v12 has no accessibility level '" + statement.level() + "'");
                return null;
            }
        }
        problems.refuse("accessibilityClassification", "v12-required",
                "PTV v12 needs the accessibility level of the channel in " + language.code());
        return null;
    }

    private static PrintableFormChannelLanguageVersionRequestFormFilesInner.TypeEnum fileType(String type, String patPath,
            Problems problems) {
        String v12 = type == null ? "" : type.toLowerCase(Locale.ROOT);
        for (var value : PrintableFormChannelLanguageVersionRequestFormFilesInner.TypeEnum.values()) {
            if (value.getValue().equals(v12)) {
                return value;
            }
        }
        problems.refuse(patPath, "v12-unknown", "PTV v12 takes form files of type rtf, doc, pdf, odt or excel, not '" + type + "'");
        return null;
    }
}
