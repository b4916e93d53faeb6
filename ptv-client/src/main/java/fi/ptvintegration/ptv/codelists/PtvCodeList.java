package fi.ptvintegration.ptv.codelists;

import java.util.Arrays;
import java.util.Optional;

/**
 * PTV's code lists as this system keeps them: the id used in {@code /cxf/codelists/{list}}, the
 * path of the list in PTV's v12 API ({@code /api/v12/...}, public, paged with {@code page} and
 * {@code pageSize}), and where v11 has the same list, its {@code CodeList} path. v11 has no
 * service classes, ontology terms, target groups, life events, industrial classes or wellbeing
 * services counties among its code lists.
 */
public enum PtvCodeList {
    SERVICE_CLASSES("service-classes", "service-classes", null),
    ONTOLOGY_TERMS("ontology-terms", "ontology-terms", null),
    TARGET_GROUPS("target-groups", "target-groups", null),
    LIFE_EVENTS("life-events", "life-events", null),
    INDUSTRIAL_CLASSES("industrial-classes", "industrial-classes", null),
    MUNICIPALITIES("municipalities", "municipality-codes", "CodeList/GetMunicipalityCodes"),
    REGIONS("regions", "region-codes", "CodeList/GetAreaCodes/type/Region"),
    WELLBEING_SERVICES_COUNTIES("wellbeing-services-counties", "wellbeing-services-county-codes", null),
    POSTAL_CODES("postal-codes", "postal-codes", "CodeList/GetPostalCodes"),
    LANGUAGES("languages", "language-codes", "CodeList/GetLanguageCodes"),
    COUNTRIES("countries", "country-codes", "CodeList/GetCountryCodes");

    private final String id;
    private final String v12Path;
    private final String v11Path;

    PtvCodeList(String id, String v12Path, String v11Path) {
        this.id = id;
        this.v12Path = v12Path;
        this.v11Path = v11Path;
    }

    /** The list's name in this system's API, e.g. {@code ontology-terms}. */
    public String id() {
        return id;
    }

    /** The path segment after {@code /api/v12/}. */
    public String v12Path() {
        return v12Path;
    }

    /** The path after {@code /api/v11/}, when v11 offers the list. */
    public Optional<String> v11Path() {
        return Optional.ofNullable(v11Path);
    }

    /** Whether entries are known by URI (classifications) rather than by a code only. */
    public boolean identifiedByUri() {
        return v11Path == null && this != WELLBEING_SERVICES_COUNTIES;
    }

    /** v11 pages only its postal codes ({@code ?page=}); its other lists come whole. */
    boolean pagedInV11() {
        return this == POSTAL_CODES;
    }

    public static Optional<PtvCodeList> byId(String id) {
        return Arrays.stream(values()).filter(list -> list.id.equals(id)).findFirst();
    }
}
