package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionMapperTest {

    private static final String CHANNEL = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private final ConnectionMapper mapper = new ConnectionMapper();

    @Test
    void anOfferingBecomesAConnectionWithChargeHoursAndDescriptions() {
        ServiceOffering offering = (ServiceOffering) PatJson.example("offering");

        V11VmOpenApiServiceAndChannelRelationInBase ptv = mapper.toPtv(List.of(offering), Map.of("turku-impivaara", CHANNEL));

        assertThat(ptv.getDeleteAllChannelRelations()).isFalse();
        assertThat(ptv.getChannelRelations()).singleElement().satisfies(relation -> {
            assertThat(relation.getServiceChannelId()).isEqualTo(CHANNEL);
            assertThat(relation.getServiceChargeType()).isEqualTo("Chargeable");
            assertThat(relation.getServiceHours()).singleElement().satisfies(h -> {
                assertThat(h.getServiceHourType()).isEqualTo("DaysOfTheWeek");
                assertThat(h.getOpeningHour()).singleElement().satisfies(o -> assertThat(o.getFrom()).isEqualTo("06:00"));
            });
            assertThat(relation.getDescription())
                    .extracting(VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getValue)
                    .containsExactly(
                            tuple("Description", "fi", "Impivaarassa on myös kuntosali ja kahvila.\n\nAlle 7-vuotiaat uivat aikuisen seurassa."),
                            tuple("Description", "sv", "I Impivaara finns också ett gym och ett kafé.\n\nBarn under 7 år simmar med en vuxen."),
                            tuple("ChargeTypeAdditionalInfo", "fi", "6,50 € – Aikuisen kertalippu"),
                            tuple("ChargeTypeAdditionalInfo", "sv", "6,50 € – Vuxen, engångsbiljett"));
            assertThat(relation.getDeleteAllServiceHours()).isFalse();
        });
    }

    @Test
    void givenContactDetailsOfTheServiceAtTheChannelWhenMappedThenTheConnectionCarriesThemInEveryLanguage() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().valueToTree(PatJson.example("offering"));
        tree.put("chargeType", "Other");
        var contact = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("contactDetails");
        contact.withArray("emails").addObject().put("language", "sv").put("address", "impivaara.kassa@abo.fi");
        contact.withArray("phoneNumbers").addObject().put("language", "en").put("prefix", "+358").put("number", "22623591")
                .put("chargeType", "Other").put("chargeDescription", "Local call rate");
        contact.withArray("faxNumbers").addObject().put("language", "sv").put("prefix", "+358").put("number", "22623599");
        contact.withArray("webPages").addObject().put("language", "en").put("url", "https://www.turku.fi/en/impivaara/tickets ä").put("name", "Tickets");
        contact.withArray("addresses").addObject().put("type", "Postal").put("subType", "Street").put("postalCode", "20700")
                .put("streetNumber", "4").set("street", PatJson.mapper().createObjectNode().put("sv", "Simhallsstigen").put("en", "Uimahallinpolku"));
        ServiceOffering offering = (ServiceOffering) PatJson.mapper().treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);

        var relation = mapper.toPtv(List.of(offering), Map.of("turku-impivaara", CHANNEL)).getChannelRelations().get(0);

        assertThat(relation.getServiceChargeType()).isEqualTo("Other");
        var details = relation.getContactDetails();
        assertThat(details.getEmails()).extracting(e -> e.getLanguage() + ":" + e.getValue())
                .containsExactly("fi:impivaara.kassa@turku.fi", "sv:impivaara.kassa@abo.fi");
        assertThat(details.getPhoneNumbers()).extracting(p -> p.getLanguage() + ":" + p.getPrefixNumber() + p.getNumber() + ":"
                + p.getServiceChargeType() + ":" + p.getChargeDescription())
                .containsExactly("fi:+35822623590:Chargeable:null", "en:+35822623591:Other:Local call rate");
        assertThat(details.getFaxNumbers()).extracting(f -> f.getLanguage() + ":" + f.getPrefixNumber() + f.getNumber())
                .containsExactly("sv:+35822623599");
        assertThat(details.getWebPages()).extracting(w -> w.getLanguage() + ":" + w.getUrl() + ":" + w.getValue())
                .containsExactly("fi:https://www.turku.fi/impivaara/liput:Liput ja hinnat",
                        "en:https://www.turku.fi/en/impivaara/tickets%20%C3%A4:Tickets");
        assertThat(details.getAddresses()).hasSize(2);
        assertThat(details.getAddresses().get(0)).satisfies(a -> {
            assertThat(a.getType()).isEqualTo("Postal");
            assertThat(a.getSubType()).isEqualTo("PostOfficeBox");
            assertThat(a.getPostOfficeBoxAddress().getPostalCode()).isEqualTo("20101");
            assertThat(a.getPostOfficeBoxAddress().getPostOfficeBox()).extracting(i -> i.getLanguage() + ":" + i.getValue()).containsExactly("fi:PL 355");
        });
        assertThat(details.getAddresses().get(1)).satisfies(a -> {
            assertThat(a.getSubType()).isEqualTo("Street");
            assertThat(a.getStreetAddress().getStreet()).extracting(i -> i.getLanguage() + ":" + i.getValue())
                    .containsExactly("sv:Simhallsstigen", "en:Uimahallinpolku");
            assertThat(a.getStreetAddress().getStreetNumber()).isEqualTo("4");
        });
        assertThat(details.getDeleteAllEmails()).isFalse();
        assertThat(details.getDeleteAllFaxNumbers()).isFalse();
    }

    @Test
    void givenAnOfferingWithoutContactDetailsWhenMappedThenEveryContactListIsCleared() {
        ServiceOffering offering = (ServiceOffering) PatJson.mapper().convertValue(
                ((com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().valueToTree(PatJson.example("offering"))).without("contactDetails"),
                fi.ptvintegration.pat.model.PatRecord.class);

        var details = mapper.toPtv(List.of(offering), Map.of("turku-impivaara", CHANNEL)).getChannelRelations().get(0).getContactDetails();

        assertThat(details.getEmails()).isEmpty();
        assertThat(details.getDeleteAllEmails()).isTrue();
        assertThat(details.getDeleteAllPhones()).isTrue();
        assertThat(details.getDeleteAllFaxNumbers()).isTrue();
        assertThat(details.getDeleteAllWebPages()).isTrue();
        assertThat(details.getDeleteAllAddresses()).isTrue();
    }

    @Test
    void noOfferingsClearsAllConnections() {
        V11VmOpenApiServiceAndChannelRelationInBase ptv = mapper.toPtv(List.of(), Map.of());

        assertThat(ptv.getChannelRelations()).isEmpty();
        assertThat(ptv.getDeleteAllChannelRelations()).isTrue();
    }
}
