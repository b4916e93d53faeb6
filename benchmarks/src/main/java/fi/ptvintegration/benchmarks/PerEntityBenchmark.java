package fi.ptvintegration.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.mapping.ChannelMapper;
import fi.ptvintegration.routes.mapping.OrganizationMapper;
import fi.ptvintegration.routes.mapping.ServiceMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU cost of one entity in the middleware, without I/O: reading Drupal's JSON into the PAT
 * model, the preflight validation against PTV's rules (with Posti's postal codes and the
 * municipality codes), and mapping to PTV's IN model. Per kind, on the shipped examples (fi/sv/en).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerEntityBenchmark {

    private static final String ORG_PTV_ID = "5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11";

    @Param({"organization", "service", "echannel", "servicelocation"})
    public String kind;

    private final ObjectMapper json = PatJson.mapper();
    private final PatValidator validator = new PatValidator(ReferenceData.bundled());
    private final OrganizationMapper organizations = new OrganizationMapper();
    private final ServiceMapper services = new ServiceMapper();
    private final ChannelMapper channels = new ChannelMapper();
    private String body;
    private PatRecord record;

    @Setup
    public void load() throws Exception {
        record = PatJson.example(kind);
        body = json.writeValueAsString(record);
    }

    @Benchmark
    public PatRecord parse() throws Exception {
        return json.readValue(body, PatRecord.class);
    }

    @Benchmark
    public List<Violation> validate() {
        return validator.validate(record);
    }

    @Benchmark
    public Object map() {
        return switch (kind) {
            case "organization" -> organizations.toPtv((Organization) record, "turku-" + record.code(), null);
            case "service" -> services.toPtv((Service) record, "turku-" + record.code(),
                    Map.of(((Service) record).responsibleOrganizationCode(), ORG_PTV_ID));
            case "echannel" -> channels.echannel((EChannel) record, "turku-" + record.code(), ORG_PTV_ID);
            case "servicelocation" -> channels.serviceLocation((ServiceLocationChannel) record, "turku-" + record.code(), ORG_PTV_ID);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** All three, as an intake followed by a push does them. */
    @Benchmark
    public Object parseValidateMap() throws Exception {
        PatRecord parsed = json.readValue(body, PatRecord.class);
        validator.validate(parsed);
        return switch (kind) {
            case "organization" -> organizations.toPtv((Organization) parsed, "turku-" + parsed.code(), null);
            case "service" -> services.toPtv((Service) parsed, "turku-" + parsed.code(),
                    Map.of(((Service) parsed).responsibleOrganizationCode(), ORG_PTV_ID));
            case "echannel" -> channels.echannel((EChannel) parsed, "turku-" + parsed.code(), ORG_PTV_ID);
            case "servicelocation" -> channels.serviceLocation((ServiceLocationChannel) parsed, "turku-" + parsed.code(), ORG_PTV_ID);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
