package fi.ptvintegration.ptv.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A PTV stand-in on WireMock for tests and for running the middleware without a PTV account.
 * It answers PTV's write API (v11 paths, any version segment) as {@link PtvBehaviour} describes
 * and PTV's read API as {@link SimulatedReads} does, and keeps what it was sent in
 * {@link #items()}.
 *
 * <pre>
 * PtvSimulator ptv = PtvSimulator.start(0, false);   // 0 = a free port
 * ptv.baseUrl();       // http://localhost:PORT, the middleware's base.url
 * ptv.tokenUrl();      // its api-login address
 * </pre>
 *
 * <p>What happens in PTV outside this system's calls is set up through admin endpoints (JSON in
 * and out; 404 for an unknown item, 409 for an item in the wrong state), each also a method here:
 * <ul>
 * <li>{@code POST /simulator/preload {"organizationId": id, "count": n, "sourceIds": false,
 *     "sourceIdPrefix": "preloaded-", "kinds": ["Service", "Phone", ...]}}
 *     ({@link #preload}): n published services and channels of the organisation, typed in by hand
 *     before any push, with realistic content from PTV's samples, each kind in turn; with
 *     {@code sourceIds}, sourceIds {@code prefix1, prefix2...}. The organisation is created when
 *     the simulator does not hold it. Answers {@code [{id, type, kind, name, sourceId}]}.
 * <li>{@code POST /simulator/items} with an item or a list of items in PTV's read shape
 *     ({@link #hold}): held as given (an id, Published and the time added where missing).
 * <li>{@code POST /simulator/items/{id}/edit {fields..., "texts": [{list, type, language, value}]}}
 *     ({@link #editInEditor}): an edit made and published in PTV's editor: the fields replaced,
 *     {@code modified} now.
 * <li>{@code POST /simulator/items/{id}/modified {changes as for edit}} ({@link #leaveModified}):
 *     an edit saved but not published. {@code Service|ServiceChannel/active/{id}} shows it with
 *     {@code publishingStatus Modified}, the public read the published version, and every write to
 *     the item gets PTV's 400 {@code {"PublishingStatus": ["You cannot update entity with status
 *     Modified."]}} until {@code POST /simulator/items/{id}/publish} ({@link #publishModified})
 *     or {@code .../discard} ({@link #discardModified}).
 * <li>{@code POST /simulator/items/{id}/archive {"automatic": false}} ({@link #archive}): archived by
 *     an editor, or by PTV itself with {@code automatic}; listed by {@code Service|ServiceChannel/archived/list}, 404 to
 *     reads, its sourceId kept (a create with it is "already exists").
 * <li>{@code POST /simulator/paging {"entitiesPageSize": 1000, "listPageSize": 100}}
 *     ({@link #setPageSizes}): PTV's page sizes, smaller for tests.
 * </ul>
 * The other admin endpoints: {@code GET /simulator/items} (counts per type),
 * {@code GET /simulator/items/{id}} (an item as stored), {@code POST /simulator/latency/{ms}},
 * {@code POST|DELETE /simulator/faults}, {@code GET /simulator/stats}.
 */
public final class PtvSimulator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final SimulatedItems items;
    private final ScriptedFaults faults;
    private final PtvBehaviour behaviour;

    private PtvSimulator(WireMockServer server, SimulatedItems items, ScriptedFaults faults, PtvBehaviour behaviour) {
        this.server = server;
        this.items = items;
        this.faults = faults;
        this.behaviour = behaviour;
    }

    /**
     * @param port the port to listen on, 0 for a free one
     * @param requireToken whether calls without a bearer token get 401 (PTV's behaviour)
     */
    public static PtvSimulator start(int port, boolean requireToken) {
        return start(port, requireToken, Duration.ofHours(24), Clock.systemUTC());
    }

    public static PtvSimulator start(int port, boolean requireToken, Duration tokenLifetime, Clock clock) {
        SimulatedItems items = new SimulatedItems();
        ScriptedFaults faults = new ScriptedFaults();
        PtvBehaviour behaviour = new PtvBehaviour(items, faults, clock, tokenLifetime, requireToken);
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig()
                .port(port)
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .containerThreads(32)
                .extensions(behaviour));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
        return new PtvSimulator(server, items, faults, behaviour);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String tokenUrl() {
        return baseUrl() + "/api/auth/api-login";
    }

    public int port() {
        return server.port();
    }

    public SimulatedItems items() {
        return items;
    }

    /** Failures to give before answering normally again. */
    public ScriptedFaults faults() {
        return faults;
    }

    /**
     * {@code count} published services and channels of the organisation, typed into PTV before any
     * push, with realistic content (see the class comment).
     *
     * @param withSourceIds whether they have sourceIds ({@code preloaded-1}, {@code preloaded-2}...)
     */
    public List<PreloadedItem> preload(String organizationId, int count, boolean withSourceIds) {
        return behaviour.editor().preload(organizationId, count, withSourceIds ? "preloaded-" : null, List.of());
    }

    /**
     * As {@link #preload(String, int, boolean)}, of the given kinds only (Service, EChannel, Phone,
     * ServiceLocation, PrintableForm, WebPage), with sourceIds {@code prefix + n} when the prefix is not null.
     */
    public List<PreloadedItem> preload(String organizationId, int count, String sourceIdPrefix, List<String> kinds) {
        return behaviour.editor().preload(organizationId, count, sourceIdPrefix, kinds);
    }

    /** An item held exactly as given, in PTV's read shape. */
    public PreloadedItem hold(ObjectNode item) {
        return behaviour.editor().hold(item);
    }

    /** An edit made and published in PTV's editor: {@code changes} replaces top-level fields; {@code modified} is now. */
    public void editInEditor(String id, ObjectNode changes) {
        behaviour.editor().editAndPublish(id, changes);
    }

    /** An edit of one text (e.g. list serviceNames, type Name, language fi) made and published in PTV's editor. */
    public void editTextInEditor(String id, String list, String type, String language, String value) {
        behaviour.editor().editAndPublish(id, texts(list, type, language, value));
    }

    /** An edit of one text saved in PTV's editor and left unpublished: the item is Modified. */
    public void leaveModified(String id, String list, String type, String language, String value) {
        behaviour.editor().leaveModified(id, texts(list, type, language, value));
    }

    /** The edit left Modified is published in PTV's editor. */
    public void publishModified(String id) {
        behaviour.editor().publish(id);
    }

    /** The edit left Modified is discarded in PTV's editor. */
    public void discardModified(String id) {
        behaviour.editor().discard(id);
    }

    /** Archived by an editor, or by PTV itself when {@code automatically}. */
    public void archive(String id, boolean automatically) {
        behaviour.editor().archive(id, automatically);
    }

    /** Page sizes of {@code Common/EntitiesByOrganization} (PTV: 1000) and of {@code list/organization} (PTV: 100). */
    public void setPageSizes(int entitiesPageSize, int listPageSize) {
        behaviour.reads().pageSizes(entitiesPageSize, listPageSize);
    }

    private static ObjectNode texts(String list, String type, String language, String value) {
        ObjectNode changes = JSON.createObjectNode();
        changes.putArray("texts").addObject().put("list", list).put("type", type).put("language", language).put("value", value);
        return changes;
    }

    @Override
    public void close() {
        server.stop();
    }
}
