package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.ptv.codelists.CodeListEntry;
import fi.ptvintegration.ptv.codelists.PtvCodeList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists shipped with the application (pat-model's {@code reference/}: Statistics Finland's
 * municipalities, Posti's postal codes), which seed the database at the first start so that
 * Drupal has them before PTV was ever reached.
 */
final class ShippedCodeLists {

    private static final String REFERENCE = "/fi/ptvintegration/pat/reference/";

    private ShippedCodeLists() {}

    static Map<PtvCodeList, List<CodeListEntry>> all() {
        return Map.of(PtvCodeList.MUNICIPALITIES, municipalities(), PtvCodeList.POSTAL_CODES, postalCodes());
    }

    /** code,name_fi,name_sv,name_en,status,code_scheme */
    static List<CodeListEntry> municipalities() {
        List<CodeListEntry> entries = new ArrayList<>();
        for (String[] cells : rows("municipalities-fi.csv")) {
            entries.add(new CodeListEntry(cells[0].strip(), null, names("fi", cells[1], "sv", cells[2], "en", cells[3]), List.of(),
                    "VALID".equals(cells[4].strip())));
        }
        return entries;
    }

    /** date,postcode,postcode_fi_name,postcode_sv_name,... (Posti's fields) */
    static List<CodeListEntry> postalCodes() {
        List<CodeListEntry> entries = new ArrayList<>();
        for (String[] cells : rows("postal-codes-fi.csv")) {
            entries.add(new CodeListEntry(cells[1].strip(), null, names("fi", cells[2], "sv", cells[3], "en", ""), List.of(), true));
        }
        return entries;
    }

    private static Map<String, String> names(String... languageAndName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < languageAndName.length; i += 2) {
            if (!languageAndName[i + 1].isBlank()) {
                names.put(languageAndName[i], languageAndName[i + 1].strip());
            }
        }
        return names;
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream(REFERENCE + file)) {
            if (in == null) {
                throw new IllegalStateException("shipped code list " + file + " is missing from pat-model");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped code list " + file, e);
        }
        return rows;
    }
}
