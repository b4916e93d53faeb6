package fi.ptvintegration.routes.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns PTV's 400 answer, a map of PTV property names to messages, into violations named in PAT
 * terms where the property is known ({@code OrganizationNames} is {@code names}), keeping PTV's
 * own name and message otherwise. The raw answer is kept in the integration log as it came.
 */
public final class PtvErrorTranslator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** PTV property (lower case, first path segment) to PAT field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("organizationnames", "names"),
            Map.entry("servicenames", "names"),
            Map.entry("servicechannelnames", "names"),
            Map.entry("organizationdescriptions", "description"),
            Map.entry("servicedescriptions", "description"),
            Map.entry("servicechanneldescriptions", "description"),
            Map.entry("displaynametype", "displayNameType"),
            Map.entry("organizationtype", "organizationType"),
            Map.entry("publishingstatus", "publishingStatus"),
            Map.entry("businesscode", "businessCode"),
            Map.entry("municipality", "municipalityCode"),
            Map.entry("areatype", "areaType"),
            Map.entry("subareatype", "areas"),
            Map.entry("areas", "areas"),
            Map.entry("emails", "emails"),
            Map.entry("phonenumbers", "phoneNumbers"),
            Map.entry("webpages", "webPages"),
            Map.entry("addresses", "addresses"),
            Map.entry("sourceid", "code"),
            Map.entry("parentorganizationid", "parentOrganizationCode"),
            Map.entry("languages", "languages"),
            Map.entry("fundingtype", "fundingType"),
            Map.entry("serviceproducers", "producers"),
            Map.entry("serviceclasses", "serviceClasses"),
            Map.entry("ontologyterms", "ontologyTerms"),
            Map.entry("targetgroups", "targetGroups"));

    private PtvErrorTranslator() {}

    public static List<Violation> violations(String ptvBody) {
        List<Violation> violations = new ArrayList<>();
        JsonNode body;
        try {
            body = ptvBody == null ? null : JSON.readTree(ptvBody);
        } catch (Exception e) {
            body = null;
        }
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(field -> {
                String patPath = patPath(field.getKey());
                List<String> messages = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(m -> messages.add(m.asText()));
                } else {
                    messages.add(field.getValue().asText());
                }
                for (String message : messages) {
                    violations.add(new Violation(patPath, "ptv", "PTV: " + field.getKey() + ": " + message));
                }
            });
        }
        if (violations.isEmpty()) {
            violations.add(new Violation("", "ptv", "PTV: " + (ptvBody == null ? "no detail" : abbreviate(ptvBody))));
        }
        return violations;
    }

    /** True for PTV's answer to a POST with a sourceId it already has. */
    public static boolean saysAlreadyExists(String ptvBody) {
        return ptvBody != null && ptvBody.toLowerCase(Locale.ROOT).contains("already exists");
    }

    static String patPath(String ptvProperty) {
        String key = ptvProperty.strip();
        String first = key.split("[.\\[]", 2)[0].toLowerCase(Locale.ROOT);
        String rest = key.substring(Math.min(key.length(), key.split("[.\\[]", 2)[0].length()));
        String pat = FIELDS.get(first);
        return pat == null ? key : pat + rest;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
