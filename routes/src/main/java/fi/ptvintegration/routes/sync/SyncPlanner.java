package fi.ptvintegration.routes.sync;

import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PatReferences;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.routes.delivery.ConnectionSet;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the daily sync: compares the PAT store with what this system last sent to PTV
 * ({@code ptv_item}) and says what makes PTV match the store. A live record never delivered is
 * created; one whose stored content differs from what was last sent is updated; a service whose
 * connections differ from what PTV confirmed ({@link ConnectionSet}: an offering added, changed
 * or removed, a channel removed or created) is updated with them; a live record whose item this
 * system archived is restored; a removed record whose item PTV publishes is archived. Left out,
 * with the reason: a removed record whose PTV item is a draft (PTV archives only published
 * items) and a removed organisation that live records still name. The same plan serves the dry
 * run and the run, so the dry run says exactly what the run sends.
 */
public class SyncPlanner {

    private final PatStore records;
    private final PtvItemStore items;

    public SyncPlanner(PatStore records, PtvItemStore items) {
        this.records = records;
        this.items = items;
    }

    /** A stored record with its content read. */
    private record Known(StoredRecord stored, PatRecord record) {
        String key() {
            return stored.kind().namespace() + "\n" + stored.code();
        }
    }

    public SyncPlan plan() throws SQLException {
        Map<String, PtvLink> links = new HashMap<>();
        for (PtvLink link : items.links()) {
            links.put(link.namespace() + "\n" + link.code(), link);
        }
        List<Known> organizations = read(RecordKind.Namespace.ORGANIZATION);
        List<Known> channels = read(RecordKind.Namespace.CHANNEL);
        List<Known> services = read(RecordKind.Namespace.SERVICE);
        List<Known> offerings = read(RecordKind.Namespace.OFFERING);
        List<SyncPlan.Skipped> skipped = new ArrayList<>();

        Set<String> archived = new HashSet<>();
        List<SyncPlan.Step> channelChanges = new ArrayList<>();
        List<SyncPlan.Step> channelArchives = new ArrayList<>();
        Set<String> channelsInPtvAfterwards = new HashSet<>();
        for (Known channel : channels) {
            PtvLink link = links.get(channel.key());
            SyncPlan.Step change = change(channel, link);
            if (change != null) {
                channelChanges.add(change);
            }
            if (!channel.stored().removed() && (change != null || (link != null && !link.archived()))) {
                channelsInPtvAfterwards.add(channel.stored().code());
            }
            SyncPlan.Step archive = archive(channel, link, skipped);
            if (archive != null) {
                channelArchives.add(archive);
                archived.add(channel.key());
            }
        }

        Map<String, List<ConnectionSet.Member>> wantedConnections = wantedConnections(offerings, channelsInPtvAfterwards);
        List<SyncPlan.Step> serviceChanges = new ArrayList<>();
        List<SyncPlan.Step> serviceArchives = new ArrayList<>();
        for (Known service : services) {
            PtvLink link = links.get(service.key());
            SyncPlan.Step change = change(service, link);
            if (change == null && !service.stored().removed() && link != null && !link.archived()) {
                String wanted = ConnectionSet.hash(wantedConnections.getOrDefault(service.stored().code(), List.of()));
                if (!wanted.equals(link.connectionsHash())) {
                    change = new SyncPlan.Step(RecordKind.SERVICE, service.stored().code(), PushOperation.UPDATE,
                            "its connections differ from what PTV confirmed");
                }
            }
            if (change != null) {
                serviceChanges.add(change);
            }
            SyncPlan.Step archive = archive(service, link, skipped);
            if (archive != null) {
                serviceArchives.add(archive);
                archived.add(service.key());
            }
        }

        Map<Integer, List<SyncPlan.Step>> organizationLevels = new TreeMap<>();
        Map<Integer, List<SyncPlan.Step>> organizationArchives = new TreeMap<>(Comparator.reverseOrder());
        Map<String, Integer> levels = levels(organizations);
        Map<String, String> namedByRemaining = namedByWhatStaysInPtv(links, organizations, channels, services, archived);
        for (Known organization : organizations) {
            int level = levels.get(organization.stored().code());
            SyncPlan.Step change = change(organization, links.get(organization.key()));
            if (change != null) {
                organizationLevels.computeIfAbsent(level, l -> new ArrayList<>()).add(change);
            }
            SyncPlan.Step archive = archive(organization, links.get(organization.key()), skipped);
            String naming = namedByRemaining.get(organization.stored().code());
            if (archive != null && naming != null) {
                skipped.add(new SyncPlan.Skipped(organization.stored().kind().jsonName(), organization.stored().code(),
                        naming + " names it and stays in PTV; PTV archives an organisation only when nothing of it is published"
                                + " or a draft"));
            } else if (archive != null) {
                organizationArchives.computeIfAbsent(level, l -> new ArrayList<>()).add(archive);
                archived.add(organization.key());
            }
        }

        List<SyncPlan.Phase> phases = new ArrayList<>();
        organizationLevels.forEach((level, steps) -> phases.add(new SyncPlan.Phase("organizations, level " + level, steps)));
        add(phases, "channels", channelChanges);
        add(phases, "services and their connections", serviceChanges);
        add(phases, "services archived", serviceArchives);
        add(phases, "channels archived", channelArchives);
        organizationArchives.forEach((level, steps) -> phases.add(new SyncPlan.Phase("organizations archived, level " + level, steps)));
        return new SyncPlan(phases, skipped);
    }

