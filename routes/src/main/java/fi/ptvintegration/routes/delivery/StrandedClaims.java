package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims this node made whose outcome it could not record because the database failed under the
 * attempt (PTV may well have been called). Without them the rows would stay in flight until their
 * lease ran out (two minutes by default) although this node knows at once that nobody is working
 * on them. Given back ({@link DeliveryStore#releaseClaim}: due now, noted as possibly in PTV) as
 * soon as the database answers again; each release is fenced, so a claim another node has taken
 * over meanwhile is left alone. Held in memory: if this node dies meanwhile, the lease takes over.
 */
public class StrandedClaims {

    private static final Logger LOG = LoggerFactory.getLogger(StrandedClaims.class);

    private final ConcurrentMap<Long, Delivery> claims = new ConcurrentHashMap<>();

    public void add(Delivery claim) {
        claims.put(claim.id(), claim);
    }

    public int size() {
        return claims.size();
    }

    /**
     * Gives every stranded claim back; stops at the first database failure, keeping the rest.
     *
     * @return how many were given back now
     * @throws SQLException when the database is still unavailable
     */
    public int releaseAll(DeliveryStore deliveries) throws SQLException {
        int released = 0;
        for (Delivery claim : List.copyOf(claims.values())) {
            if (deliveries.releaseClaim(claim)) {
                released++;
                LOG.info("Delivery {} of {} '{}' is back in the queue: this node could not record the outcome of its attempt {}"
                        + " while the database was unavailable", claim.id(), claim.kind(), claim.code(), claim.attempts());
            } else {
                LOG.info("Delivery {} was taken over by another node while the database was unavailable; this node leaves it",
                        claim.id());
            }
            claims.remove(claim.id(), claim);
        }
        return released;
    }
}
