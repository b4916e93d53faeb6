package fi.ptvintegration.ptv.v12;

import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.v12.generated.model.ConnectionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service's offerings (palvelutarjous) to PTV API v12's {@code ConnectionRequest}s, one per
 * offering. Pure. v12's request is only {@code {serviceContentId, channelContentId}}: the extra
 * information of a connection (charge type, service hours, description, prices), which v11 took
 * with the connection and v12's read model shows, has no place in the beta document's requests;
 * each offering that has some says so in {@link Connections#notCarried()}.
 */
public final class ConnectionMapper {

    /** The requests, and the offering fields they leave out ({@code offerings[i].field}). */
    public record Connections(List<ConnectionRequest> requests, List<Violation> notCarried) {}

    /**
     * @param channelIds PTV id of each offering's channel, by channel code; every offering's channel must be there
     */
    public Connections toV12(String serviceId, List<ServiceOffering> offerings, Map<String, String> channelIds) {
        Problems problems = new Problems();
        UUID service = V12Values.contentId(serviceId, "serviceCode", problems);
        List<ConnectionRequest> requests = new ArrayList<>();
        for (int i = 0; i < offerings.size(); i++) {
            ServiceOffering offering = offerings.get(i);
            String at = "offerings[" + i + "]";
            requests.add(new ConnectionRequest().serviceContentId(service)
                    .channelContentId(V12Values.contentId(channelIds.get(offering.channelCode()), at + ".channelCode", problems)));
            if (offering.chargeType() != null) {
                problems.notCarried(at + ".chargeType", "PTV v12's connection request has no charge type");
            }
            if (!offering.description().isEmpty()) {
                problems.notCarried(at + ".description", "PTV v12's connection request has no description");
            }
            if (!offering.conditions().isEmpty()) {
                problems.notCarried(at + ".conditions", "PTV v12's connection request has no description");
            }
            if (!offering.prices().isEmpty()) {
                problems.notCarried(at + ".prices", "PTV v12's connection request has no charge information");
            }
            if (!offering.serviceHours().isEmpty()) {
                problems.notCarried(at + ".serviceHours", "PTV v12's connection request has no service hours");
            }
            if (offering.contactDetails() != null) {
                problems.notCarried(at + ".contactDetails", "PTV v12's connection request has no contact details");
            }
        }
        problems.throwIfRefused(serviceId);
        return new Connections(requests, problems.notCarried());
    }
}
