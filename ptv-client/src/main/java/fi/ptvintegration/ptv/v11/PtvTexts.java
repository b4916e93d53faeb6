package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.geo.EtrsTm35Fin;
import fi.ptvintegration.pat.model.Address;
import fi.ptvintegration.pat.model.DisplayNameType;
import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.web.WebAddress;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiNameTypeByLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What every v11 mapper writes the same way: PAT language-keyed texts as PTV's language lists (fi,
 * sv, en in that order), URLs as the ASCII PTV takes (percent-encoded where they hold letters such as
 * ä), coordinates as ETRS-TM35FIN metres, display-name types per language and the service
 * languages. Pure.
 */
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

    /** The URL as PTV takes it: ASCII, percent-encoded where needed. */
    static String url(String url) {
        return WebAddress.toAscii(url);
    }

    /** Language items whose values are URLs, each as PTV takes it. */
    static List<VmOpenApiLanguageItem> urlItems(LocalizedText urls) {
        List<VmOpenApiLanguageItem> items = languageItems(urls);
        items.forEach(item -> item.setValue(url(item.getValue())));
        return items;
    }

    /**
     * The address's point in ETRS-TM35FIN, PTV's system: metres as given, or WGS84 degrees
     * converted; empty without coordinates.
     *
     * @throws IllegalArgumentException for a point outside Finland (validation refuses it before)
     */
    static Optional<EtrsTm35Fin.Point> tm35fin(Address address) {
        if (address.easting() != null && address.northing() != null) {
            return Optional.of(new EtrsTm35Fin.Point(address.easting(), address.northing()));
        }
        if (address.latitude() != null && address.longitude() != null) {
            return Optional.of(EtrsTm35Fin.toTm35Fin(address.latitude(), address.longitude()));
        }
        return Optional.empty();
    }

    /** Metres to the millimetre, as PTV writes them: {@code 6834688.027}. */
    static String metres(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** One display-name type per declared language; a language without one shows its Name. */
    static List<VmOpenApiNameTypeByLanguage> displayNameTypes(DisplayNameType type, List<Language> languages) {
        List<VmOpenApiNameTypeByLanguage> types = new ArrayList<>();
        for (Language language : languages) {
            String shown = type == null ? "Name" : type.of(language).orElse("Name");
            types.add(new VmOpenApiNameTypeByLanguage().language(language.code()).type(shown));
        }
        return types;
    }

    /** PTV's {@code languages}, the languages the item is available in: as given, else the content languages. */
    static List<String> serviceLanguages(List<String> serviceLanguages, List<Language> contentLanguages) {
        return serviceLanguages.isEmpty() ? contentLanguages.stream().map(Language::code).toList() : serviceLanguages;
    }
}
