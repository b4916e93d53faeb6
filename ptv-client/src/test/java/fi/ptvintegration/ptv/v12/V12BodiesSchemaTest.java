package fi.ptvintegration.ptv.v12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.ptv.simulator.v12.V12Schemas;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every v12 body the mappers make, for the shipped examples and their variants, validated against
 * the request schemas of DVV's beta document (JSON Schema 2020-12, formats asserted): the create
 * body against the kind's {@code Post*} (or {@code *ExternalIdRequest}) schema, the update body
 * against its {@code Put*} schema. Each variant is first checked to be a valid PAT record, so that
 * a body is only ever blamed for what the mapper did.
 */
class V12BodiesSchemaTest {

    private static final String ORG = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String PARENT = "5b1e0f2c-8d4a-4e3b-9f6c-7a8b9c0d1e2f";
    private static final Map<String, String> ORGANIZATIONS = Map.of("turku-liikuntapalvelut", ORG, "turku-sivistys",
            "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b", "turku", PARENT);

    private static final PatValidator VALIDATOR = new PatValidator(ReferenceData.bundled());

    private final V12Schemas schemas = V12Schemas.load();

    static Stream<V12Bodies.Case> services() {
        return V12Bodies.services().stream();
    }

    static Stream<V12Bodies.Case> organizations() {
        return V12Bodies.organizations().stream();
    }

    static Stream<V12Bodies.Case> channels() {
        return Stream.of("echannel", "phone", "servicelocation", "printableform", "webpage").flatMap(k -> V12Bodies.channels(k).stream());
    }

    private static void givenAValidPatRecord(V12Bodies.Case given) {
        assertThat(VALIDATOR.validate(given.record())).as("the PAT record of '%s' is valid", given).isEmpty();
    }

    private void thenValid(String schema, String json, V12Bodies.Case given) throws Exception {
        JsonNode body = V12Bodies.JSON.readTree(json);
        List<V12Schemas.SchemaError> errors = schemas.validate(schema, body);
        assertThat(errors).as("%s: body against %s\n%s", given, schema, body.toPrettyString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void givenAServiceVariant_whenMapped_thenCreateAndUpdateBodiesMatchV12Schemas(V12Bodies.Case given) throws Exception {
        givenAValidPatRecord(given);

        V12Request request = new ServiceMapper().toV12((Service) given.record(), "turku-" + given.record().code(), ORGANIZATIONS);

        thenValid(request.createSchema(), request.json(), given);
        thenValid(request.updateSchema(), request.updateJson(), given);
        thenValid("PostServiceRequest", request.updateJson(), given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizations")
    void givenAnOrganizationVariant_whenMapped_thenCreateAndUpdateBodiesMatchV12Schemas(V12Bodies.Case given) throws Exception {
        givenAValidPatRecord(given);
        Organization org = (Organization) given.record();

        V12Request request = new OrganizationMapper().toV12(org, "turku-" + org.code(),
                org.parentOrganizationCode() == null ? null : PARENT);

        thenValid(request.createSchema(), request.json(), given);
        thenValid(request.updateSchema(), request.updateJson(), given);
        thenValid(org.parentOrganizationCode() == null ? "PostMainOrganizationRequest" : "PostSubOrganizationRequest",
                request.updateJson(), given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void givenAChannelVariant_whenMapped_thenItsBodyMatchesTheV12SchemasOfItsKind(V12Bodies.Case given) throws Exception {
        givenAValidPatRecord(given);

        V12Request request = new ChannelMapper().toV12((ServiceChannel) given.record(), ORG);

        thenValid(request.createSchema(), request.json(), given);
        thenValid(request.updateSchema(), request.updateJson(), given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offerings")
    void givenOfferings_whenMapped_thenEveryConnectionMatchesTheV12Schema(V12Bodies.Case given) throws Exception {
        ServiceOffering offering = (ServiceOffering) given.record();

        ConnectionMapper.Connections connections = new ConnectionMapper().toV12("0b8f5c36-3f0e-4a8e-9d1c-2a8f8b7c1d2e",
                List.of(offering), Map.of(offering.channelCode(), "6c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));

        assertThat(connections.requests()).hasSize(1);
        thenValid("ConnectionRequest", V12Json.write(connections.requests().get(0)), given);
    }

    static Stream<V12Bodies.Case> offerings() {
        return Stream.of(
                new V12Bodies.Case("offering example", PatJson.example("offering")),
                new V12Bodies.Case("offering without extras", V12Bodies.record("offering", t -> {
                    t.remove("chargeType");
                    t.remove("description");
                    t.remove("conditions");
                    t.remove("prices");
                    t.remove("serviceHours");
                })),
                new V12Bodies.Case("offering of another channel", V12Bodies.record("offering", t -> t.put("channelCode", "turku-impivaara-puhelin"))));
    }
}
