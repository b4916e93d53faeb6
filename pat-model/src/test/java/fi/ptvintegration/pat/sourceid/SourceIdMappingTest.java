package fi.ptvintegration.pat.sourceid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceIdMappingTest {

    private final SourceIdMapping mapping = new SourceIdMapping("turku-");

    @Test
    void lettersDigitsAndDashesPassUnchangedAfterThePrefix() {
        assertThat(mapping.toSourceId("uimahallit-2026").sourceId()).contains("turku-uimahallit-2026");
    }

    @Test
    void otherCharactersAreEscapedWithADotAndTheirUtf8Bytes() {
        assertThat(mapping.toSourceId("palvelu_12").sourceId()).contains("turku-palvelu.5F12");
        assertThat(mapping.toSourceId("a.b").sourceId()).contains("turku-a.2Eb");
        assertThat(mapping.toSourceId("Äänekoski").sourceId()).contains("turku-.C3.84.C3.A4nekoski");
        assertThat(mapping.toSourceId("x/y z").sourceId()).contains("turku-x.2Fy.20z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uimahallit", "palvelu_12", "a.b", "Äänekoski", "x/y z", "..", ".2E", "kirjasto:pääkirjasto", "€", "-"})
    void everySourceIdIsInPtvsAlphabetAndDecodesToItsCode(String code) {
        String sourceId = mapping.toSourceId(code).sourceId().orElseThrow();

        assertThat(sourceId).matches(SourceIdMapping.PTV_SOURCE_ID);
        assertThat(mapping.toCode(sourceId)).contains(code);
    }

    @Test
    void differentCodesNeverShareASourceId() {
        List<String> codes = List.of("a.b", "a_b", "a.2Eb", "a-b", "A-b", "a b", "a.5Fb");
        Set<String> sourceIds = new HashSet<>();
        for (String code : codes) {
            sourceIds.add(mapping.toSourceId(code).sourceId().orElseThrow());
        }
        assertThat(sourceIds).hasSameSizeAs(codes);
    }

    @Test
    void aSourceIdThisMappingDidNotMakeDecodesToNothing() {
        assertThat(mapping.toCode("espoo-uimahallit")).as("other prefix").isEmpty();
        assertThat(mapping.toCode("turku-a.2eb")).as("lower-case escape").isEmpty();
        assertThat(mapping.toCode("turku-a.2")).as("cut escape").isEmpty();
        assertThat(mapping.toCode("turku-a.5A")).as("escape of a plain letter").isEmpty();
        assertThat(mapping.toCode("turku-a_b")).as("not PTV's alphabet").isEmpty();
    }

    @Test
    void aCodeTooLongForPtvIsRefusedWithTheReason() {
        SourceIdMapping.Result result = mapping.toSourceId("ä".repeat(20));

        assertThat(result.isMapped()).isFalse();
        assertThat(result.refusal()).contains("at most 100");
        assertThat(mapping.toSourceId("").refusal()).contains("empty");
        assertThat(mapping.toSourceId("x".repeat(94)).isMapped()).isTrue();
        assertThat(mapping.toSourceId("x".repeat(95)).isMapped()).isFalse();
    }

    @Test
    void thePrefixMustBeMadeOfSourceIdCharactersWithoutADot() {
        assertThatThrownBy(() -> new SourceIdMapping("turku.")).hasMessageContaining("only letters");
        assertThatThrownBy(() -> new SourceIdMapping("turku_")).hasMessageContaining("only letters");
        assertThat(new SourceIdMapping(null).toSourceId("x").sourceId()).contains("x");
    }
}
