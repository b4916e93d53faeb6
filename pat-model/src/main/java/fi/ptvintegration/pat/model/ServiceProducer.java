package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * Who produces a service and how.
 *
 * @param provisionType SelfProducedServices, ProcuredServices or Other
 * @param organizationCodes PAT codes of the producing organisations
 * @param additionalInformation e.g. a producer outside PTV, at most 150 characters per language
 */
public record ServiceProducer(String provisionType, List<String> organizationCodes, LocalizedText additionalInformation) {
    public ServiceProducer {
        organizationCodes = Values.list(organizationCodes);
        additionalInformation = Values.text(additionalInformation);
    }
}
