package fi.ptvintegration.pat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CodeListCheckTest {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String SWIMMING_HALLS = "http://www.yso.fi/onto/koko/p11070";
    private static final String SPORTS = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1";
    private static final String CITIZENS = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1";

    /** Lists held in maps: value → valid; a list absent from the map was never loaded. */
    private final Map<String, Map<String, Boolean>> lists = new HashMap<>();

    private final CodeListLookup lookup = new CodeListLookup() {
        @Override
        public boolean isLoaded(String list) {
            return lists.containsKey(list);
        }

        @Override
        public Optional<Boolean> isValid(String list, String codeOrUri) {
            return Optional.ofNullable(lists.getOrDefault(list, Map.of()).get(codeOrUri));
        }

        @Override
        public Optional<String> label(String list, String codeOrUri) {
            return Optional.of("label of " + codeOrUri);
        }

        @Override
        public List<Suggestion> closest(String list, String value, int limit) {
            return lists.getOrDefault(list, Map.of()).entrySet().stream()
                    .filter(Map.Entry::getValue)
                    .map(e -> new Suggestion(e.getKey(), "uimahallit"))
                    .limit(limit)
                    .toList();
        }
    };

    private CodeListCheck.Findings checkService(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = JSON.valueToTree(PatJson.example("service"));
        edit.accept(tree);
        return new CodeListCheck(lookup).check(JSON.treeToValue(tree, PatRecord.class));
    }

    private void loadEveryServiceList() {
        lists.put(CodeListCheck.SERVICE_CLASSES, Map.of(SPORTS, true));
        lists.put(CodeListCheck.ONTOLOGY_TERMS, Map.of(SWIMMING_HALLS, true, "http://www.yso.fi/onto/koko/p1", false));
        lists.put(CodeListCheck.TARGET_GROUPS, Map.of(CITIZENS, true, "KR1", true));
        lists.put(CodeListCheck.LIFE_EVENTS, Map.of("KE1", true));
        lists.put(CodeListCheck.INDUSTRIAL_CLASSES, Map.of());
        lists.put(CodeListCheck.REGIONS, Map.of("02", true));
    }

    @Test
    void givenEveryListLoaded_whenTheExampleServiceIsChecked_thenNothingIsFound() throws Exception {
        loadEveryServiceList();

        CodeListCheck.Findings findings = checkService(service -> {});

        assertThat(findings.violations()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void givenAnOntologyTermNotInTheList_whenChecked_thenItIsRefusedNamingFieldValueAndClosestEntries() throws Exception {
        loadEveryServiceList();

        CodeListCheck.Findings findings = checkService(service ->
                service.putArray("ontologyTerms").add(SWIMMING_HALLS).add("http://www.yso.fi/onto/koko/p999999"));

        assertThat(findings.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ontologyTerms[1]");
            assertThat(v.rule()).isEqualTo("unknown-code");
            assertThat(v.message()).contains("'http://www.yso.fi/onto/koko/p999999'", "ontology terms",
                    "closest valid: " + SWIMMING_HALLS + " (uimahallit)");
        });
    }

    @Test
    void givenATermMarkedNotValid_whenChecked_thenItIsAWarningAndNotARefusal() throws Exception {
        loadEveryServiceList();

        CodeListCheck.Findings findings = checkService(service ->
                service.putArray("ontologyTerms").add("http://www.yso.fi/onto/koko/p1"));

        assertThat(findings.violations()).isEmpty();
        assertThat(findings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("ontologyTerms[0]");
            assertThat(w.rule()).isEqualTo("not-valid");
            assertThat(w.message()).contains("label of http://www.yso.fi/onto/koko/p1", "no longer valid");
        });
    }

    @Test
    void givenAListNeverLoaded_whenChecked_thenItsFieldIsSkippedWithOneWarning() throws Exception {
        loadEveryServiceList();
        lists.remove(CodeListCheck.ONTOLOGY_TERMS);

        CodeListCheck.Findings findings = checkService(service ->
                service.putArray("ontologyTerms").add("http://example.org/anything").add("http://example.org/else"));

        assertThat(findings.violations()).isEmpty();
        assertThat(findings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("ontologyTerms");
            assertThat(w.rule()).isEqualTo("code-list-not-loaded");
            assertThat(w.message()).contains("'http://example.org/anything', 'http://example.org/else'");
        });
    }

    @Test
    void givenNoListLoadedAtAll_whenChecked_thenEveryUsedFieldGetsAWarningAndEmptyFieldsNone() throws Exception {
        CodeListCheck.Findings findings = new CodeListCheck(CodeListLookup.none()).check(PatJson.example("service"));

        assertThat(findings.violations()).isEmpty();
        assertThat(findings.warnings()).extracting(Violation::path)
                .containsExactly("serviceClasses", "ontologyTerms", "targetGroups");
    }

    @Test
    void givenATargetGroupGivenByItsCode_whenTheListHoldsTheCode_thenItPasses() throws Exception {
        loadEveryServiceList();

        CodeListCheck.Findings findings = checkService(service -> service.putArray("targetGroups").add("KR1"));

        assertThat(findings.violations()).isEmpty();
    }

    @Test
    void givenAnUnknownRegionCodeInAnOrganisationsAreas_whenChecked_thenTheAreaCodeIsRefused() throws Exception {
        loadEveryServiceList();
        ObjectNode organization = JSON.valueToTree(PatJson.example("organization"));
        organization.put("areaType", "LimitedType");
        organization.putArray("areas").addObject().put("type", "Region").putArray("codes").add("02").add("99");

        CodeListCheck.Findings findings = new CodeListCheck(lookup).check(JSON.treeToValue(organization, PatRecord.class));

        assertThat(findings.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("areas[0].codes[1]");
            assertThat(v.message()).contains("'99'", "regions");
        });
    }

    @Test
    void municipalityAreasAreLeftToTheValidatorsShippedList() throws Exception {
        CodeListCheck.Findings findings = new CodeListCheck(lookup).check(PatJson.example("organization"));

        assertThat(findings.violations()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }
}
