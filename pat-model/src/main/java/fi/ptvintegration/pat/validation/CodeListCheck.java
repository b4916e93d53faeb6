package fi.ptvintegration.pat.validation;

import fi.ptvintegration.pat.model.Area;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the classifications a record uses against the current code lists: a service's service
 * classes, ontology terms (FINTO/YSO), target groups, life events and industrial classes, and the
 * region codes of any record's areas. A value the list does not hold is a violation (rule
 * {@code unknown-code}) naming the field, the value and the closest valid entries; a value the
 * list marks not valid is a warning (rule {@code not-valid}): PTV may still take it today; a field
 * whose list has never been loaded is not checked and gets a warning (rule
 * {@code code-list-not-loaded}). Postal and municipality codes stay with {@link PatValidator}
 * and its shipped lists.
 *
 * <p>Pure: everything it knows comes from the {@link CodeListLookup} it is given.
 */
public final class CodeListCheck {

    public static final String SERVICE_CLASSES = "service-classes";
    public static final String ONTOLOGY_TERMS = "ontology-terms";
    public static final String TARGET_GROUPS = "target-groups";
    public static final String LIFE_EVENTS = "life-events";
    public static final String INDUSTRIAL_CLASSES = "industrial-classes";
    public static final String REGIONS = "regions";

    /** The ids of the lists this check consults. */
    public static final Set<String> LISTS =
            Set.of(SERVICE_CLASSES, ONTOLOGY_TERMS, TARGET_GROUPS, LIFE_EVENTS, INDUSTRIAL_CLASSES, REGIONS);

    static final int SUGGESTIONS = 3;

    /** Names of the lists in messages. */
    private static final Map<String, String> TITLES = Map.of(
            SERVICE_CLASSES, "service classes",
            ONTOLOGY_TERMS, "ontology terms (FINTO)",
            TARGET_GROUPS, "target groups",
            LIFE_EVENTS, "life events",
            INDUSTRIAL_CLASSES, "industrial classes",
            REGIONS, "regions");

    private final CodeListLookup lookup;

    public CodeListCheck(CodeListLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * What the check found: violations refuse the record; warnings go with the answer.
     *
     * @param violations values the lists do not hold
     * @param warnings values no longer valid, and fields left unchecked because their list was never loaded
     */
    public record Findings(List<Violation> violations, List<Violation> warnings) {
        public Findings {
            violations = List.copyOf(violations);
            warnings = List.copyOf(warnings);
        }
    }

    public Findings check(PatRecord record) {
        List<Violation> violations = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        if (record instanceof Service service) {
            values(SERVICE_CLASSES, "serviceClasses", service.serviceClasses(), violations, warnings);
            values(ONTOLOGY_TERMS, "ontologyTerms", service.ontologyTerms(), violations, warnings);
            values(TARGET_GROUPS, "targetGroups", service.targetGroups(), violations, warnings);
            values(LIFE_EVENTS, "lifeEvents", service.lifeEvents(), violations, warnings);
            values(INDUSTRIAL_CLASSES, "industrialClasses", service.industrialClasses(), violations, warnings);
        }
        List<Area> areas = areasOf(record);
        for (int i = 0; i < areas.size(); i++) {
            if ("Region".equals(areas.get(i).type())) {
                values(REGIONS, "areas[" + i + "].codes", areas.get(i).codes(), violations, warnings);
            }
        }
        return new Findings(violations, warnings);
    }

    private void values(String list, String field, List<String> values, List<Violation> violations, List<Violation> warnings) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (present.isEmpty()) {
            return;
        }
        String title = TITLES.get(list);
        if (!lookup.isLoaded(list)) {
            warnings.add(new Violation(field, "code-list-not-loaded", "PTV's " + title
                    + " have not been loaded yet, so " + quoted(present) + " went unchecked"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            String path = field + "[" + i + "]";
            Optional<Boolean> valid = lookup.isValid(list, value.strip());
            if (valid.isEmpty()) {
                List<CodeListLookup.Suggestion> closest = lookup.closest(list, value.strip(), SUGGESTIONS);
                violations.add(new Violation(path, "unknown-code", "'" + value + "' is not in PTV's " + title
                        + (closest.isEmpty() ? "" : "; closest valid: "
                                + closest.stream().map(CodeListLookup.Suggestion::toString).collect(Collectors.joining(", ")))));
            } else if (!valid.get()) {
                String label = lookup.label(list, value.strip()).map(l -> " (" + l + ")").orElse("");
                warnings.add(new Violation(path, "not-valid", "'" + value + "'" + label + " is marked no longer valid in PTV's "
                        + title + "; PTV may refuse it, choose a valid one"));
            }
        }
    }

    private static String quoted(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>(values);
        return distinct.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    private static List<Area> areasOf(PatRecord record) {
        if (record instanceof Service service) {
            return service.areas();
        } else if (record instanceof Organization organization) {
            return organization.areas();
        } else if (record instanceof ServiceChannel channel) {
            return channel.areas();
        }
        return List.of();
    }
}
