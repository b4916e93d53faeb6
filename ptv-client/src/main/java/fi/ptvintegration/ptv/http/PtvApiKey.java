package fi.ptvintegration.ptv.http;

/**
 * The API key PTV API v12 wants in the {@code x-api-key} header of every call (DVV gives one per
 * integration). Comes from the environment ({@code PTV_API_KEY} through {@code api.key} of
 * {@code etc/fi.ptvintegration.ptv.cfg}); never in {@link #toString()}, and so never in a log.
 */
public final class PtvApiKey {

    private static final PtvApiKey NONE = new PtvApiKey(null);

    private final String value;

    private PtvApiKey(String value) {
        this.value = value;
    }

    /** A key; a blank one is no key. */
    public static PtvApiKey of(String value) {
        return value == null || value.isBlank() ? NONE : new PtvApiKey(value.strip());
    }

    public static PtvApiKey none() {
        return NONE;
    }

    public boolean isPresent() {
        return value != null;
    }

    /** The key itself, for the header only; null when there is none. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return isPresent() ? "PtvApiKey[***]" : "PtvApiKey[none]";
    }
}
