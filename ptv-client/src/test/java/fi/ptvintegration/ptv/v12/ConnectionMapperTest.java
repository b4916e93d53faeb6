package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.validation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionMapperTest {

    private static final String SERVICE = "0b8f5c36-3f0e-4a8e-9d1c-2a8f8b7c1d2e";
    private static final String IMPIVAARA = "6c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private static final String PHONE = "7d2f3e4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";

    @Test
    void givenTwoOfferings_whenMapped_thenOneConnectionRequestEachAndTheirExtrasListedAsNotCarried() {
        ServiceOffering impivaara = (ServiceOffering) PatJson.example("offering");
        ServiceOffering phone = (ServiceOffering) V12Bodies.record("offering", t -> {
            t.put("channelCode", "turku-liikuntaneuvonta-puhelin");
            t.remove("chargeType");
            t.remove("description");
            t.remove("conditions");
            t.remove("prices");
            t.remove("serviceHours");
            t.remove("contactDetails");
        });

        ConnectionMapper.Connections connections = new ConnectionMapper().toV12(SERVICE, List.of(impivaara, phone),
                Map.of("turku-impivaara", IMPIVAARA, "turku-liikuntaneuvonta-puhelin", PHONE));

        assertThat(connections.requests()).extracting(r -> r.getServiceContentId().toString(), r -> r.getChannelContentId().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SERVICE, IMPIVAARA), org.assertj.core.groups.Tuple.tuple(SERVICE, PHONE));
        assertThat(connections.notCarried()).extracting(Violation::path).containsExactly("offerings[0].chargeType",
                "offerings[0].description", "offerings[0].conditions", "offerings[0].prices", "offerings[0].serviceHours",
                "offerings[0].contactDetails");
    }

    @Test
    void givenNoOfferings_whenMapped_thenNoRequests() {
        assertThat(new ConnectionMapper().toV12(SERVICE, List.of(), Map.of()).requests()).isEmpty();
    }
}
