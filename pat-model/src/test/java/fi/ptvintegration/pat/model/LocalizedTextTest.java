package fi.ptvintegration.pat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsEveryLanguageFromJsonKeyedByCode() throws Exception {
        // Given the PAT JSON form of a name in Finnish, Swedish and English
        String json = "{\"fi\":\"Uimahalli\",\"sv\":\"Simhall\",\"en\":\"Swimming hall\"}";

        // When it is read
        LocalizedText text = mapper.readValue(json, LocalizedText.class);

        // Then no language is dropped
        assertThat(text.get(Language.FI)).contains("Uimahalli");
        assertThat(text.get(Language.SV)).contains("Simhall");
        assertThat(text.get(Language.EN)).contains("Swimming hall");
        assertThat(text.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
    }

    @Test
    void writesBackTheSameJson() throws Exception {
        LocalizedText text = LocalizedText.of(Map.of(Language.SV, "Simhall", Language.FI, "Uimahalli"));

        String json = mapper.writeValueAsString(text);

        assertThat(json).isEqualTo("{\"fi\":\"Uimahalli\",\"sv\":\"Simhall\"}");
        assertThat(mapper.readValue(json, LocalizedText.class)).isEqualTo(text);
    }

    @Test
    void blankTextCountsAsMissingSoValidationCanCatchIt() {
        LocalizedText text = LocalizedText.of(Map.of(Language.FI, "Uimahalli", Language.SV, "   "));

        assertThat(text.has(Language.SV)).as("a blank Swedish text is not a Swedish text").isFalse();
        assertThat(text.get(Language.FI)).contains("Uimahalli");
    }

    @Test
    void unknownLanguageCodeIsRefusedWithTheCodeNamed() {
        assertThatThrownBy(() -> mapper.readValue("{\"de\":\"Hallenbad\"}", LocalizedText.class))
                .hasMessageContaining("'de'")
                .hasMessageContaining("fi, sv, en");
    }

    @Test
    void languageCodesAreCaseInsensitive() {
        assertThat(Language.fromCode(" SV ")).contains(Language.SV);
        assertThat(Language.fromCode("se")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
    }

    @Test
    void unknownLanguageFailsAsAJsonMappingProblemNotAnInternalError() {
        assertThatThrownBy(() -> mapper.readValue("\"de\"", Language.class))
                .isInstanceOf(ValueInstantiationException.class);
    }
}
