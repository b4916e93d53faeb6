package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.adopt.AdoptedAnswer;
import fi.ptvintegration.routes.adopt.AdoptionService;
import fi.ptvintegration.routes.drift.DriftService;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Drift;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The steps of {@code /cxf/ops} that concern what PTV already holds: adoption (proposals for an
 * organisation, accepting a list of them, adopting one item) and drift (the list, one entry,
 * accepting PTV's edits, a scan now). Every action leaves an integration-log record naming the
 * admin, through {@link OpsService#audit}.
 */
public class PtvViewOpsSteps {

    private static final TypeReference<List<AdoptionService.Choice>> CHOICES = new TypeReference<>() {};
    private static final int MAX_CHOICES = 5_000;

    private final AdoptionService adoption;
    private final DriftService drift;
    private final OpsService operations;
    private final RecordVisibility visibility;

    public PtvViewOpsSteps(AdoptionService adoption, DriftService drift, OpsService operations, TenantScope scope, PatStore records) {
        this.adoption = adoption;
        this.drift = drift;
        this.operations = operations;
        this.visibility = new RecordVisibility(scope, records);
    }

    /** Accepted proposals: how many were adopted, and each outcome. */
    public record AcceptedAnswer(int adopted, int refused, List<AdoptionService.Accepted> results) implements CallOutcome {
        @Override
        public String outcome() {
            return "adopted";
        }
    }

    public Processor proposals() {
        return exchange -> {
            String organization = OpsParameters.text(exchange.getMessage(), "organization");
            if (organization == null) {
                throw OpsParameters.badQuery("organization", "the PAT code of a linked organisation");
            }
            answer(exchange, new DeliveryOpsSteps.Shown(adoption.proposals(organization, correlationId(exchange), caller(exchange))));
        };
    }

    public Processor acceptProposals() {
        return exchange -> {
            List<AdoptionService.Choice> choices = choices(exchange.getMessage());
            List<AdoptionService.Accepted> results = adoption.accept(choices, correlationId(exchange), caller(exchange));
            int adopted = (int) results.stream().filter(AdoptionService.Accepted::adopted).count();
            AcceptedAnswer accepted = new AcceptedAnswer(adopted, results.size() - adopted, results);
            operations.audit(DeliveryOpsSteps.actor(exchange), "adopted", null, null, null, json(choices),
                    "{\"adopted\":" + adopted + ",\"refused\":" + (results.size() - adopted) + "}");
            answer(exchange, accepted);
        };
    }

    public Processor adopt() {
        return exchange -> {
            Message message = exchange.getMessage();
            RecordKind kind = kind(message.getHeader(ExchangeKeys.KIND, String.class));
            String code = message.getHeader(ExchangeKeys.CODE, String.class);
            AdoptionService.Adopted adopted = adoption.adopt(kind, code, OpsParameters.text(message, "ptvId"), correlationId(exchange),
                    caller(exchange));
            operations.audit(DeliveryOpsSteps.actor(exchange), "adopted", kind.jsonName(), code, adopted.ptvId(), null, json(adopted));
            answer(exchange, new AdoptedAnswer(adopted));
        };
    }

    public Processor listDrift() {
        return exchange -> {
            Message message = exchange.getMessage();
            Caller caller = caller(exchange);
            List<Drift> found = new java.util.ArrayList<>();
            for (Drift entry : drift.list("true".equalsIgnoreCase(OpsParameters.text(message, "all")), OpsParameters.text(message, "code"),
                    OpsParameters.limit(message, 1000))) {
                if (visibility.visible(caller, entry.namespace(), entry.code())) {
                    found.add(entry);
                }
            }
            answer(exchange, new DeliveryOpsSteps.Listed(found.size(), found));
        };
    }

    public Processor showDrift() {
        return exchange -> answer(exchange, new DeliveryOpsSteps.Shown(visibleDrift(exchange)));
    }

    public Processor acceptDrift() {
        return exchange -> {
            Drift accepted = drift.accept(visibleDrift(exchange).id(), correlationId(exchange));
            operations.audit(DeliveryOpsSteps.actor(exchange), "drift-accepted", accepted.kind(), accepted.code(), accepted.ptvId(),
                    "{\"id\":" + accepted.id() + "}", null);
            answer(exchange, new DeliveryOpsSteps.Shown(accepted));
        };
    }

    public Processor scanDrift() {
        return exchange -> {
            DriftService.ScanReport report = drift.scan();
            operations.audit(DeliveryOpsSteps.actor(exchange), "drift-scanned", null, null, null, null, json(report));
            answer(exchange, new DeliveryOpsSteps.Shown(report));
        };
    }

    /** The drift entry of the path, when the caller's tenant owns its record (403 otherwise). */
    private Drift visibleDrift(Exchange exchange) throws Exception {
        Drift entry = drift.find(OpsParameters.deliveryId(exchange.getMessage())).orElseThrow(() -> new CallRefusal(404, "not-found",
                "no drift " + exchange.getMessage().getHeader(ExchangeKeys.DELIVERY_ID, String.class)));
        visibility.require(caller(exchange), entry.namespace(), entry.code(), "drift " + entry.id());
        return entry;
    }

    private static Caller caller(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
    }

    private static RecordKind kind(String name) {
        return RecordKind.fromJsonName(name).filter(k -> k != RecordKind.OFFERING).orElseThrow(() -> new CallRefusal(404, "not-found",
                "no kind '" + name + "': organization, service, echannel, phone, servicelocation, printableform or webpage"));
    }

    private static List<AdoptionService.Choice> choices(Message message) {
        try (InputStream in = message.getBody(InputStream.class)) {
            List<AdoptionService.Choice> choices = in == null ? null : PatJson.mapper().readValue(in, CHOICES);
            if (choices == null || choices.isEmpty()) {
                throw new CallRefusal(400, "empty-body", "send the proposals to accept as a JSON list of {kind, code, ptvId}");
            }
            if (choices.size() > MAX_CHOICES) {
                throw new CallRefusal(413, "body-too-large", "at most " + MAX_CHOICES + " proposals at once");
            }
            return choices;
        } catch (JsonProcessingException e) {
            throw new CallRefusal(400, "malformed-json", "the proposals must be a JSON list of {kind, code, ptvId}: "
                    + e.getOriginalMessage().lines().findFirst().orElse("").toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new CallRefusal(400, "malformed-json", "the body could not be read");
        }
    }

    private static String json(Object value) {
        try {
            return PatJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String correlationId(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
    }

    private static void answer(Exchange exchange, Object body) {
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
