package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.pat.validation.CodeListLookup;
import fi.ptvintegration.ptv.codelists.CodeListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One code list in memory, immutable, built to answer an autocomplete within a few
 * milliseconds also at 30,000 entries: every label word (fi, sv, en, folded) and every code is
 * in one sorted array, so a word prefix is two binary searches; the matches are ranked by one
 * primitive sort. Also answers the exact look-ups of intake validation (by URI or code, case
 * folded) and the closest entries to a value the list does not hold.
 *
 * <p>Search: every word of the query must begin a word of a label (or the code) of the entry,
 * in the languages asked for; ranked exact identifier, exact label, label prefix, code prefix,
 * then other word matches; within a rank valid before not valid, shorter label first, then
 * alphabetical.
 */
final class CodeListIndex {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    /**
     * Queries this short (one or two letters) match a large part of a big list, and there are few
     * of them: their ranked matches are kept once computed, so the first keystrokes of an
     * autocomplete cost a look-up. At most {@link #SHORT_QUERIES_KEPT} kept per list version.
     */
    static final int SHORT_QUERY = 2;
    static final int SHORT_QUERIES_KEPT = 128;
    private static final byte CODE = (byte) LANGUAGES.size();

    private final String list;
    private final CodeListState state;
    private final CodeListEntry[] entries;
    /** Folded full label per entry and search language; null where the entry has none. */
    private final String[][] labels;
    private final String[] foldedCodes;
    private final Map<String, Integer> byId;
    private final Map<String, Integer> byKey;
    private final String[] tokens;
    private final int[] tokenEntry;
    private final byte[] tokenLanguage;
    private final int[] alphabetical;
    private final Map<String, long[]> shortQueries = new java.util.concurrent.ConcurrentHashMap<>();

    private CodeListIndex(CodeListIndex same, CodeListState state) {
        this.list = same.list;
        this.state = state;
        this.entries = same.entries;
        this.labels = same.labels;
        this.foldedCodes = same.foldedCodes;
        this.byId = same.byId;
        this.byKey = same.byKey;
        this.tokens = same.tokens;
        this.tokenEntry = same.tokenEntry;
        this.tokenLanguage = same.tokenLanguage;
        this.alphabetical = same.alphabetical;
    }

