package fi.ptvintegration.ptv.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;

/**
 * A PTV stand-in on WireMock for tests and for running the middleware without a PTV account.
 * It answers PTV's write API (v11 paths, any version segment) as {@link PtvBehaviour} describes,
 * and keeps what it was sent in {@link #items()}; its code lists (v12 and v11) are
 * {@link SimulatedCodeLists}'.
 *
 * <pre>
 * PtvSimulator ptv = PtvSimulator.start(0, false);   // 0 = a free port
 * ptv.baseUrl();       // http://localhost:PORT, the middleware's base.url
 * ptv.tokenUrl();      // its api-login address
 * </pre>
 */
public final class PtvSimulator implements AutoCloseable {

    private final WireMockServer server;
    private final SimulatedItems items;
    private final ScriptedFaults faults;
    private final SimulatedCodeLists codeLists;

    private PtvSimulator(WireMockServer server, SimulatedItems items, ScriptedFaults faults, SimulatedCodeLists codeLists) {
        this.server = server;
        this.items = items;
        this.faults = faults;
        this.codeLists = codeLists;
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
        SimulatedCodeLists codeLists = new SimulatedCodeLists();
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig()
                .port(port)
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .containerThreads(32)
                .extensions(new PtvBehaviour(items, faults, codeLists, clock, tokenLifetime, requireToken)));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
        return new PtvSimulator(server, items, faults, codeLists);
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

    /** How many code-list pages (v12 pages, v11 lists and postal-code pages) were answered. */
    public long codeListPagesServed() {
        return codeLists.pagesServed();
    }

    /** Entries of a code list by its v12 name, e.g. {@code ontology-terms}. */
    public int codeListSize(String v12List) {
        return codeLists.size(v12List);
    }

    @Override
    public void close() {
        server.stop();
    }
}
