package fi.ptvintegration.pat.web;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Web addresses as editors write them and as PTV takes them. Editors paste links with letters
 * such as ä in the path ({@code https://www.vaasa.fi/lomakkeet/hakemus_päivähoito.pdf}), spaces
 * or an internationalised host; PTV takes plain ASCII URLs. {@link #toAscii} writes every
 * character outside ASCII's printable URL characters as UTF-8 percent-escapes (RFC 3986 section
 * 2.1), leaves escapes already there alone, and writes a non-ASCII host in punycode (IDNA), so
 * the address means the same resource and a browser shows it the same way. Pure.
 */
public final class WebAddress {

    private WebAddress() {}

    /**
     * The address in ASCII: non-ASCII characters, spaces and the characters RFC 3986 never allows
     * ({@code "<>\^`{|}}) percent-encoded as UTF-8; a non-ASCII host in punycode. An ASCII address
     * that needs nothing comes back unchanged.
     */
    public static String toAscii(String url) {
        if (url == null) {
            return null;
        }
        String value = url.strip();
        int schemeEnd = value.indexOf("://");
        if (schemeEnd > 0) {
            int hostStart = schemeEnd + 3;
            int hostEnd = hostStart;
            while (hostEnd < value.length() && "/?#".indexOf(value.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            String authority = value.substring(hostStart, hostEnd);
            String asciiAuthority = asciiAuthority(authority);
            if (asciiAuthority != null) {
                value = value.substring(0, hostStart) + asciiAuthority + value.substring(hostEnd);
            }
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                out.append(value, i, i + 3);
                i += 3;
                continue;
            }
            if (codePoint > 0x20 && codePoint < 0x7f && "\"<>\\^`{|}%".indexOf(codePoint) < 0) {
                out.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
            i += width;
        }
        return out.toString();
    }

    /** The address as a {@link URI}, after {@link #toAscii}; empty when it still cannot be parsed. */
    public static Optional<URI> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(toAscii(url)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Why the address cannot be parsed even after {@link #toAscii}, for a message. */
    public static String parseError(String url) {
        try {
            new URI(toAscii(url));
            return "";
        } catch (URISyntaxException e) {
            return e.getReason();
        }
    }

    /** The authority with a non-ASCII host in punycode; null when it is ASCII already or cannot be converted. */
    private static String asciiAuthority(String authority) {
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            return userInfo + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
