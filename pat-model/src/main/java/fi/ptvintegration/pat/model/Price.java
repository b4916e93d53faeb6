package fi.ptvintegration.pat.model;

/**
 * A price of a service offering (hinta).
 *
 * @param pricingType e.g. Free, FixedPrice, Hourly (hinnoittelutyyppi); informative
 * @param price the price as shown per language, e.g. "5 €" (hinta_kieliversiot)
 * @param description what the price covers (kuvaus_kieliversiot)
 */
public record Price(String pricingType, LocalizedText price, LocalizedText description) {
    public Price {
        price = Values.text(price);
        description = Values.text(description);
    }
}
