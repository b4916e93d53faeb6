package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * What the five service-channel kinds have in common: the owning organisation, names, summary,
 * description, area and service hours. Each becomes a PTV ServiceChannel of its kind.
 */
public sealed interface ServiceChannel extends PatRecord
        permits EChannel, PhoneChannel, ServiceLocationChannel, PrintableFormChannel, WebPageChannel {

    String publishingStatus();

    /** The languages the channel is available in (PTV's {@code languages}); empty means the content languages. */
    List<String> serviceLanguages();

    /** PAT code of the organisation that owns the channel. */
    String organizationCode();

    LocalizedText names();

    LocalizedText summary();

    LocalizedText description();

    String areaType();

    List<Area> areas();

    List<ServiceHours> serviceHours();
}
