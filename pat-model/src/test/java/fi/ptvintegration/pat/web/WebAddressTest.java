package fi.ptvintegration.pat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void givenAnAsciiUrlWhenConvertedThenItIsUnchanged() {
        String url = "https://kirjasto.vaasa.fi/sv/library-page/sundom-mer%C3%B6ppna-bibliotek?refId=XPCQEB";

        assertThat(WebAddress.toAscii(url)).isEqualTo(url);
    }

    @Test
    void givenAPdfLinkWithUmlautsAndASpaceWhenConvertedThenTheyArePercentEncodedAsUtf8() {
        assertThat(WebAddress.toAscii("https://www.vaasa.fi/lomakkeet/hakemus päivähoitoon.pdf"))
                .isEqualTo("https://www.vaasa.fi/lomakkeet/hakemus%20p%C3%A4iv%C3%A4hoitoon.pdf");
    }

    @Test
    void givenAnInternationalisedHostWhenConvertedThenItIsPunycode() {
        assertThat(WebAddress.toAscii("https://www.äänekoski.fi/palvelut?q=ä"))
                .isEqualTo("https://www.xn--nekoski-4waa.fi/palvelut?q=%C3%A4");
    }

    @Test
    void givenAStrayPercentSignWhenConvertedThenOnlyItIsEscaped() {
        assertThat(WebAddress.toAscii("https://x.fi/50%-alennus/%41")).isEqualTo("https://x.fi/50%25-alennus/%41");
    }

    @Test
    void givenAUrlThatStillCannotBeParsedWhenParsedThenItIsEmptyWithAReason() {
        assertThat(WebAddress.parse("http://[::1/x")).isEmpty();
        assertThat(WebAddress.parseError("http://[::1/x")).isNotBlank();
        assertThat(WebAddress.parse("https://www.vaasa.fi/ä")).get().extracting(java.net.URI::getHost).isEqualTo("www.vaasa.fi");
    }
}
