package fi.ptvintegration.ptv.adapters;

import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.v11.V11Adapter;

/**
 * Makes the {@link PtvPort} for the configured API version ({@code api.version} of
 * {@code fi.ptvintegration.ptv}): the only place that knows which adapters exist.
 */
public final class PtvAdapters {

    private PtvAdapters() {}

    /** The port for one PTV API account; {@code settings.apiVersion()} picks the adapter. */
    public static PtvPort connect(PtvClientSettings settings, PtvTokenSource tokens) {
        return switch (settings.apiVersion()) {
            case "v11" -> new V11Adapter(settings, tokens);
            default -> throw new IllegalArgumentException("PTV API version '" + settings.apiVersion()
                    + "' has no adapter here; this system speaks v11");
        };
    }
}
