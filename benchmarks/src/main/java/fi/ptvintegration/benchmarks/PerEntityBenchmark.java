package fi.ptvintegration.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.port.PtvPort;
import fi.ptvintegration.ptv.port.PtvReferences;
import java.time.Duration;
import java.util.List;
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
 * municipality codes), and mapping to PTV's IN model through the v11 adapter of the PTV port (the
 * body and its JSON for the integration log). Per kind, on the shipped examples (fi/sv/en).
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
    private final PtvPort ptv = PtvAdapters.connect(new PtvClientSettings("http://127.0.0.1:9", "v11", Duration.ofSeconds(1),
            Duration.ofSeconds(1)), PtvTokenSource.none());
    private String body;
    private PatRecord record;
    private PtvReferences references;

    @Setup
    public void load() throws Exception {
        record = PatJson.example(kind);
        body = json.writeValueAsString(record);
        references = PtvReferences.none();
        for (PatReferences.Reference reference : PatReferences.of(record)) {
            references.with(reference.namespace(), reference.code(), ORG_PTV_ID);
        }
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
        return ptv.prepare(record, "turku-" + record.code(), references);
    }

    /** All three, as an intake followed by a push does them. */
    @Benchmark
    public Object parseValidateMap() throws Exception {
        PatRecord parsed = json.readValue(body, PatRecord.class);
        validator.validate(parsed);
        return ptv.prepare(parsed, "turku-" + parsed.code(), references);
    }
}
