package fi.ptvintegration.routes.tenant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * A node of two municipalities against the PTV simulator: Turku (its sports services and their
 * sub-organisations, API keys {@link #turkuKeys()}, admin user {@code turku-admin}) and Espoo (its
 * culture services, one key, Drupal user {@code espoo-drupal}, admins by role); {@code ops} is the
 * node's own admin. Every password is {@code pw}; sourceIds are prefixed {@code t-}.
 */
abstract class TwoMunicipalitiesTestSupport extends ApplicationTestSupport {

    static final String TURKU_KEY = "turku-key-1";
    static final String TURKU_NEXT_KEY = "turku-key-2";
    static final String ESPOO_KEY = "espoo-key";

    final PtvSimulator ptv = PtvSimulator.start(0, false);
    final TenantDirectory directory = new TenantDirectory();

    static Tenant turku(List<String> keys) {
        return new Tenant("turku", Set.of("turku-liikuntapalvelut"), keys, Set.of(), Set.of(), Set.of("turku-admin"), Set.of(),
                Optional.empty());
    }

    static Tenant espoo() {
        return new Tenant("espoo", Set.of("espoo-kulttuuri"), List.of(ESPOO_KEY), Set.of("espoo-drupal"), Set.of(), Set.of(),
                Set.of("espoo-admins"), Optional.empty());
    }

    /** Turku's API keys when the node starts. */
    List<String> turkuKeys() {
        return List.of(TURKU_KEY);
    }

    @Override
    protected TenantDirectory tenants() {
        directory.replace(List.of(turku(turkuKeys()), espoo()));
        return directory;
    }

    @Override
    protected ApplicationSettings settings() {
        return super.settings().with(new ApplicationSettings.Push(new SourceIdMapping("t-"), false));
    }

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> switch (user + ":" + password) {
            case "turku-admin:pw" -> Optional.of(Set.of());
            case "espoo-drupal:pw" -> Optional.of(Set.of());
            case "ops:pw" -> Optional.of(Set.of("admin", "viewer"));
            default -> Optional.empty();
        };
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        return new PtvAccounts(PtvAdapters.connect(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(5), Duration.ofSeconds(10)),
                PtvTokenSource.none()), Map.of());
    }

    @AfterEach
    void stopPtv() {
        ptv.close();
    }

    /** The shipped example of a kind as a record of the organisation, coded {@code code}. */
    static String record(String kind, String code, String organization) throws Exception {
        ObjectNode record = PatJson.mapper().valueToTree(PatJson.example(kind));
        record.put("code", code);
        switch (kind) {
            case "organization" -> {
                if (!organization.equals(code)) {
                    record.put("parentOrganizationCode", organization);
                }
            }
            case "service" -> {
                record.put("responsibleOrganizationCode", organization);
                record.withArray("producers").forEach(p -> ((ObjectNode) p).putArray("organizationCodes").add(organization));
            }
            default -> record.put("organizationCode", organization);
        }
        return PatJson.mapper().writeValueAsString(record);
    }

    static Map<String, Object> key(String key) {
        return Map.of("X-API-Key", key);
    }

    static Map<String, Object> basic(String user) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
    }
}
