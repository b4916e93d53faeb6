package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.WebPage;
import fi.ptvintegration.ptv.v12.generated.model.CompanyMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.CompanyMainOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.CompanySubMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.CompanySubOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.LocalizedOrganizationLanguageVersionsRequest;
import fi.ptvintegration.ptv.v12.generated.model.MunicipalityMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.MunicipalityMainOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.MunicipalityOrganizationAreaRequest;
import fi.ptvintegration.ptv.v12.generated.model.MunicipalitySubOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.MunicipalitySubOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.NonProfitMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.NonProfitMainOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.NonProfitSubOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.NonProfitSubOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.OrganizationContactAddressesRequest;
import fi.ptvintegration.ptv.v12.generated.model.OrganizationLocationRequest;
import fi.ptvintegration.ptv.v12.generated.model.PostOrganizationLanguageVersion;
import fi.ptvintegration.ptv.v12.generated.model.PostOrganizationLanguageVersionContactEmailsInner;
import fi.ptvintegration.ptv.v12.generated.model.PostOrganizationLanguageVersionContactWebPagesInner;
import fi.ptvintegration.ptv.v12.generated.model.RegionalMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.RegionalMainOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.RegionalSubOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.RegionalSubOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.StateMainOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.StateMainOrganizationRequest;
import fi.ptvintegration.ptv.v12.generated.model.StateSubOrganizationExternalIdRequest;
import fi.ptvintegration.ptv.v12.generated.model.StateSubOrganizationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PAT organisation to PTV API v12's organisation requests. Pure: the record, its sourceId (sent as
 * v12's {@code externalId}) and the parent's PTV id in, the generated request models out.
 *
 * <p>v12 has one request per organisation type (State, Municipality, RegionalOrganization,
 * Organization = non-profit, Company), main or sub (a sub-organisation names its parent); the create
 * body is the {@code *ExternalIdRequest} variant, the update body the one without (v12's {@code Put}
 * schemas have no {@code externalId}). Texts per language in {@code languageVersions}: name,
 * alternative name (primary when {@code displayNameType} says AlternativeName), summary, the
 * description as Markdown (2,500 rendered characters), the language's e-mails, web pages and
 * phones. Visiting addresses are the {@code location}, postal ones the {@code contactAddresses};
 * coordinates in ETRS-TM35FIN. v12 requires a business id. A municipality's area is its own
 * municipality; a regional organisation's a limited area.
 */
public final class OrganizationMapper {

    /** v12 request classes per organisation type: main with externalId, main, sub with externalId, sub. */
    private record Classes(Class<?> mainCreate, Class<?> mainUpdate, Class<?> subCreate, Class<?> subUpdate) {}

    private static final Map<String, Classes> CLASSES = Map.of(
            "State", new Classes(StateMainOrganizationExternalIdRequest.class, StateMainOrganizationRequest.class,
                    StateSubOrganizationExternalIdRequest.class, StateSubOrganizationRequest.class),
            "Municipality", new Classes(MunicipalityMainOrganizationExternalIdRequest.class, MunicipalityMainOrganizationRequest.class,
                    MunicipalitySubOrganizationExternalIdRequest.class, MunicipalitySubOrganizationRequest.class),
            "RegionalOrganization", new Classes(RegionalMainOrganizationExternalIdRequest.class, RegionalMainOrganizationRequest.class,
                    RegionalSubOrganizationExternalIdRequest.class, RegionalSubOrganizationRequest.class),
            "Organization", new Classes(NonProfitMainOrganizationExternalIdRequest.class, NonProfitMainOrganizationRequest.class,
                    NonProfitSubOrganizationExternalIdRequest.class, NonProfitSubOrganizationRequest.class),
            "Company", new Classes(CompanyMainOrganizationExternalIdRequest.class, CompanyMainOrganizationRequest.class,
                    CompanySubMainOrganizationExternalIdRequest.class, CompanySubOrganizationRequest.class));

    static final int DESCRIPTION_MAX = 2500;

    /**
     * @param parentOrganizationPtvId the parent's PTV id, null for a main organisation
     * @throws V12Unmappable when v12 cannot take the record as it is
     */
    public V12Request toV12(Organization org, String sourceId, String parentOrganizationPtvId) {
        Problems problems = new Problems();
        Classes classes = CLASSES.get(org.organizationType());
        if (classes == null) {
            problems.refuse("organizationType", "v12-unknown", "PTV v12 has no organisation type '" + org.organizationType() + "'");
        }
        if (org.businessCode() == null || org.businessCode().isBlank()) {
            problems.refuse("businessCode", "v12-required", "PTV v12 needs the business id (Y-tunnus) of every organisation");
        }
        ObjectNode body = V12Json.MAPPER.createObjectNode();
        body.put("businessId", org.businessCode());
        body.set("eInvoiceAddresses", V12Json.MAPPER.createArrayNode());
        addresses(org, body, problems);
        body.set("languageVersions", V12Json.MAPPER.valueToTree(languageVersions(org, problems)));
        body.put("oid", org.oid() == null || org.oid().isBlank() ? null : org.oid().strip());
        body.put("organizationType", org.organizationType());
        body.set("area", V12Json.MAPPER.valueToTree(area(org, problems)));
        boolean sub = parentOrganizationPtvId != null;
        if (sub) {
            body.put("parentOrganizationContentId",
                    String.valueOf(V12Values.contentId(parentOrganizationPtvId, "parentOrganizationCode", problems)));
        }
        problems.throwIfRefused(org.code());
        ObjectNode update = body.deepCopy();
        body.put("externalId", sourceId);
        Class<?> createType = sub ? classes.subCreate() : classes.mainCreate();
        Class<?> updateType = sub ? classes.subUpdate() : classes.mainUpdate();
        return new V12Request(RecordKind.ORGANIZATION, sourceId,
                sub ? "PostSubOrganizationExternalIdReques" : "PostMainOrganizationExternalIdRequest",
                V12Json.MAPPER.convertValue(body, createType),
                sub ? "PutSubOrganizationRequest" : "PutMainOrganizationRequest",
                V12Json.MAPPER.convertValue(update, updateType),
                problems.notCarried());
    }

