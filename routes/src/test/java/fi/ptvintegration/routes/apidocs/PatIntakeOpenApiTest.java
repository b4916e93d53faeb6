package fi.ptvintegration.routes.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.routes.ops.SyncOpsSteps;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushResource;
import fi.ptvintegration.routes.reconcile.Reconciliation;
import fi.ptvintegration.routes.reconcile.ReconciliationCsv;
import fi.ptvintegration.routes.runtime.Application;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.store.SyncBatch;
import fi.ptvintegration.routes.sync.SyncPlan;
import fi.ptvintegration.routes.sync.SyncProgress;
import fi.ptvintegration.routes.tenant.TenantDirectory;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the published contract and the code in step: a field or example that drifts fails here, and
 * so does an endpoint of the running application that the document does not describe.
 */
class PatIntakeOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode document;

    private static final Map<String, Class<?>> SCHEMAS = Map.of(
            "Organization", Organization.class,
            "Service", Service.class,
            "EChannel", EChannel.class,
            "PhoneChannel", PhoneChannel.class,
            "ServiceLocationChannel", ServiceLocationChannel.class,
            "PrintableFormChannel", PrintableFormChannel.class,
            "WebPageChannel", WebPageChannel.class,
            "ServiceOffering", ServiceOffering.class);

    @BeforeAll
    static void readDocument() throws Exception {
        try (InputStream in = PatIntakeOpenApiTest.class.getResourceAsStream(ApiDocsRouteBuilder.DOCUMENT)) {
            document = JSON.readTree(in);
        }
    }

    @Test
    void everyRecordFieldIsDescribedAndNothingElse() {
        SCHEMAS.forEach((schema, type) -> {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            JsonNode properties = document.path("components").path("schemas").path(schema).path("properties");
            List<String> described = new java.util.ArrayList<>();
            properties.fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of schema %s", schema).containsExactlyInAnyOrderElementsOf(fields);
        });
    }

    @Test
    void everySchemaCarriesTheShippedExampleOfItsKind() throws Exception {
        for (String schema : SCHEMAS.keySet()) {
            JsonNode example = document.path("components").path("schemas").path(schema).path("example");
            String kind = example.path("kind").asText();
            try (InputStream in = PatJson.class.getResourceAsStream("/fi/ptvintegration/pat/examples/" + kind + ".json")) {
                assertThat(example).as("example of %s", schema).isEqualTo(JSON.readTree(in));
            }
        }
    }

    @Test
    void everyIntakeEndpointTakesPostAndPutAndDocumentsItsErrors() {
        for (String path : List.of("/yleiset/put", "/yleiset/update", "/palvelukanava/putPalvelutarjous",
                "/palvelukanava/updatePalvelutarjous")) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = document.path("paths").path(path).path(method);
                assertThat(operation.isMissingNode()).as("%s %s", method, path).isFalse();
                List<String> statuses = new java.util.ArrayList<>();
                operation.path("responses").fieldNames().forEachRemaining(statuses::add);
                assertThat(statuses).as("answers of %s %s", method, path).contains("400", "401", "413", "415", "422");
            }
        }
    }

    /**
     * Every JAX-RS method of every cxfrs endpoint the application builds (its routes as production
     * wires them, so a flow added later is checked too) has its path and method in the document,
     * and the document describes nothing that is not served. A path template whose variable is a
     * choice of words ({@code {mode: put|update}}) may be documented as one templated path or as
     * one path per word.
     */
    @Test
    void givenTheApplicationsEndpointsWhenListedThenEveryJaxRsMethodIsDocumentedAndNothingElseIs() throws Exception {
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<Served> served = servedMethods();
        List<String> undocumented = new ArrayList<>();
        Set<String> matched = new TreeSet<>();
        for (Served method : served) {
            String templated = method.httpMethod() + " " + method.templated();
            List<String> concrete = method.expanded().stream().map(path -> method.httpMethod() + " " + path).toList();
            if (documented.contains(templated)) {
                matched.add(templated);
            } else if (documented.containsAll(concrete)) {
                matched.addAll(concrete);
            } else {
                undocumented.add(method.javaMethod() + " -> " + templated);
            }
        }
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(matched);

        assertThat(served).as("cxfrs endpoints found in the application's routes").hasSizeGreaterThan(20);
        assertThat(undocumented).as("JAX-RS methods without a documented path and method").isEmpty();
        assertThat(stale).as("documented paths and methods that no JAX-RS method serves").isEmpty();
    }

    /** A JAX-RS method as served: its HTTP method and path under /cxf (templated and with word choices expanded). */
    private record Served(String javaMethod, String httpMethod, String templated, List<String> expanded) {}

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*([^}]*))?}");
    private static final Pattern WORD_CHOICE = Pattern.compile("[A-Za-z0-9._-]+(\\|[A-Za-z0-9._-]+)*");

    private static List<Served> servedMethods() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:openapi-contract;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Application application = new Application(h2, ApplicationSettings.defaults(), new PtvAccounts(PtvAdapters.connect(
                new PtvClientSettings("http://127.0.0.1:9", "v11", Duration.ofSeconds(1), Duration.ofSeconds(1)), PtvTokenSource.none()),
                Map.of()), (user, password) -> Optional.empty(), new TenantDirectory(), Clock.systemUTC());
        application.prepareDatabase();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Served> served = new ArrayList<>();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            for (RoutesBuilder routes : application.routes(context, pool)) {
                context.addRoutes(routes);
            }
            for (RouteDefinition route : context.getRouteDefinitions()) {
                String uri = route.getInput().getEndpointUri();
                if (!uri.startsWith("cxfrs:")) {
                    continue;
                }
                String base = uri.substring("cxfrs:".length(), uri.indexOf('?'));
                Matcher resource = Pattern.compile("resourceClasses=([^&]+)").matcher(uri);
                assertThat(resource.find()).as("resource class of %s", uri).isTrue();
                Class<?> type = Class.forName(resource.group(1));
                for (Method method : type.getMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null) {
                            served.add(served(type.getSimpleName() + "." + method.getName(), http.value(), base, type, method));
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return served;
    }

    private static Served served(String name, String httpMethod, String base, Class<?> type, Method method) {
        String path = join(base, type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "",
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        StringBuilder templated = new StringBuilder();
        List<String> expanded = new ArrayList<>(List.of(""));
        Matcher variable = TEMPLATE_VARIABLE.matcher(path);
        int at = 0;
        while (variable.find()) {
            String literal = path.substring(at, variable.start());
            templated.append(literal).append('{').append(variable.group(1)).append('}');
            String regex = variable.group(2) == null ? null : variable.group(2).strip();
            List<String> words = regex != null && WORD_CHOICE.matcher(regex).matches() ? List.of(regex.split("\\|"))
                    : List.of("{" + variable.group(1) + "}");
            List<String> next = new ArrayList<>();
            for (String prefix : expanded) {
                for (String word : words) {
                    next.add(prefix + literal + word);
                }
            }
            expanded = next;
            at = variable.end();
        }
        String tail = path.substring(at);
        templated.append(tail);
        return new Served(name, httpMethod, templated.toString(), expanded.stream().map(p -> p + tail).toList());
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void theRemovalCallAndTheStatusAnswerAreDocumentedFieldForField() {
        Map<String, Class<?>> answers = Map.of(
                "Removal", fi.ptvintegration.routes.intake.RemovalReader.Removal.class,
                "RemovalAnswer", fi.ptvintegration.routes.intake.RemovalAnswer.class,
                "ItemStatus", fi.ptvintegration.routes.status.ItemStatus.class);
        answers.forEach((schema, type) -> {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> described = new java.util.ArrayList<>();
            document.path("components").path("schemas").path(schema).path("properties").fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of schema %s", schema).containsExactlyInAnyOrderElementsOf(fields);
        });
        for (String path : List.of("/yleiset/remove", "/palvelukanava/removePalvelutarjous")) {
            for (String method : List.of("post", "put")) {
                List<String> statuses = new java.util.ArrayList<>();
                document.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(statuses::add);
                assertThat(statuses).as("answers of %s %s", method, path).contains("200", "404", "409", "422");
            }
        }
        for (String path : List.of("/ptv/{kind}/{operation}/{code}", "/ptv/servicechannel/{kind}/{operation}/{code}")) {
            JsonNode status = document.path("paths").path(path).path("get");
            assertThat(status.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref")
                    .asText()).as(path).isEqualTo("#/components/schemas/ItemStatus");
            assertThat(enumOf(status, "operation")).as("operation of GET %s", path).containsExactly("status");
        }
    }

    /** The enum of an operation's parameter, in the document's order. */
    private static List<String> enumOf(JsonNode operation, String parameter) {
        List<String> values = new ArrayList<>();
        for (JsonNode candidate : operation.path("parameters")) {
            if (candidate.path("name").asText().equals(parameter)) {
                candidate.path("schema").path("enum").forEach(value -> values.add(value.asText()));
            }
        }
        return values;
    }

    /**
     * The answers of the daily sync ({@code /ops/sync...}) and of the reconciliation
     * ({@code /ops/reconcile}) list exactly the record components Jackson writes, and every
     * endpoint refers to the schema of the type its step answers; the CSV's documented header is
     * the one {@link ReconciliationCsv} writes, column for column.
     */
    @Test
    void theSyncAndReconciliationAnswersAreDocumentedFieldForField() {
        Map<String, Class<?>> answers = Map.ofEntries(
                Map.entry("SyncBatch", SyncBatch.class),
                Map.entry("SyncStarted", SyncOpsSteps.Started.class),
                Map.entry("SyncPlanSummary", SyncPlan.Summary.class),
                Map.entry("SyncPlanCount", SyncPlan.Count.class),
                Map.entry("SyncPhaseCount", SyncPlan.PhaseCount.class),
                Map.entry("SyncSkipped", SyncPlan.Skipped.class),
                Map.entry("SyncProgress", SyncProgress.class),
                Map.entry("SyncKindAndOperation", SyncProgress.KindAndOperation.class),
                Map.entry("Reconciliation", Reconciliation.class),
                Map.entry("ReconciliationFinding", Reconciliation.Finding.class));
        answers.forEach((schema, type) -> {
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> described = new ArrayList<>();
            document.path("components").path("schemas").path(schema).path("properties").fieldNames().forEachRemaining(described::add);
            assertThat(described).as("properties of schema %s", schema).containsExactlyInAnyOrderElementsOf(fields);
        });

        JsonNode paths = document.path("paths");
        assertThat(answerSchema(paths.path("/ops/sync").path("get"), "200").path("items").path("$ref").asText())
                .as("GET /ops/sync").isEqualTo("#/components/schemas/SyncBatch");
        assertThat(answerSchema(paths.path("/ops/sync").path("post"), "202").path("$ref").asText())
                .as("POST /ops/sync").isEqualTo("#/components/schemas/SyncStarted");
        assertThat(answerSchema(paths.path("/ops/sync/plan").path("get"), "200").path("$ref").asText())
                .as("GET /ops/sync/plan").isEqualTo("#/components/schemas/SyncPlanSummary");
        assertThat(answerSchema(paths.path("/ops/sync/{batch}").path("get"), "200").path("$ref").asText())
                .as("GET /ops/sync/{batch}").isEqualTo("#/components/schemas/SyncProgress");
        assertThat(answerSchema(paths.path("/ops/reconcile").path("get"), "200").path("$ref").asText())
                .as("GET /ops/reconcile").isEqualTo("#/components/schemas/Reconciliation");
        assertThat(document.path("components").path("schemas").path("SyncProgress").path("properties").path("plan").path("$ref")
                .asText()).as("plan of SyncProgress").isEqualTo("#/components/schemas/SyncPlanSummary");
        assertThat(document.path("components").path("schemas").path("Reconciliation").path("properties").path("findings").path("items")
                .path("$ref").asText()).as("findings of Reconciliation").isEqualTo("#/components/schemas/ReconciliationFinding");

        JsonNode csv = paths.path("/ops/reconcile.csv").path("get");
        String written = new String(ReconciliationCsv.of(new Reconciliation(null, true, 0, 0, Map.of(), List.of(), List.of()), ','),
                StandardCharsets.UTF_8);
        assertThat(written).as("the CSV file").startsWith("\uFEFF");
        String header = written.substring(1, written.indexOf("\r\n"));
        String example = csv.path("responses").path("200").path("content").path("text/csv").path("example").asText();
        assertThat(example.substring(0, example.indexOf("\r\n"))).as("header of the CSV example").isEqualTo(header);
        assertThat(Arrays.asList(header.split(","))).as("CSV columns")
                .containsExactlyElementsOf(Arrays.stream(Reconciliation.Finding.class.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
        assertThat(enumOf(csv, "separator")).as("separator of GET /ops/reconcile.csv").containsExactly("comma", "semicolon");
    }

    /**
     * The push endpoints name every operation the JAX-RS paths serve by POST and PUT:
     * {@code post, put, adopt, archive, restore}.
     */
    @Test
    void everyPushOperationTheResourceServesIsInTheOperationEnum() throws Exception {
        Pattern operations = Pattern.compile("\\{operation:\\s*([^}]*)}");
        for (String javaMethod : List.of("post", "put", "postChannel", "putChannel")) {
            Method method = Arrays.stream(PtvPushResource.class.getMethods()).filter(m -> m.getName().equals(javaMethod)).findFirst()
                    .orElseThrow();
            Matcher served = operations.matcher(method.getAnnotation(Path.class).value());
            assertThat(served.find()).as("operation of %s", javaMethod).isTrue();
            String path = javaMethod.endsWith("Channel") ? "/ptv/servicechannel/{kind}/{operation}/{code}" : "/ptv/{kind}/{operation}/{code}";
            String http = javaMethod.startsWith("post") ? "post" : "put";
            assertThat(enumOf(document.path("paths").path(path).path(http), "operation")).as("operation of %s %s", http, path)
                    .containsExactlyInAnyOrder(served.group(1).strip().split("\\|"));
        }
    }

    private static JsonNode answerSchema(JsonNode operation, String status) {
        return operation.path("responses").path(status).path("content").path("application/json").path("schema");
    }
}
