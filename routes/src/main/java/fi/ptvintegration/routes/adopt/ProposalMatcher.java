package fi.ptvintegration.routes.adopt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs unlinked PAT records with unlinked PTV items of one organisation, per kind: by sourceId
 * first (PTV's item carries the sourceId the record's code maps to), then by Finnish name,
 * normalised (case, spaces and punctuation set aside; å, ä and ö kept, they are letters of their
 * own in Finnish). A name that two records or two items share makes no pair: it is listed as an
 * ambiguity. Pure.
 */
public final class ProposalMatcher {

    private ProposalMatcher() {}

    /**
     * One side of a match.
     *
     * @param id the PAT code of a record, the PTV id of an item
     * @param sourceId for a record, the sourceId its code maps to; for an item, the sourceId PTV holds (may be null)
     */
    public record Candidate(String kind, String id, String sourceId, String name) {}

    public static Proposals match(String organization, List<Candidate> records, List<Candidate> items) {
        List<Proposals.Pair> pairs = new ArrayList<>();
        List<Proposals.Ambiguity> ambiguities = new ArrayList<>();
        Map<String, Candidate> openRecords = new LinkedHashMap<>();
        records.forEach(r -> openRecords.put(r.id(), r));
        Map<String, Candidate> openItems = new LinkedHashMap<>();
        items.forEach(i -> openItems.put(i.id(), i));

        for (Candidate record : records) {
            Candidate item = items.stream().filter(i -> i.kind().equals(record.kind()) && i.sourceId() != null
                    && i.sourceId().equals(record.sourceId()) && openItems.containsKey(i.id())).findFirst().orElse(null);
            if (item != null) {
                pairs.add(new Proposals.Pair(record.kind(), record.id(), item.id(), Proposals.Reason.SOURCE_ID, record.name(), item.name()));
                openRecords.remove(record.id());
                openItems.remove(item.id());
            }
        }

        Map<String, List<Candidate>> recordsByName = byName(openRecords.values());
        Map<String, List<Candidate>> itemsByName = byName(openItems.values());
        for (Map.Entry<String, List<Candidate>> named : recordsByName.entrySet()) {
            List<Candidate> sameNameItems = itemsByName.get(named.getKey());
            if (sameNameItems == null) {
                continue;
            }
            List<Candidate> sameNameRecords = named.getValue();
            if (sameNameRecords.size() == 1 && sameNameItems.size() == 1) {
                Candidate record = sameNameRecords.get(0);
                Candidate item = sameNameItems.get(0);
                pairs.add(new Proposals.Pair(record.kind(), record.id(), item.id(), Proposals.Reason.NAME, record.name(), item.name()));
            } else {
                ambiguities.add(new Proposals.Ambiguity(sameNameRecords.get(0).kind(), sameNameRecords.get(0).name(),
                        sameNameRecords.stream().map(Candidate::id).toList(), sameNameItems.stream().map(Candidate::id).toList()));
            }
            sameNameRecords.forEach(r -> openRecords.remove(r.id()));
            sameNameItems.forEach(i -> openItems.remove(i.id()));
        }
        return new Proposals(organization, pairs, ambiguities, items(openItems.values()), items(openRecords.values()));
    }

    /** The name as compared: lower case, letters and digits only, runs of anything else as one space. */
    public static String normalisedName(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(new Locale("fi"));
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** Candidates by kind and normalised name; nameless ones are left out (nothing to match on). */
    private static Map<String, List<Candidate>> byName(Iterable<Candidate> candidates) {
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            String name = normalisedName(candidate.name());
            if (!name.isEmpty()) {
                byName.computeIfAbsent(candidate.kind() + "\u0000" + name, n -> new ArrayList<>()).add(candidate);
            }
        }
        return byName;
    }

    private static List<Proposals.Item> items(Iterable<Candidate> candidates) {
        List<Proposals.Item> listed = new ArrayList<>();
        candidates.forEach(c -> listed.add(new Proposals.Item(c.kind(), c.id(), c.name())));
        return listed;
    }
}
