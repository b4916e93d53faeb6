package fi.ptvintegration.ptv.port;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvItemViews.ChangeType;
import fi.ptvintegration.ptv.port.PtvItemViews.FieldChange;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PtvItemViewsTest {

    private static PtvItemView view(Map<String, String> fields) {
        return new PtvItemView(RecordKind.SERVICE, "3668d250-cd80-45c4-abcc-9b2d3a2b3e42", "turku-uimahallit", "Published",
                OffsetDateTime.parse("2026-11-20T10:00:00Z"), "df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7", new TreeMap<>(fields));
    }

    @Test
    void givenTwoViewsWhenDiffedThenChangedAddedAndRemovedFieldsComeSortedWithBothValues() {
        PtvItemView before = view(Map.of(
                "names.Name.fi", "Uimahallit",
                "descriptions.Summary.fi", "Uimahallit Turussa",
                "emails.fi[uinti@turku.fi]", "uinti@turku.fi",
                "areaType", "LimitedType"));
        PtvItemView after = view(Map.of(
                "names.Name.fi", "Uimahallit ja maauimalat",
                "descriptions.Summary.fi", "Uimahallit Turussa",
                "areaType", "LimitedType",
                "names.Name.sv", "Simhallar"));

        var changes = PtvItemViews.diff(before, after);

        assertThat(changes).containsExactly(
                new FieldChange("emails.fi[uinti@turku.fi]", ChangeType.REMOVED, "uinti@turku.fi", null),
                new FieldChange("names.Name.fi", ChangeType.CHANGED, "Uimahallit", "Uimahallit ja maauimalat"),
                new FieldChange("names.Name.sv", ChangeType.ADDED, null, "Simhallar"));
    }

    @Test
    void givenViewsWithTheSameFieldsButOtherStatusAndTimeWhenDiffedThenNothingDiffers() {
        PtvItemView published = view(Map.of("names.Name.fi", "Uimahallit"));
        PtvItemView modified = new PtvItemView(RecordKind.SERVICE, published.ptvId(), null, "Modified",
                OffsetDateTime.parse("2026-11-21T10:00:00Z"), null, published.fields());

        assertThat(PtvItemViews.diff(published, modified)).isEmpty();
        assertThat(PtvItemViews.contentHash(published)).isEqualTo(PtvItemViews.contentHash(modified));
    }

    @Test
    void givenTheSameFieldsInAnyInsertionOrderWhenHashedThenTheHashIsTheSameSha256() {
        Map<String, String> one = new java.util.LinkedHashMap<>();
        one.put("names.Name.fi", "Uimahallit");
        one.put("areaType", "Nationwide");
        Map<String, String> other = new java.util.LinkedHashMap<>();
        other.put("areaType", "Nationwide");
        other.put("names.Name.fi", "Uimahallit");

        String hash = PtvItemViews.contentHash(view(one));

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(PtvItemViews.contentHash(view(other)));
        // Pinned: the hash is stored and compared across releases, so its encoding must not drift.
        assertThat(hash).isEqualTo(sha256("8:areaType10:Nationwide13:names.Name.fi10:Uimahallit"));
    }

    @Test
    void givenFieldsThatOnlyConcatenateAlikeWhenHashedThenTheHashesDiffer() {
        String ab = PtvItemViews.contentHash(view(Map.of("a", "bc")));
        String abc = PtvItemViews.contentHash(view(Map.of("ab", "c")));

        assertThat(ab).isNotEqualTo(abc);
        assertThat(PtvItemViews.contentHash(view(Map.of("names.Name.fi", "Uimahallit"))))
                .isNotEqualTo(PtvItemViews.contentHash(view(Map.of("names.Name.fi", "Uimahalli"))));
    }

    @Test
    void givenFieldPathsWhenAskedTheirLanguageThenTheLanguageSegmentIsFoundWhereverItIs() {
        assertThat(PtvItemViews.language("names.Name.sv")).contains("sv");
        assertThat(PtvItemViews.language("emails.fi[info@turku.fi].description")).contains("fi");
        assertThat(PtvItemViews.language("addresses[Visiting:Street].street.en")).contains("en");
        assertThat(PtvItemViews.language("serviceHours[DaysOfTheWeek].additionalInformation.smn")).contains("smn");
        assertThat(PtvItemViews.language("names.AlternativeName.fi#2")).contains("fi");
        assertThat(PtvItemViews.language("webPages.sv[https://www.turku.fi/sv].name")).contains("sv");
        assertThat(PtvItemViews.language("areaType")).isEmpty();
        assertThat(PtvItemViews.language("languages[sv]")).as("a language as the value, not the field's").isEmpty();
        assertThat(PtvItemViews.language("serviceHours[DaysOfTheWeek].openingHours[Monday].closes")).isEmpty();
        assertThat(new FieldChange("descriptions.Summary.en", ChangeType.ADDED, null, "x").language()).contains("en");
    }

    @Test
    void givenNamesOfSeveralTypesAndLanguagesWhenAskedTheDisplayNameThenTheFinnishNameWins() {
        assertThat(view(Map.of("names.AlternativeName.fi", "Uimalat", "names.Name.fi", "Uimahallit", "names.Name.en", "Pools"))
                .displayName()).isEqualTo("Uimahallit");
        assertThat(view(Map.of("names.AlternativeName.fi", "Uimalat", "names.Name.sv", "Simhallar")).displayName())
                .isEqualTo("Simhallar");
        assertThat(view(Map.of("names.AlternativeName.fi", "Uimalat")).displayName()).isEqualTo("Uimalat");
        assertThat(view(Map.of("areaType", "Nationwide")).displayName()).isNull();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
