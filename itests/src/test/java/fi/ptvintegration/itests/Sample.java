package fi.ptvintegration.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One real PTV read-model item of the samples copied to {@code src/test/resources/ptv-samples/}
 * (Vaasa v8 and v9, Mikkeli/Otavia v11; CC BY 4.0, provenance in that folder's README).
 *
 * @param version v8, v9 or v11
 * @param kind Organization, Service, EChannel, Phone, ServiceLocation, PrintableForm or WebPage
 * @param file the file under ptv-samples/
 * @param item the item as PTV answered it
 */
record Sample(String version, String kind, String file, JsonNode item) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/ptv-samples/";

    String id() {
        return item.path("id").asText();
    }

    /** Every sample listed in {@code ptv-samples/index.txt}, in its order: organisations, channels, services. */
    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String line : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] parts = line.split("/");
            String version = parts[0];
            String kind = switch (parts[1]) {
                case "organizations" -> "Organization";
                case "services" -> "Service";
                default -> parts[2];
            };
            try {
                samples.add(new Sample(version, kind, line, JSON.readTree(read(line))));
            } catch (IOException e) {
                throw new UncheckedIOException("sample " + line, e);
            }
        }
        return samples;
    }

    private static String read(String name) {
        try (InputStream in = Sample.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
