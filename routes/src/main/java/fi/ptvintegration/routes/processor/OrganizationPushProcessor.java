package fi.ptvintegration.routes.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiOrganization;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationIn;
import fi.ptvintegration.ptv.client.generated.model.V9VmOpenApiOrganizationInBase;
import fi.ptvintegration.routes.intake.IntakeHeaders;
import fi.ptvintegration.routes.intake.IntakeRefusal;
import fi.ptvintegration.routes.intake.SecretRedactor;
import fi.ptvintegration.routes.mapping.OrganizationMapper;
import fi.ptvintegration.routes.push.PtvErrorTranslator;
import fi.ptvintegration.routes.push.PushAnswer;
import fi.ptvintegration.routes.push.PushOperation;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.StoredRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Sends a stored organisation to PTV: maps its code to a sourceId, resolves the parent to its PTV
 * id, maps the record, and creates ({@code post}) or updates ({@code put}: by PTV id when this
 * system created the item, else by sourceId) it. A PUT sends the whole object and sets the
 * {@code deleteAll*} flag of every list that is empty, so PTV's copy ends equal to the PAT one.
 *
 * <p>On success records code, sourceId, PTV id, status and the sent version in {@code ptv_item}
 * and answers Drupal. PTV's answers are translated: 400 into violations in PAT terms (422), "already
 * exists" on post into "use put" (409), 404 on put into "use post" (409), others into 502. Each PTV
 * call leaves an outbound integration-log record with both bodies.
 */
public class OrganizationPushProcessor implements Processor {

    private final Supplier<PtvClient> client;
    private final OrganizationMapper mapper;
    private final SourceIdMapping sourceIds;
    private final PtvItemStore items;
    private final IntegrationLogStore log;
    private final Clock clock;