    CodeListIndex(String list, CodeListState state, List<CodeListEntry> entryList) {
        this.list = list;
        this.state = state;
        this.entries = entryList.toArray(CodeListEntry[]::new);
        this.labels = new String[entries.length][LANGUAGES.size()];
        this.foldedCodes = new String[entries.length];
        this.byId = new HashMap<>();
        this.byKey = new HashMap<>();
        List<String> tokenTexts = new ArrayList<>();
        List<int[]> tokenRefs = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            CodeListEntry entry = entries[i];
            byId.putIfAbsent(entry.id(), i);
            byKey.putIfAbsent(entry.id().toLowerCase(Locale.ROOT), i);
            if (entry.code() != null) {
                foldedCodes[i] = Folding.fold(entry.code());
                byKey.putIfAbsent(entry.code().toLowerCase(Locale.ROOT), i);
                tokenTexts.add(foldedCodes[i]);
                tokenRefs.add(new int[] {i, CODE});
            }
            for (int l = 0; l < LANGUAGES.size(); l++) {
                String label = entry.names().get(LANGUAGES.get(l));
                if (label == null) {
                    continue;
                }
                labels[i][l] = Folding.fold(label);
                for (String word : Folding.words(labels[i][l])) {
                    tokenTexts.add(word);
                    tokenRefs.add(new int[] {i, l});
                }
            }
        }
        Integer[] order = IntStream.range(0, tokenTexts.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(tokenTexts::get));
        tokens = new String[order.length];
        tokenEntry = new int[order.length];
        tokenLanguage = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            tokens[k] = tokenTexts.get(order[k]);
            tokenEntry[k] = tokenRefs.get(order[k])[0];
            tokenLanguage[k] = (byte) tokenRefs.get(order[k])[1];
        }
        Integer[] byLabel = IntStream.range(0, entries.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byLabel, Comparator.comparing((Integer i) -> sortLabel(i)).thenComparingInt(i -> i));
        alphabetical = new int[entries.length];
        for (int rank = 0; rank < byLabel.length; rank++) {
            alphabetical[byLabel[rank]] = rank;
        }
    }

    String list() {
        return list;
    }

    /** The same entries with a newer state (a refresh that found nothing changed). */
    CodeListIndex withState(CodeListState newer) {
        return new CodeListIndex(this, newer);
    }

    CodeListState state() {
        return state;
    }

    int size() {
        return entries.length;
    }

    /** A search: folded text or blank for all; one language or null for fi, sv and en. */
    record Query(String text, String language, boolean includeInvalid, int page, int pageSize) {}

    /** One page of the entries found, and how many were found in all. */
    record Found(int total, List<CodeListEntry> entries) {}

    Found search(Query query) {
        String text = Folding.fold(query.text());
        int from = (int) Math.min((long) (query.page() - 1) * query.pageSize(), Integer.MAX_VALUE);
        int to = (int) Math.min((long) from + query.pageSize(), Integer.MAX_VALUE);
        List<CodeListEntry> page = new ArrayList<>();
        if (text.isEmpty()) {
            int total = 0;
            for (CodeListEntry entry : entries) {
                if (query.includeInvalid() || entry.valid()) {
                    if (total >= from && total < to) {
                        page.add(entry);
                    }
                    total++;
                }
            }
            return new Found(total, page);
        }
        long[] keys;
        long[] first;
        if (text.length() <= SHORT_QUERY) {
            keys = shortQueries.get(text + '\u0000' + query.language() + '\u0000' + query.includeInvalid());
            if (keys == null) {
                keys = matches(text, query);
                Arrays.sort(keys);
                if (shortQueries.size() < SHORT_QUERIES_KEPT) {
                    shortQueries.put(text + '\u0000' + query.language() + '\u0000' + query.includeInvalid(), keys);
                }
            }
            first = keys;
        } else {
            keys = matches(text, query);
            first = smallest(keys, Math.min(to, keys.length));
        }
        for (int k = from; k < Math.min(to, first.length); k++) {
            page.add(entries[(int) (first[k] & 0xFFFFFFFFL)]);
        }
        return new Found(keys.length, page);
    }

    /** The sort keys of every entry the text matches (see {@link #sortKey}). */
    private long[] matches(String text, Query query) {
        int language = query.language() == null ? -1 : LANGUAGES.indexOf(query.language());
        BitSet found = null;
        for (String word : Folding.words(text)) {
            BitSet matches = prefixed(word, language);
            if (found == null) {
                found = matches;
            } else {
                found.and(matches);
            }
        }
        if (found == null) {
            found = new BitSet(entries.length);
        }
        Integer exact = byKey.get(query.text().strip().toLowerCase(Locale.ROOT));
        if (exact != null) {
            found.set(exact);
        }
        long[] keys = new long[found.cardinality()];
        int n = 0;
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            if (!query.includeInvalid() && !entries[i].valid() && (exact == null || exact != i)) {
                continue;
            }
            keys[n++] = sortKey(i, text, language, exact != null && exact == i);
        }
        return n == keys.length ? keys : Arrays.copyOf(keys, n);
    }

    /**
     * The {@code k} smallest keys in order: one pass with a bounded max-heap when they are a small
     * part of the matches (an autocomplete's first pages), else one sort of them all.
     */
    static long[] smallest(long[] keys, int k) {
        if (k <= 0) {
            return new long[0];
        }
        if (k > keys.length / 4) {
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            return Arrays.copyOf(sorted, Math.min(k, sorted.length));
        }
        long[] heap = new long[k];
        int size = 0;
        for (long key : keys) {
            if (size < k) {
                int child = size++;
                heap[child] = key;
                while (child > 0 && heap[(child - 1) / 2] < heap[child]) {
                    int parent = (child - 1) / 2;
                    long swap = heap[parent];
                    heap[parent] = heap[child];
                    heap[child] = swap;
                    child = parent;
                }
            } else if (key < heap[0]) {
                heap[0] = key;
                int parent = 0;
                while (true) {
                    int left = 2 * parent + 1;
                    int largest = parent;
                    if (left < k && heap[left] > heap[largest]) {
                        largest = left;
                    }
                    if (left + 1 < k && heap[left + 1] > heap[largest]) {
                        largest = left + 1;
                    }
                    if (largest == parent) {
                        break;
                    }
                    long swap = heap[parent];
                    heap[parent] = heap[largest];
                    heap[largest] = swap;
                    parent = largest;
                }
            }
        }
        Arrays.sort(heap, 0, size);
        return Arrays.copyOf(heap, size);
    }

    /** Entries having a word (or a code) that begins with {@code prefix}, in the language asked for. */
    private BitSet prefixed(String prefix, int language) {
        BitSet matches = new BitSet(entries.length);
        int k = lowerBound(prefix);
        while (k < tokens.length && tokens[k].startsWith(prefix)) {
            if (language < 0 || tokenLanguage[k] == language || tokenLanguage[k] == CODE) {
                matches.set(tokenEntry[k]);
            }
            k++;
        }
        return matches;
    }

    private int lowerBound(String prefix) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens[mid].compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** rank (3 bits) | not valid (1) | label length (11) | alphabetical rank (16) | entry index (32): one long sort. */
    private long sortKey(int i, String text, int language, boolean exactId) {
        int rank = 4;
        int length = 2047;
        for (int l = 0; l < LANGUAGES.size(); l++) {
            String label = labels[i][l];
            if (label == null || language >= 0 && l != language) {
                continue;
            }
            length = Math.min(length, label.length());
            if (label.equals(text)) {
                rank = Math.min(rank, 1);
            } else if (label.startsWith(text)) {
                rank = Math.min(rank, 2);
            }
        }
        if (foldedCodes[i] != null && foldedCodes[i].startsWith(text)) {
            rank = Math.min(rank, foldedCodes[i].equals(text) ? 0 : 3);
        }
        if (exactId) {
            rank = 0;
        }
        long alpha = Math.min(alphabetical[i], 0xFFFF);
        return ((long) rank << 60) | ((entries[i].valid() ? 0L : 1L) << 59) | ((long) Math.min(length, 2047) << 48)
                | (alpha << 32) | i;
    }

    /** The entry a record's value names: by its URI or code, exactly, else with case folded. */
    Optional<CodeListEntry> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Integer i = byId.get(value);
        if (i == null) {
            i = byKey.get(value.toLowerCase(Locale.ROOT));
        }
        return i == null ? Optional.empty() : Optional.of(entries[i]);
    }

    /**
     * Valid entries closest to a value the list does not hold: identifiers a few edits away
     * (a typo in a URI or code), then entries whose labels match the value's words (a label typed
     * instead of a URI).
     */
    List<CodeListLookup.Suggestion> closest(String value, int limit) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        int bound = Math.max(2, wanted.length() / 4);
        List<int[]> near = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (!entries[i].valid()) {
                continue;
            }
            int best = distance(wanted, entries[i].id().toLowerCase(Locale.ROOT), bound);
            if (entries[i].code() != null) {
                best = Math.min(best, distance(wanted, entries[i].code().toLowerCase(Locale.ROOT), bound));
            }
            if (best <= bound) {
                near.add(new int[] {best, alphabetical[i], i});
            }
        }
        near.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        List<CodeListLookup.Suggestion> suggestions = new ArrayList<>();
        for (int k = 0; k < near.size() && suggestions.size() < limit; k++) {
            suggestions.add(suggestion(entries[near.get(k)[2]]));
        }
        if (suggestions.size() < limit) {
            for (CodeListEntry entry : search(new Query(value, null, false, 1, limit)).entries()) {
                CodeListLookup.Suggestion s = suggestion(entry);
                if (suggestions.size() < limit && !suggestions.contains(s)) {
                    suggestions.add(s);
                }
            }
        }
        return suggestions;
    }

    static String label(CodeListEntry entry) {
        for (String language : LANGUAGES) {
            String label = entry.names().get(language);
            if (label != null) {
                return label;
            }
        }
        return entry.names().values().stream().findFirst().orElse(null);
    }

    private static CodeListLookup.Suggestion suggestion(CodeListEntry entry) {
        return new CodeListLookup.Suggestion(entry.id(), label(entry));
    }

    private String sortLabel(int i) {
        for (String label : labels[i]) {
            if (label != null) {
                return label;
            }
        }
        return foldedCodes[i] != null ? foldedCodes[i] : entries[i].id();
    }

    /** Levenshtein distance, or {@code bound + 1} as soon as it must exceed {@code bound}. */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
