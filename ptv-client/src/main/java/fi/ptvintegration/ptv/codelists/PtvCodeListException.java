package fi.ptvintegration.ptv.codelists;

/** A code list could not be read whole from PTV; the message says which call failed and how, never a key. */
public class PtvCodeListException extends Exception {

    private static final long serialVersionUID = 1L;

    public PtvCodeListException(String message) {
        super(message);
    }

    public PtvCodeListException(String message, Throwable cause) {
        super(message, cause);
    }
}
