package fi.ptvintegration.pat.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Finnish postal codes (Posti) and municipality codes (Statistics Finland) shipped with this
 * bundle under {@code fi/ptvintegration/pat/reference/}, for the checks PTV itself makes.
 */
public final class ReferenceData {

    private static final ReferenceData BUNDLED = load();

    private final Set<String> postalCodes;
    private final Set<String> municipalityCodes;

    public ReferenceData(Set<String> postalCodes, Set<String> municipalityCodes) {
        this.postalCodes = Set.copyOf(postalCodes);
        this.municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** The lists shipped with this version of the application. */
    public static ReferenceData bundled() {
        return BUNDLED;
    }

    public boolean isPostalCode(String code) {
        return postalCodes.contains(code);
    }

    public boolean isMunicipalityCode(String code) {
        return municipalityCodes.contains(code);
    }

    public int postalCodeCount() {
        return postalCodes.size();
    }

    public int municipalityCount() {
        return municipalityCodes.size();
    }

    private static ReferenceData load() {
        return new ReferenceData(firstColumn("postal-codes-fi.csv", 1), firstColumn("municipalities-fi.csv", 0));
    }

    private static Set<String> firstColumn(String file, int column) {
        Set<String> codes = new HashSet<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream("/fi/ptvintegration/pat/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + file + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length > column && !cells[column].isBlank()) {
                    codes.add(cells[column].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
        return codes;
    }
}