    private static LocalizedOrganizationLanguageVersionsRequest languageVersions(Organization org, Problems problems) {
        Map<Language, PostOrganizationLanguageVersion> versions = V12Values.perLanguage();
        for (Language language : org.languages()) {
            String alternativeName = V12Values.oneLine(org.alternativeNames(), language);
            List<PostOrganizationLanguageVersionContactWebPagesInner> pages = new ArrayList<>();
            for (int i = 0; i < org.webPages().size(); i++) {
                WebPage page = org.webPages().get(i);
                if (page.language() == language) {
                    pages.add(new PostOrganizationLanguageVersionContactWebPagesInner()
                            .name(V12Values.webPageName(page, "webPages[" + i + "]", 100, problems)).url(page.url()));
                }
            }
            List<PostOrganizationLanguageVersionContactEmailsInner> emails = new ArrayList<>();
            for (int i = 0; i < org.emails().size(); i++) {
                var email = org.emails().get(i);
                if (email.language() == language) {
                    emails.add(new PostOrganizationLanguageVersionContactEmailsInner().email(email.address())
                            .additionalInformation(V12Values.limited(email.description(), 150, "emails[" + i + "].description", problems)));
                }
            }
            versions.put(language, new PostOrganizationLanguageVersion()
                    .name(V12Values.oneLine(org.names(), language))
                    .alternativeName(alternativeName)
                    .isAlternativeNamePrimary(V12Values.alternativeNameShown(org.displayNameType(), language) && alternativeName != null)
                    .summary(V12Values.oneLine(org.summary(), language))
                    .description(V12Values.markdown(org.description(), language, DESCRIPTION_MAX, "description", problems))
                    .contactEmails(emails)
                    .contactWebPages(pages)
                    .contactPhoneNumbers(V12Values.telephones(org.phoneNumbers(), language, "phoneNumbers", problems)));
        }
        return V12Values.languageVersions(versions, LocalizedOrganizationLanguageVersionsRequest.class);
    }

    /** Visiting addresses are where the organisation is ({@code location}), postal ones how it is reached ({@code contactAddresses}). */
    private static void addresses(Organization org, ObjectNode body, Problems problems) {
        OrganizationContactAddressesRequest contact = new OrganizationContactAddressesRequest()
                .foreignAddresses(new ArrayList<>()).postOfficeBoxAddresses(new ArrayList<>()).streetAddresses(new ArrayList<>());
        OrganizationLocationRequest location = new OrganizationLocationRequest()
                .foreignAddresses(new ArrayList<>()).streetAddresses(new ArrayList<>()).otherAddresses(new ArrayList<>());
        V12Values.sortAddresses(org.addresses(), new V12Values.AddressLists(contact::addPostOfficeBoxAddressesItem,
                contact::addForeignAddressesItem, contact::addStreetAddressesItem, location::addForeignAddressesItem,
                location::addOtherAddressesItem, location::addStreetAddressesItem), "visiting address", problems);
        body.set("contactAddresses", V12Json.MAPPER.valueToTree(contact));
        body.set("location", V12Json.MAPPER.valueToTree(location));
    }

    /** A municipality's area is itself; a regional organisation's is a limited area; the others take any area. */
    private static Object area(Organization org, Problems problems) {
        if ("Municipality".equals(org.organizationType())) {
            String municipality = org.municipalityCode();
            if (municipality == null || municipality.isBlank()) {
                municipality = org.areas().stream().filter(a -> "Municipality".equals(a.type())).flatMap(a -> a.codes().stream())
                        .findFirst().orElse(null);
            }
            if (municipality == null) {
                problems.refuse("municipalityCode", "v12-required", "PTV v12 needs the municipality of a municipality organisation");
            }
            return new MunicipalityOrganizationAreaRequest().areaType(MunicipalityOrganizationAreaRequest.AreaTypeEnum.LIMITED_AREA)
                    .municipalities(municipality == null ? List.of() : List.of(municipality));
        }
        if ("RegionalOrganization".equals(org.organizationType())) {
            if (!"LimitedType".equals(org.areaType())) {
                problems.refuse("areaType", "v12-required", "PTV v12 limits a regional organisation's area: give areaType LimitedType");
            }
            List<Area> areas = org.areas();
            return V12Values.limitedArea(areas, problems);
        }
        var area = V12Values.area(org.areaType(), org.areas(), problems);
        return area == null ? null : area.getActualInstance();
    }
}
