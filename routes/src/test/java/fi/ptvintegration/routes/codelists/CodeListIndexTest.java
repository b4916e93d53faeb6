package fi.ptvintegration.routes.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.ptv.codelists.CodeListEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeListIndexTest {

    private static final String KOKO = "http://www.yso.fi/onto/koko/";

    private static CodeListEntry term(String id, String fi, String sv, String en, boolean valid) {
        return new CodeListEntry(null, KOKO + id, Map.of("fi", fi, "sv", sv, "en", en), List.of(KOKO + "p1"), valid);
    }

    private final CodeListIndex terms = new CodeListIndex("ontology-terms",
            new CodeListState("ontology-terms", "v12", 6, "h", null, null, null, null), List.of(
                    term("p11070", "Uimahallit", "simhallar", "indoor swimming pools", true),
                    term("p2000", "uimarannat", "badstränder", "beaches", true),
                    term("p3000", "maauimalat", "friluftsbad", "open-air swimming pools", true),
                    term("p4000", "Äänekosken kirjasto", "Äänekoski bibliotek", "Äänekoski library", true),
                    term("p5000", "uimahallit (vanha)", "simhallar (gammal)", "swimming halls (old)", false),
                    term("p6000", "uima", "simning", "swimming", true)));

    private List<String> found(String text, String language) {
        return terms.search(new CodeListIndex.Query(text, language, false, 1, 20)).entries().stream()
                .map(e -> e.id().substring(KOKO.length())).toList();
    }

    @Test
    void aPrefixOfAFinnishWordFindsItCaseInsensitively() {
        assertThat(found("uimah", null)).containsExactly("p11070");
        assertThat(found("UIMA", null)).startsWith("p6000").contains("p11070", "p2000");
    }

    @Test
    void swedishAndEnglishLabelsAreSearchedToo() {
        assertThat(found("simhal", null)).containsExactly("p11070");
        assertThat(found("swimming pools", null)).containsExactly("p11070", "p3000");
    }

    @Test
    void accentsAreIgnoredBothWays() {
        assertThat(found("aanekos", null)).containsExactly("p4000");
        assertThat(found("ÄÄNEKOSKEN", null)).containsExactly("p4000");
        assertThat(found("badstrander", null)).containsExactly("p2000");
    }

    @Test
    void everyWordMustBeginAWordOfTheLabelNotJustOccurInIt() {
        assertThat(found("halli", null)).isEmpty();
        assertThat(found("open air", null)).containsExactly("p3000");
        assertThat(found("open library", null)).isEmpty();
    }

    @Test
    void oneLanguageCanBeAskedFor() {
        assertThat(found("swimming", "fi")).isEmpty();
        assertThat(found("swimming", "en")).contains("p11070", "p3000", "p6000");
    }

    @Test
    void anExactLabelRanksBeforeAPrefixAndThatBeforeAWordMatch() {
        assertThat(found("uima", null).get(0)).isEqualTo("p6000");
        assertThat(found("swimming", "en")).containsExactly("p6000", "p11070", "p3000");
    }

    @Test
    void entriesNoLongerValidAreLeftOutUnlessAskedForAndThenComeLast() {
        assertThat(found("uimahallit", null)).containsExactly("p11070");
        List<String> withInvalid = terms.search(new CodeListIndex.Query("uimahallit", null, true, 1, 20)).entries().stream()
                .map(e -> e.id().substring(KOKO.length())).toList();
        assertThat(withInvalid).containsExactly("p11070", "p5000");
    }

    @Test
    void aUriFindsItsEntryWhateverItsValidity() {
        assertThat(found(KOKO + "p5000", null)).containsExactly("p5000");
        assertThat(terms.find(KOKO + "P11070")).isPresent();
        assertThat(terms.find(KOKO + "p99")).isEmpty();
    }

    @Test
    void pagesSplitTheFoundEntriesAndAPagePastTheEndIsEmpty() {
        CodeListIndex.Found first = terms.search(new CodeListIndex.Query("", null, false, 1, 2));
        CodeListIndex.Found third = terms.search(new CodeListIndex.Query("", null, false, 3, 2));
        CodeListIndex.Found beyond = terms.search(new CodeListIndex.Query("", null, false, 9, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.entries()).hasSize(2);
        assertThat(third.entries()).hasSize(1);
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(beyond.entries()).isEmpty();
    }

    @Test
    void codesArePrefixSearchedAndFoundExactly() {
        CodeListIndex postal = new CodeListIndex("postal-codes", new CodeListState("postal-codes", "seed", 3, "h", null, null, null, null),
                List.of(new CodeListEntry("20100", null, Map.of("fi", "TURKU", "sv", "ÅBO"), List.of(), true),
                        new CodeListEntry("20200", null, Map.of("fi", "TURKU", "sv", "ÅBO"), List.of(), true),
                        new CodeListEntry("00100", null, Map.of("fi", "HELSINKI", "sv", "HELSINGFORS"), List.of(), true)));

        assertThat(postal.search(new CodeListIndex.Query("201", null, false, 1, 20)).entries())
                .extracting(CodeListEntry::code).containsExactly("20100");
        assertThat(postal.search(new CodeListIndex.Query("abo", "sv", false, 1, 20)).entries())
                .extracting(CodeListEntry::code).containsExactly("20100", "20200");
        assertThat(postal.find("00100")).isPresent();
    }

    @Test
    void theClosestEntriesToATypoAreValidOnesAFewEditsAway() {
        assertThat(terms.closest(KOKO + "p11O70", 3)).first()
                .satisfies(s -> {
                    assertThat(s.value()).isEqualTo(KOKO + "p11070");
                    assertThat(s.label()).isEqualTo("Uimahallit");
                });
        assertThat(terms.closest("uimahalli", 3)).extracting(s -> s.value()).contains(KOKO + "p11070")
                .doesNotContain(KOKO + "p5000");
    }

    @Test
    void levenshteinDistanceStopsAtTheBound() {
        assertThat(CodeListIndex.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(CodeListIndex.distance("a", "abcdefgh", 2)).isEqualTo(3);
    }

    @Test
    void aOneLetterQueryAnsweredFromItsKeptRankingPagesLikeAnyOther() {
        List<String> all = terms.search(new CodeListIndex.Query("s", null, false, 1, 20)).entries().stream().map(e -> e.id()).toList();
        List<String> firstTwo = terms.search(new CodeListIndex.Query("S", null, false, 1, 2)).entries().stream().map(e -> e.id()).toList();
        List<String> nextTwo = terms.search(new CodeListIndex.Query("s", null, false, 2, 2)).entries().stream().map(e -> e.id()).toList();

        assertThat(all).hasSize(3);
        assertThat(firstTwo).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(nextTwo).containsExactlyElementsOf(all.subList(2, 3));
        assertThat(terms.search(new CodeListIndex.Query("s", null, true, 1, 20)).total()).as("kept apart from the valid-only ranking")
                .isEqualTo(4);
    }

    @Test
    void theSmallestKeysComeInOrderWhetherSelectedByHeapOrBySort() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            long[] keys = random.longs(random.nextInt(500), 0, Long.MAX_VALUE).toArray();
            int k = random.nextInt(40);
            long[] sorted = keys.clone();
            java.util.Arrays.sort(sorted);

            assertThat(CodeListIndex.smallest(keys, k)).containsExactly(java.util.Arrays.copyOf(sorted, Math.min(k, sorted.length)));
        }
    }
}
