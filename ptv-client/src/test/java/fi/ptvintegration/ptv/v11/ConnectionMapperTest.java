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
    void noOfferingsClearsAllConnections() {
        V11VmOpenApiServiceAndChannelRelationInBase ptv = mapper.toPtv(List.of(), Map.of());

        assertThat(ptv.getChannelRelations()).isEmpty();
        assertThat(ptv.getDeleteAllChannelRelations()).isTrue();
    }
}
