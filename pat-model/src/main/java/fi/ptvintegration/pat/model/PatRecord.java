package fi.ptvintegration.pat.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A PAT record Drupal sends: an organisation (toimija), a service (palvelu), one of the five
 * service-channel kinds (asiointikanava / palvelupiste) or a service offering (palvelutarjous).
 * The JSON property {@code kind} says which; {@code code} is the stable PAT code that becomes
 * PTV's sourceId.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind", visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Organization.class, name = "organization"),
    @JsonSubTypes.Type(value = Service.class, name = "service"),
    @JsonSubTypes.Type(value = EChannel.class, name = "echannel"),
    @JsonSubTypes.Type(value = PhoneChannel.class, name = "phone"),
    @JsonSubTypes.Type(value = ServiceLocationChannel.class, name = "servicelocation"),
    @JsonSubTypes.Type(value = PrintableFormChannel.class, name = "printableform"),
    @JsonSubTypes.Type(value = WebPageChannel.class, name = "webpage"),
    @JsonSubTypes.Type(value = ServiceOffering.class, name = "offering")
})
public sealed interface PatRecord
        permits Organization, Service, ServiceChannel, ServiceOffering {

    /** Which kind of record this is; the JSON discriminator. */
    RecordKind kind();

    /** The stable PAT code (koodi). */
    String code();

    /** The content languages the record declares; each must be complete. Offerings have none. */
    List<Language> languages();

    /** The store's namespace for the code: PTV keeps one sourceId namespace per object type. */
    @JsonIgnore
    default RecordKind.Namespace namespace() {
        return kind().namespace();
    }
}
