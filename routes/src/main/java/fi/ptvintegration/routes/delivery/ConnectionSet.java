package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.PatStore;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The connections a service has in PTV, reduced to one SHA-256: each offering sent as a
 * connection by its code, its stored content hash and its channel's code. The connection step
 * records the hash PTV confirmed ({@code ptv_item.connections_hash}); the daily sync computes the
 * hash of the connections the service should have and updates the service when the two differ,
 * although the service record itself did not change (an offering added, changed or removed, a
 * channel removed or created).
 */
public final class ConnectionSet {

    /** One connection: the offering that makes it and the channel it goes to. */
    public record Member(String offeringCode, String offeringHash, String channelCode) {}

    private ConnectionSet() {}

    /** The hash of a set of connections; the same set in any order gives the same hash. */
    public static String hash(Collection<Member> members) {
        return PatStore.contentHash(members.stream()
                .map(m -> m.offeringCode() + '\t' + m.offeringHash() + '\t' + m.channelCode())
                .sorted()
                .collect(Collectors.joining("\n")));
    }
}
