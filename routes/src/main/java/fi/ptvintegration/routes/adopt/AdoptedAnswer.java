package fi.ptvintegration.routes.adopt;

import com.fasterxml.jackson.annotation.JsonValue;
import fi.ptvintegration.routes.http.CallOutcome;

/** The answer of an adoption, to Drupal or an admin: the record, the PTV item it is linked to now, its status and name in PTV. */
public record AdoptedAnswer(AdoptionService.Adopted adopted) implements CallOutcome {

    @Override
    public String outcome() {
        return "adopted";
    }

    @Override
    public String ptvId() {
        return adopted.ptvId();
    }

    @JsonValue
    public AdoptionService.Adopted json() {
        return adopted;
    }
}
