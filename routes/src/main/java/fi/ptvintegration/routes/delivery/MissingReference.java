package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import java.util.List;

/**
 * A record refers to another that is not in PTV yet (a service's organisation, a connection's
 * channel). Depending on configuration the delivery waits for it (retries) or fails with this reason.
 */
public class MissingReference extends CallRefusal {

    private static final long serialVersionUID = 1L;

    private final RecordKind kind;
    private final String code;

    public MissingReference(RecordKind kind, String code, String field, String pushPath) {
        super(422, "validation", kind.jsonName() + " '" + code + "' is not in PTV yet",
                List.of(new Violation(field, "not-in-ptv", "push " + kind.jsonName() + " '" + code + "' to PTV first: "
                        + pushPath + "/post/" + code)));
        this.kind = kind;
        this.code = code;
    }

    public RecordKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
