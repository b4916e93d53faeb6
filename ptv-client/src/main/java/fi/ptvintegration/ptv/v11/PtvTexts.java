package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.List;

/** PAT language-keyed texts as PTV's language lists, fi, sv, en in that order. Pure. */
final class PtvTexts {

    private PtvTexts() {}

    /** One {@code {language, value}} per language that has a text. */
    static List<VmOpenApiLanguageItem> languageItems(LocalizedText text) {
        List<VmOpenApiLanguageItem> items = new ArrayList<>();
        for (Language language : text.languages()) {
            items.add(new VmOpenApiLanguageItem().language(language.code()).value(text.get(language).orElseThrow()));
        }
        return items;
    }

    /** One {@code {language, type, value}} per language that has a text, all of the given type. */
    static List<VmOpenApiLocalizedListItem> localizedItems(LocalizedText text, String type) {
        List<VmOpenApiLocalizedListItem> items = new ArrayList<>();
        for (Language language : text.languages()) {
            items.add(new VmOpenApiLocalizedListItem().language(language.code()).type(type).value(text.get(language).orElseThrow()));
        }
        return items;
    }

    static String language(Language language) {
        return language == null ? null : language.code();
    }
}
