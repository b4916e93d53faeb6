package fi.ptvintegration.pat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentReviewTest {

    private static List<Violation> review(String descriptionFi) throws Exception {
        ObjectNode tree = PatJson.mapper().valueToTree(PatJson.example("service"));
        ((ObjectNode) tree.get("description")).put("fi", descriptionFi);
        return ContentReview.review(PatJson.mapper().treeToValue(tree, PatRecord.class));
    }

    @Test
    void givenTheShippedServiceWhenReviewedThenNothingIsFound() {
        assertThat(ContentReview.review(PatJson.example("service"))).isEmpty();
        assertThat(ContentReview.review(PatJson.example("servicelocation"))).isEmpty();
    }

    @Test
    void givenAWebAddressInTheDescriptionWhenReviewedThenItIsNamed() throws Exception {
        assertThat(review("Lisätietoja osoitteessa www.turku.fi/uimahallit."))
                .singleElement().satisfies(w -> {
                    assertThat(w.path()).isEqualTo("description.fi");
                    assertThat(w.rule()).isEqualTo("content-web-address");
                    assertThat(w.message()).contains("www.turku.fi/uimahallit");
                });
        assertThat(review("Katso https://palvelut.turku.fi")).extracting(Violation::rule).containsExactly("content-web-address");
    }

    @Test
    void givenAPhoneNumberInTheDescriptionWhenReviewedThenItIsNamed() throws Exception {
        assertThat(review("Soita numeroon 02 262 3588 arkisin.")).extracting(Violation::rule).containsExactly("content-phone-number");
        assertThat(review("Puh. +358 40 123 4567")).extracting(Violation::rule).containsExactly("content-phone-number");
        assertThat(review("Soita numeroon 040 123 4567.")).extracting(Violation::rule).containsExactly("content-phone-number");
    }

    @Test
    void givenAnEmailAndAnAddressInTheDescriptionWhenReviewedThenBothAreNamedOnce() throws Exception {
        assertThat(review("Lähetä hakemus osoitteeseen uinti@turku.fi tai Uimahallinpolku 4, 20700 Turku."))
                .extracting(Violation::rule).containsExactly("content-email", "content-street-address");
    }

    @Test
    void givenNumbersThatAreNoPhoneNumbersWhenReviewedThenNothingIsFound() throws Exception {
        assertThat(review("Altaassa on 8 rataa ja 50 metriä. Vuonna 2026 hallissa kävi 250 000 uimaria klo 6-21.")).isEmpty();
    }
}
