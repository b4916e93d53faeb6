package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the simulated PTV changes an item's publishing status on an update, as PTV 3.4 does
 * (read in its source, vrk-kpa/ptv-releases): {@code PublishingStatusValidator} allows Draft or
 * Published from Draft; Modified, Published or Deleted from Published and from Deleted (nothing
 * while an edit is left Modified: {@link SimulatedEditor} refuses that). An update with Deleted
 * archives the item and keeps its content as it was (PTV's
 * {@code SaveService} ignores the body then); from Deleted, Published or Modified restores it
 * with the body sent. An organisation that services, channels or sub-organisations still belong
 * to cannot be archived: PTV throws "You cannot delete organization ... Services or service
 * channels attached!", which its exception filter answers with 500. An archived item answers 404 to
 * reads and keeps its sourceId, so a create with that sourceId is still "already exists".
 */
final class PublishingTransitions {

    static final String ARCHIVED = "Deleted";

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Draft", Set.of("Draft", "Published"),
            "Published", Set.of("Modified", "Published", "Deleted"),
            "Deleted", Set.of("Modified", "Published", "Deleted"));

    /** What an update is refused with: its status and PTV's answer body. */
    record Refusal(int status, Map<String, List<String>> errors, String errorMessage) {}

    private final SimulatedItems items;

    PublishingTransitions(SimulatedItems items) {
        this.items = items;
    }

    static boolean archived(SimulatedItems.Item item) {
        return ARCHIVED.equals(item.body().path("publishingStatus").asText());
    }

    /** Why PTV refuses the update of {@code current} with {@code update} by its status, if it does. */
    Optional<Refusal> refusal(SimulatedItems.Item current, ObjectNode update) {
        String from = current.body().path("publishingStatus").asText("Draft");
        String to = update.path("publishingStatus").asText("");
        if (!to.isEmpty() && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
            return Optional.of(fieldRefusal("You cannot set Publishing status as " + to + " when current one is " + from + "."));
        }
        if (ARCHIVED.equals(to) && !ARCHIVED.equals(from) && current.type().equals("Organization")) {
            List<String> attached = attachedTo(current.id());
            if (!attached.isEmpty()) {
                return Optional.of(new Refusal(500, null, "You cannot delete organization " + current.id()
                        + ". Services or service channels attached!"));
            }
        }
        return Optional.empty();
    }

    /**
     * What of an update PTV applies: of an archiving update only the status (PTV ignores the rest
     * of the body then, the sourceId included), of any other the whole body.
     */
    ObjectNode applied(ObjectNode update) {
        if (!ARCHIVED.equals(update.path("publishingStatus").asText())) {
            return update;
        }
        ObjectNode statusOnly = update.objectNode();
        statusOnly.put("publishingStatus", ARCHIVED);
        return statusOnly;
    }

    /**
     * Ids of what keeps an organisation from being archived, as PTV's
     * {@code GetOrganizationConnectedEntities} counts it: services not archived that it is
     * responsible for, co-responsible for or produces, channels it owns, and its sub-organisations.
     */
    List<String> attachedTo(String organizationId) {
        List<String> attached = new ArrayList<>();
        for (SimulatedItems.Item service : items.all("Service")) {
            JsonNode body = service.body();
            if (!archived(service) && (organizationId.equals(body.path("mainResponsibleOrganization").asText())
                    || contains(body.path("otherResponsibleOrganizations"), organizationId)
                    || producedBy(body.path("serviceProducers"), organizationId))) {
                attached.add(service.id());
            }
        }
        for (SimulatedItems.Item channel : items.all("ServiceChannel")) {
            if (!archived(channel) && organizationId.equals(channel.body().path("organizationId").asText())) {
                attached.add(channel.id());
            }
        }
        for (SimulatedItems.Item organization : items.all("Organization")) {
            if (!archived(organization) && organizationId.equals(organization.body().path("parentOrganizationId").asText())) {
                attached.add(organization.id());
            }
        }
        return attached;
    }

    private static boolean producedBy(JsonNode producers, String organizationId) {
        for (JsonNode producer : producers) {
            if (contains(producer.path("organizations"), organizationId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode candidate : values) {
            if (value.equals(candidate.asText()) || value.equals(candidate.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Refusal fieldRefusal(String message) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("PublishingStatus", List.of(message));
        return new Refusal(400, errors, null);
    }
}
