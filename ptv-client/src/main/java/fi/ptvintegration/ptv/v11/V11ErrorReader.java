package fi.ptvintegration.ptv.v11;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a v11 error answer means: a 400's map of PTV property names to messages becomes
 * field errors named in PAT terms where the property is known ({@code OrganizationNames} is
 * {@code names}), keeping PTV's own name otherwise; "already exists" on a create means the
 * sourceId is taken; "status Modified" means unsaved edits in PTV's editor block the write;
 * "You cannot delete organization ... attached!" (a 500, PTV 3.4's {@code OrganizationService})
 * means PTV refused to archive an organisation that services, channels or users still belong to.
 */
final class V11ErrorReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MODIFIED = Pattern.compile("(?i)status\\s*'?\"?Modified");
    private static final Pattern ORGANIZATION_IN_USE = Pattern.compile("(?i)cannot delete organization[^.]*\\..*attached");

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

    private V11ErrorReader() {}

    static PtvApiException explain(PtvApiException failure, PtvCall call) {
        String body = failure.responseBody();
        boolean alreadyExists = failure.status() == 400 && body != null && body.toLowerCase(Locale.ROOT).contains("already exists");
        boolean modified = failure.status() >= 400 && failure.status() < 500 && body != null && MODIFIED.matcher(body).find();
        List<PtvApiException.FieldError> errors = failure.status() == 400 && !alreadyExists ? fieldErrors(body) : List.of();
        boolean inUse = failure.status() >= 400 && body != null && ORGANIZATION_IN_USE.matcher(body).find();
        return failure.explained(call, alreadyExists, modified, errors, inUse);
    }

    /** The refused fields of a 400; one error naming PTV's whole answer when it names no field. */
    static List<PtvApiException.FieldError> fieldErrors(String ptvBody) {
        List<PtvApiException.FieldError> errors = new ArrayList<>();
        JsonNode body;
        try {
            body = ptvBody == null ? null : JSON.readTree(ptvBody);
        } catch (Exception e) {
            body = null;
        }
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(field -> {
                String patPath = patPath(field.getKey());
                if (field.getValue().isArray()) {
                    field.getValue().forEach(m -> errors.add(new PtvApiException.FieldError(patPath, field.getKey(), m.asText())));
                } else {
                    errors.add(new PtvApiException.FieldError(patPath, field.getKey(), field.getValue().asText()));
                }
            });
        }
        if (errors.isEmpty()) {
            errors.add(new PtvApiException.FieldError("", null, ptvBody == null ? "no detail" : abbreviate(ptvBody)));
        }
        return errors;
    }

    static String patPath(String ptvProperty) {
        String key = ptvProperty.strip();
        String firstSegment = key.split("[.\\[]", 2)[0];
        String pat = FIELDS.get(firstSegment.toLowerCase(Locale.ROOT));
        return pat == null ? key : pat + key.substring(firstSegment.length());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
