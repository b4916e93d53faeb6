package fi.ptvintegration.ptv.port;

import java.util.Objects;

/**
 * Which item an update goes to: by PTV id when this system knows it, else by sourceId (v11 has
 * both; v12 has only content ids).
 */
public sealed interface PtvTarget {

    record ById(String ptvId) implements PtvTarget {
        public ById {
            Objects.requireNonNull(ptvId, "ptvId");
        }
    }

    record BySourceId(String sourceId) implements PtvTarget {
        public BySourceId {
            Objects.requireNonNull(sourceId, "sourceId");
        }
    }

    static PtvTarget byId(String ptvId) {
        return new ById(ptvId);
    }

    static PtvTarget bySourceId(String sourceId) {
        return new BySourceId(sourceId);
    }
}
