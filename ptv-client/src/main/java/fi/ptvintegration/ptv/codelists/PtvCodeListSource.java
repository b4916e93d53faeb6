package fi.ptvintegration.ptv.codelists;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where PTV's code lists are read: PTV's v12 API when its base URL is set (all lists; its API
 * gateway wants the {@code x-api-key} header when a key is given), otherwise the v11 API the
 * system writes to (municipalities, regions, postal codes, languages and countries only). The key
 * is never shown: {@link #toString()} leaves it out.
 *
 * @param v12BaseUrl e.g. {@code https://api-gw.palvelutietovaranto.trn.suomi.fi}, or null for none
 * @param v12ApiKey the gateway's API key, or null
 * @param v11BaseUrl the v11 API's base (without {@code /api/v11}), or null for none
 * @param v11Version the v11 version segment, e.g. {@code v11}
 */
public record PtvCodeListSource(URI v12BaseUrl, String v12ApiKey, URI v11BaseUrl, String v11Version,
        Duration connectTimeout, Duration requestTimeout) {

    public PtvCodeListSource {
        Objects.requireNonNull(connectTimeout, "connect timeout");
        Objects.requireNonNull(requestTimeout, "request timeout");
        v12BaseUrl = strip(v12BaseUrl);
        v11BaseUrl = strip(v11BaseUrl);
        v12ApiKey = v12ApiKey == null || v12ApiKey.isBlank() ? null : v12ApiKey.strip();
        for (URI base : new URI[] {v12BaseUrl, v11BaseUrl}) {
            if (base != null && (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null
                    || base.getUserInfo() != null || base.getRawQuery() != null)) {
                throw new IllegalArgumentException("code-list base URL '" + base.getScheme() + "://" + base.getHost()
                        + "...' must be an absolute http or https URL without credentials or query");
            }
        }
    }

    /** Which API a list is read from here, or null when neither offers it. */
    public String apiFor(PtvCodeList list) {
        if (v12BaseUrl != null) {
            return "v12";
        }
        if (v11BaseUrl != null && list.v11Path().isPresent()) {
            return v11Version;
        }
        return null;
    }

    @Override
    public String toString() {
        return "PtvCodeListSource[v12=" + v12BaseUrl + (v12ApiKey == null ? "" : " with API key") + ", v11=" + v11BaseUrl + "]";
    }

    private static URI strip(URI uri) {
        if (uri == null || uri.toString().isBlank()) {
            return null;
        }
        String text = uri.toString().strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
