package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.ptvintegration.ptv.codelists.PtvCodeList;
import fi.ptvintegration.routes.http.CallRefusal;
import org.junit.jupiter.api.Test;

class CodeListRequestTest {

    @Test
    void givenNoParameters_thenTheFirstPageOfTwentyValidEntries() {
        CodeListRequest request = CodeListRequest.parse("ontology-terms", null, null, null, null, null, null);

        assertThat(request.list()).isEqualTo(PtvCodeList.ONTOLOGY_TERMS);
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.pageSize()).isEqualTo(20);
        assertThat(request.includeInvalid()).isFalse();
    }

    @Test
    void givenAnUnknownList_thenA404NamesEveryListThereIs() {
        assertThatThrownBy(() -> CodeListRequest.parse("galaxies", null, null, null, null, null, null))
                .isInstanceOfSatisfying(CallRefusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(404);
                    assertThat(refusal.error()).isEqualTo("unknown-list");
                    assertThat(refusal.getMessage()).contains("'galaxies'", "service-classes", "ontology-terms", "target-groups",
                            "life-events", "industrial-classes", "municipalities", "regions", "wellbeing-services-counties",
                            "postal-codes", "languages", "countries");
                });
    }

    @Test
    void givenAQueryOverTheLimitOrWithControlCharacters_thenA400() {
        assertBadQuery("x".repeat(101), null, null, "at most 100");
        assertBadQuery("uima\u0000h", null, null, "control characters");
        assertBadQuery("uima\nh", null, null, "control characters");
        assertThat(CodeListRequest.parse("ontology-terms", "ä".repeat(100), null, null, null, null, null).text()).hasSize(100);
    }

    @Test
    void givenALanguagePageOrPageSizeOutOfRange_thenA400() {
        assertBadQuery(null, "de", null, "fi, sv or en");
        assertBadQuery(null, null, "0", "page must be 1..");
        assertThatThrownBy(() -> CodeListRequest.parse("languages", null, null, null, null, null, "101"))
                .hasMessageContaining("pageSize must be 1..100");
        assertThatThrownBy(() -> CodeListRequest.parse("languages", null, null, null, "yes", null, null))
                .hasMessageContaining("true or false");
    }

    @Test
    void aPageFarPastTheEndIsAllowed() {
        assertThat(CodeListRequest.parse("languages", null, null, null, null, "5000", null).page()).isEqualTo(5000);
    }

    @Test
    void equalRequestsHaveEqualCanonicalFormsWhateverTheCaseOfTheQuery() {
        assertThat(CodeListRequest.parse("languages", "Ruotsi", null, null, null, null, null).canonical())
                .isEqualTo(CodeListRequest.parse("languages", "ruotsi ", null, null, null, "1", "20").canonical())
                .isNotEqualTo(CodeListRequest.parse("languages", "ruotsi", null, null, null, "2", null).canonical());
    }

    private static void assertBadQuery(String q, String lang, String page, String message) {
        assertThatThrownBy(() -> CodeListRequest.parse("ontology-terms", q, null, lang, null, page, null))
                .isInstanceOfSatisfying(CallRefusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.error()).isEqualTo("bad-query");
                    assertThat(refusal.getMessage()).contains(message);
                });
    }
}
