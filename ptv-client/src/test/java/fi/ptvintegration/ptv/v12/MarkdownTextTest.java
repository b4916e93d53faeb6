package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder().build();

    static List<String> plainTexts() {
        return List.of(
                "Uimahalleissa on altaita kuntouintiin.",
                "Hinta *5 €* ja _alennus_ 2 €.",
                "# Ei otsikko vaan risuaita",
                "1. Ei lista vaan päivämäärä\n2) toinen rivi",
                "- viiva rivin alussa\n+ plus\n> lainaus",
                "Linkki [tähän](https://turku.fi) <b>ei HTML</b> & entiteetti &amp;",
                "Taulukko | pystyviiva ~yliviivaus~ `koodi` \\ kenoviiva",
                "Ensimmäinen kappale.\n\nToinen kappale.",
                "Rivi yksi\nrivi kaksi",
                "    neljä välilyöntiä ei ole koodilohko",
                "Emoji 🏊 lasketaan yhdeksi merkiksi",
                "===\n---");
    }

    /** What PTV shows for a Markdown text: CommonMark's rendering as text, paragraphs a line apart. */
    private static String rendered(String markdown) {
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }

    private static String asTyped(String plain) {
        return plain.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @ParameterizedTest
    @MethodSource("plainTexts")
    void givenAPlainText_whenMadeMarkdown_thenItRendersAsTyped(String plain) {
        String markdown = MarkdownText.of(plain);

        assertThat(rendered(markdown).lines().filter(l -> !l.isEmpty()).toList())
                .as("rendering of %s", markdown).isEqualTo(asTyped(plain).lines().toList());
    }

    @ParameterizedTest
    @MethodSource("plainTexts")
    void givenAPlainText_whenMadeMarkdown_thenItsRenderedLengthIsItsOwnAndToPlainGivesItBack(String plain) {
        String markdown = MarkdownText.of(plain);

        String typed = String.join("\n", plain.lines().map(String::strip).toList()).strip();
        assertThat(MarkdownText.renderedLength(markdown)).isEqualTo(typed.codePointCount(0, typed.length()));
        assertThat(MarkdownText.toPlain(markdown)).isEqualTo(typed);
    }

    @Test
    void givenMarkdownCharacters_whenEscaped_thenEachGetsOneBackslash() {
        assertThat(MarkdownText.of("*a* _b_ #c")).isEqualTo("\\*a\\* \\_b\\_ #c");
        assertThat(MarkdownText.of("#otsikko")).isEqualTo("\\#otsikko");
        assertThat(MarkdownText.of("12. joulukuuta")).isEqualTo("12\\. joulukuuta");
        assertThat(MarkdownText.of("Rivi\nrivi")).isEqualTo("Rivi\\\nrivi");
    }

    @Test
    void givenNothing_whenMadeMarkdown_thenNothing() {
        assertThat(MarkdownText.of(null)).isNull();
        assertThat(MarkdownText.renderedLength(null)).isZero();
        assertThat(MarkdownText.toPlain(null)).isNull();
    }
}
