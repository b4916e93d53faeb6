package fi.ptvintegration.ptv.adapters;

import fi.ptvintegration.ptv.http.PtvApiKey;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.v11.V11Adapter;
import fi.ptvintegration.ptv.v12.V12Adapter;

/**
 * Makes the {@link PtvPort} for the configured API version ({@code api.version} of
 * {@code fi.ptvintegration.ptv}): the only place that knows which adapters exist.
 */
public final class PtvAdapters {

    private PtvAdapters() {}

    /** The port for one PTV API account; {@code settings.apiVersion()} picks the adapter. v12 without an API key. */
    public static PtvPort connect(PtvClientSettings settings, PtvTokenSource tokens) {
        return connect(settings, tokens, PtvApiKey.none());
    }

    /**
     * The port for one PTV API account: v11 with the account's tokens, v12 with the integration's
     * API key ({@code x-api-key}; reads only, its writes answer {@link fi.ptvintegration.ptv.port.PtvWritesUnavailable}).
     */
    public static PtvPort connect(PtvClientSettings settings, PtvTokenSource tokens, PtvApiKey apiKey) {
        return switch (settings.apiVersion()) {
            case "v11" -> new V11Adapter(settings, tokens);
            case "v12" -> new V12Adapter(settings, apiKey);
            default -> throw new IllegalArgumentException("PTV API version '" + settings.apiVersion()
                    + "' has no adapter here; this system speaks v11 and v12 (v12 reads only until DVV publishes its write paths)");
        };
    }
}
