package fi.ptvintegration.routes.http;

/** An accepted call's answer body, which names its outcome for the integration log. */
public interface CallOutcome {
    String outcome();

    /** The PTV id the call concerns, if any. */
    default String ptvId() {
        return null;
    }
}
