package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * An area where a service or channel is offered, when {@code areaType} is {@code LimitedType}.
 *
 * @param type Municipality, Region, BusinessSubRegion or HospitalDistrict (PTV's area types)
 * @param codes the area codes, e.g. municipality codes {@code 853} (Turku)
 */
public record Area(String type, List<String> codes) {
    public Area {
        codes = Values.list(codes);
    }
}
