package fi.ptvintegration.ptv.simulator;

/**
 * An item the simulator was given to hold before any push (a preload, or a given JSON item).
 *
 * @param type Organization, Service or ServiceChannel (the sourceId namespace)
 * @param kind Organization, Service, or the channel kind (EChannel, Phone, ServiceLocation, PrintableForm, WebPage)
 * @param name the item's Finnish name (type Name)
 * @param sourceId null for an item typed in by hand
 */
public record PreloadedItem(String id, String type, String kind, String name, String sourceId) {}