    public OrganizationPushProcessor(Supplier<PtvClient> client, OrganizationMapper mapper, SourceIdMapping sourceIds,
            PtvItemStore items, IntegrationLogStore log, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.sourceIds = sourceIds;
        this.items = items;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Organization org = exchange.getProperty(IntakeHeaders.RECORD, Organization.class);
        StoredRecord stored = exchange.getProperty(StoredRecordLoader.STORED, StoredRecord.class);
        PushOperation operation = exchange.getProperty(PushStartProcessor.OPERATION, PushOperation.class);
        String correlationId = exchange.getProperty(IntakeHeaders.CORRELATION_ID, String.class);

        SourceIdMapping.Result mapped = sourceIds.toSourceId(org.code());
        String sourceId = mapped.sourceId().orElseThrow(() -> new IntakeRefusal(422, "validation",
                "the code cannot become a PTV sourceId", List.of(new Violation("code", "source-id", mapped.refusal()))));
        String parentId = parentPtvId(org);
        V9VmOpenApiOrganizationIn body = mapper.toPtv(org, sourceId, parentId);

        PtvClient ptv = client.get();
        Optional<PtvItem> known = items.find(RecordKind.Namespace.ORGANIZATION, org.code());
        String version = ptv.settings().apiVersion();
        String endpoint;
        Object sent;
        long started = System.nanoTime();
        V10VmOpenApiOrganization saved;
        try {
            if (operation == PushOperation.CREATE) {
                endpoint = "POST /api/" + version + "/Organization";
                sent = body;
                saved = ptv.createOrganization(body);
            } else {
                V9VmOpenApiOrganizationInBase update = forUpdate(ptv, body);
                sent = update;
                if (known.isPresent()) {
                    endpoint = "PUT /api/" + version + "/Organization/" + known.get().ptvId();
                    saved = ptv.updateOrganizationById(known.get().ptvId(), update);
                } else {
                    endpoint = "PUT /api/" + version + "/Organization/sourceId/" + sourceId;
                    saved = ptv.updateOrganizationBySourceId(sourceId, update);
                }
            }
        } catch (PtvApiException e) {
            String failedEndpoint = (operation == PushOperation.CREATE ? "POST /api/" + version + "/Organization"
                    : "PUT /api/" + version + "/Organization/" + known.map(PtvItem::ptvId).orElse("sourceId/" + sourceId));
            logOutbound(correlationId, failedEndpoint, org.code(), null, "ptv-" + e.status(), e.status(), started,
                    e.getMessage(), json(ptv, body), e.responseBody());
            throw translate(e, operation, org.code(), sourceId);
        }
        String ptvId = saved.getId() == null ? null : saved.getId().toString();
        logOutbound(correlationId, endpoint, org.code(), ptvId, operation == PushOperation.CREATE ? "created" : "updated", 200,
                started, null, json(ptv, sent), json(ptv, saved));
        if (ptvId != null) {
            items.save(RecordKind.Namespace.ORGANIZATION, new PtvItem(org.code(), sourceId, ptvId, saved.getPublishingStatus(),
                    stored.version(), stored.contentHash(), OffsetDateTime.now(clock)));
        }
        exchange.getMessage().setBody(new PushAnswer(correlationId, org.kind().jsonName(), org.code(), sourceId, ptvId,
                saved.getPublishingStatus(), operation == PushOperation.CREATE ? "created" : "updated"));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private String parentPtvId(Organization org) throws SQLException {
        String parent = org.parentOrganizationCode();
        if (parent == null || parent.isBlank()) {
            return null;
        }
        return items.find(RecordKind.Namespace.ORGANIZATION, parent).map(PtvItem::ptvId).orElseThrow(() -> new IntakeRefusal(
                422, "validation", "the parent organisation is not in PTV yet",
                List.of(new Violation("parentOrganizationCode", "not-in-ptv",
                        "push organisation '" + parent + "' to PTV first: /cxf/ptv/organization/post/" + parent))));
    }

    /** The whole object for a PUT, with every empty list cleared explicitly (PTV keeps lists left out). */
    static V9VmOpenApiOrganizationInBase forUpdate(PtvClient ptv, V9VmOpenApiOrganizationIn body) {
        V9VmOpenApiOrganizationInBase update = ptv.objectMapper().convertValue(body, V9VmOpenApiOrganizationInBase.class);
        update.deleteAllEmails(body.getEmails() == null || body.getEmails().isEmpty());
        update.deleteAllPhones(body.getPhoneNumbers() == null || body.getPhoneNumbers().isEmpty());
        update.deleteAllWebPages(body.getWebPages() == null || body.getWebPages().isEmpty());
        update.deleteAllAddresses(body.getAddresses() == null || body.getAddresses().isEmpty());
        return update;
    }

    private static IntakeRefusal translate(PtvApiException e, PushOperation operation, String code, String sourceId) {
        if (e.status() == 400 && operation == PushOperation.CREATE && PtvErrorTranslator.saysAlreadyExists(e.responseBody())) {
            return new IntakeRefusal(409, "already-in-ptv", "PTV already has an organisation with sourceId '" + sourceId
                    + "': use /cxf/ptv/organization/put/" + code);
        }
        if (e.status() == 400) {
            return new IntakeRefusal(422, "ptv-rejected", "PTV refused organisation '" + code + "'",
                    PtvErrorTranslator.violations(e.responseBody()));
        }
        if (e.status() == 404 && operation == PushOperation.UPDATE) {
            return new IntakeRefusal(409, "not-in-ptv", "organisation '" + code + "' is not in PTV yet: use /cxf/ptv/organization/post/"
                    + code);
        }
        if (e.status() == 401 || e.status() == 403) {
            return new IntakeRefusal(502, "ptv-authentication", "PTV refused the integration's credentials (" + e.status()
                    + "); ask the integration admin to check the PTV account");
        }
        return new IntakeRefusal(502, "ptv-unavailable", e.isTransportFailure()
                ? "PTV could not be reached; nothing changed in PTV, try again later"
                : "PTV answered " + e.status() + "; try again later");
    }

    private void logOutbound(String correlationId, String endpoint, String code, String ptvId, String outcome, int status,
            long startedNanos, String error, String request, String response) {
        try {
            log.append(new IntegrationLogEntry(correlationId, OffsetDateTime.now(clock), IntegrationLogEntry.OUTBOUND,
                    endpoint.substring(endpoint.indexOf(' ') + 1), endpoint.substring(0, endpoint.indexOf(' ')),
                    RecordKind.ORGANIZATION.jsonName(), code, ptvId, outcome, status,
                    (System.nanoTime() - startedNanos) / 1_000_000, 1, error,
                    SecretRedactor.redact(request), SecretRedactor.redact(response)));
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(OrganizationPushProcessor.class)
                    .error("Outbound log record of {} could not be written: {}", correlationId, e.getMessage());
        }
    }

    private static String json(PtvClient ptv, Object value) {
        try {
            return value == null ? null : ptv.objectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
