package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of PAT record, with the JSON name Drupal uses for each. The names of the channel
 * kinds are the ones in the push endpoints ({@code /cxf/ptv/servicechannel/<kind>/...}).
 */
public enum RecordKind {
    ORGANIZATION("organization", Namespace.ORGANIZATION),
    SERVICE("service", Namespace.SERVICE),
    ECHANNEL("echannel", Namespace.CHANNEL),
    PHONE("phone", Namespace.CHANNEL),
    SERVICE_LOCATION("servicelocation", Namespace.CHANNEL),
    PRINTABLE_FORM("printableform", Namespace.CHANNEL),
    WEB_PAGE("webpage", Namespace.CHANNEL),
    OFFERING("offering", Namespace.OFFERING);

    /**
     * Codes are unique within a namespace. PTV gives organisations, services and service
     * channels (all five kinds together) a sourceId namespace each; offerings are the PAT's own.
     */
    public enum Namespace {
        ORGANIZATION, SERVICE, CHANNEL, OFFERING
    }

    private final String jsonName;
    private final Namespace namespace;

    RecordKind(String jsonName, Namespace namespace) {
        this.jsonName = jsonName;
        this.namespace = namespace;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    public Namespace namespace() {
        return namespace;
    }

    public boolean isChannel() {
        return namespace == Namespace.CHANNEL;
    }

    public static Optional<RecordKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
    }

    @JsonCreator
    static RecordKind fromJson(String name) {
        return fromJsonName(name).orElseThrow(() -> new IllegalArgumentException("unknown kind '" + name + "'"));
    }
}
