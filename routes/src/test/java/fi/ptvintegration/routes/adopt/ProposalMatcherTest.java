package fi.ptvintegration.routes.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.routes.adopt.ProposalMatcher.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalMatcherTest {

    private static Candidate record(String code, String kind, String name) {
        return new Candidate(kind, code, "turku-" + code, name);
    }

    private static Candidate item(String id, String kind, String sourceId, String name) {
        return new Candidate(kind, id, sourceId, name);
    }

    @Test
    void aSourceIdPairsARecordWithItsItemWhateverTheNames() {
        Proposals proposals = ProposalMatcher.match("turku", List.of(record("uimahallit", "service", "Uimahallit")),
                List.of(item("p1", "service", "turku-uimahallit", "Uinti ja uimahallit")));

        assertThat(proposals.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.code()).isEqualTo("uimahallit");
            assertThat(pair.ptvId()).isEqualTo("p1");
            assertThat(pair.reason()).isEqualTo(Proposals.Reason.SOURCE_ID);
        });
        assertThat(proposals.unlinkedInPtv()).isEmpty();
        assertThat(proposals.unlinkedRecords()).isEmpty();
    }

    @Test
    void theSameFinnishNameAsideFromCaseSpacesAndPunctuationPairsWhenItIsTheOnlyCandidate() {
        Proposals proposals = ProposalMatcher.match("turku",
                List.of(record("uimahallit", "service", "Uimahallit, Turku"), record("kirjasto", "service", "Pääkirjasto")),
                List.of(item("p1", "service", null, "  uimahallit  turku "), item("p2", "service", null, "PÄÄKIRJASTO!")));

        assertThat(proposals.pairs()).extracting(Proposals.Pair::code, Proposals.Pair::ptvId, Proposals.Pair::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("uimahallit", "p1", Proposals.Reason.NAME),
                        org.assertj.core.groups.Tuple.tuple("kirjasto", "p2", Proposals.Reason.NAME));
    }

    @Test
    void åÄAndÖAreLettersOfTheirOwnNotAccentsToDrop() {
        assertThat(ProposalMatcher.normalisedName("Sää")).isNotEqualTo(ProposalMatcher.normalisedName("Saa"));
        assertThat(ProposalMatcher.normalisedName("Sää-palvelu")).isEqualTo(ProposalMatcher.normalisedName("SÄÄ palvelu"));
    }

    @Test
    void twoCandidatesForOneNameAreAnAmbiguityAndNeverAGuess() {
        Proposals proposals = ProposalMatcher.match("turku", List.of(record("neuvonta", "phone", "Neuvonta")),
                List.of(item("p1", "phone", null, "Neuvonta"), item("p2", "phone", null, "neuvonta")));

        assertThat(proposals.pairs()).isEmpty();
        assertThat(proposals.ambiguities()).singleElement().satisfies(a -> {
            assertThat(a.codes()).containsExactly("neuvonta");
            assertThat(a.ptvIds()).containsExactly("p1", "p2");
        });
        assertThat(proposals.unlinkedInPtv()).isEmpty();
    }

    @Test
    void kindsAreMatchedWithTheirOwnKindOnly() {
        Proposals proposals = ProposalMatcher.match("turku", List.of(record("neuvonta", "phone", "Neuvonta")),
                List.of(item("p1", "echannel", "turku-neuvonta", "Neuvonta")));

        assertThat(proposals.pairs()).isEmpty();
        assertThat(proposals.unlinkedInPtv()).extracting(Proposals.Item::id).containsExactly("p1");
        assertThat(proposals.unlinkedRecords()).extracting(Proposals.Item::id).containsExactly("neuvonta");
    }
}