    private static void add(List<SyncPlan.Phase> phases, String name, List<SyncPlan.Step> steps) {
        if (!steps.isEmpty()) {
            phases.add(new SyncPlan.Phase(name, steps));
        }
    }

    /** Create, update or restore of a live record, when PTV does not hold it as stored. */
    private static SyncPlan.Step change(Known known, PtvLink link) {
        StoredRecord stored = known.stored();
        if (stored.removed()) {
            return null;
        }
        if (link == null) {
            return new SyncPlan.Step(stored.kind(), stored.code(), PushOperation.CREATE, "never delivered");
        }
        if (link.archived()) {
            return new SyncPlan.Step(stored.kind(), stored.code(), PushOperation.RESTORE, "live again, its PTV item archived");
        }
        if (link.sentHash() == null) {
            return new SyncPlan.Step(stored.kind(), stored.code(), PushOperation.UPDATE, "adopted from PTV, never pushed since");
        }
        if (!link.sentHash().equals(stored.contentHash())) {
            return new SyncPlan.Step(stored.kind(), stored.code(), PushOperation.UPDATE,
                    "stored version " + stored.version() + ", version " + link.sentVersion() + " delivered");
        }
        return null;
    }

    /** Archive of a removed record whose item PTV publishes; a draft is left out, as PTV archives only published items. */
    private static SyncPlan.Step archive(Known known, PtvLink link, List<SyncPlan.Skipped> skipped) {
        StoredRecord stored = known.stored();
        if (!stored.removed() || link == null || link.archived()) {
            return null;
        }
        if (ItemLifecycle.DRAFT.equals(link.publishingStatus())) {
            skipped.add(new SyncPlan.Skipped(stored.kind().jsonName(), stored.code(),
                    "a draft in PTV, never published: PTV archives only published items; delete the draft in PTV's editor"));
            return null;
        }
        return new SyncPlan.Step(stored.kind(), stored.code(), PushOperation.ARCHIVE, "removed " + stored.removedAt());
    }

    /**
     * Each organisation's level: 0 without a parent among the stored organisations, else one
     * below its parent's. A parent is created before its children and archived after them.
     */
    private static Map<String, Integer> levels(List<Known> organizations) {
        Map<String, String> parents = new HashMap<>();
        for (Known known : organizations) {
            String parent = ((Organization) known.record()).parentOrganizationCode();
            if (parent != null && !parent.isBlank()) {
                parents.put(known.stored().code(), parent);
            }
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Known known : organizations) {
            int level = 0;
            Set<String> seen = new HashSet<>();
            String at = known.stored().code();
            while (parents.containsKey(at) && seen.add(at) && parentStored(parents.get(at), organizations)) {
                at = parents.get(at);
                level++;
            }
            levels.put(known.stored().code(), level);
        }
        return levels;
    }

    private static boolean parentStored(String code, List<Known> organizations) {
        return organizations.stream().anyMatch(o -> o.stored().code().equals(code));
    }

    /**
     * The organisations named by what will still be in PTV after this sync, each with one record
     * that names it: live records (PTV has them or gets them) and removed ones whose item is not
     * archived by this sync (a draft PTV cannot archive). PTV refuses to archive such an
     * organisation. Organisations are visited after services and channels, so {@code archived}
     * holds theirs; an organisation archived by this sync does not keep its parent.
     */
    private static Map<String, String> namedByWhatStaysInPtv(Map<String, PtvLink> links, List<Known> organizations,
            List<Known> channels, List<Known> services, Set<String> archived) {
        Map<String, String> named = new HashMap<>();
        for (List<Known> records : List.of(channels, services, organizations)) {
            for (Known known : records) {
                PtvLink link = links.get(known.key());
                boolean staysInPtv = !known.stored().removed()
                        || (link != null && !link.archived() && !archived.contains(known.key()) && !wouldBeArchived(known, link));
                if (!staysInPtv) {
                    continue;
                }
                for (PatReferences.Reference reference : PatReferences.of(known.record())) {
                    if (reference.namespace() == RecordKind.Namespace.ORGANIZATION) {
                        named.putIfAbsent(reference.code(), known.stored().kind().jsonName() + " '" + known.stored().code() + "'");
                    }
                }
            }
        }
        return named;
    }

    /** A removed organisation this sync archives unless something names it: it does not keep its parent. */
    private static boolean wouldBeArchived(Known known, PtvLink link) {
        return known.stored().kind() == RecordKind.ORGANIZATION && !ItemLifecycle.DRAFT.equals(link.publishingStatus());
    }

    /** Per service, the connections it should have: its live offerings whose channel is live and in PTV after the channel phase. */
    private static Map<String, List<ConnectionSet.Member>> wantedConnections(List<Known> offerings, Set<String> channelsInPtv) {
        Map<String, List<ConnectionSet.Member>> wanted = new HashMap<>();
        for (Known known : offerings) {
            ServiceOffering offering = (ServiceOffering) known.record();
            if (!known.stored().removed() && channelsInPtv.contains(offering.channelCode())) {
                wanted.computeIfAbsent(offering.serviceCode(), s -> new ArrayList<>())
                        .add(new ConnectionSet.Member(offering.code(), known.stored().contentHash(), offering.channelCode()));
            }
        }
        return wanted;
    }

    private List<Known> read(RecordKind.Namespace namespace) throws SQLException {
        List<Known> known = new ArrayList<>();
        for (StoredRecord stored : records.all(namespace)) {
            try {
                known.add(new Known(stored, PatJson.mapper().readValue(stored.body(), PatRecord.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("a stored record is always readable: " + stored.kind() + " " + stored.code(), e);
            }
        }
        return known;
    }
}
