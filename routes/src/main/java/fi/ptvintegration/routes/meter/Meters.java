package fi.ptvintegration.routes.meter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * This node's own counters and histograms, kept in memory since start: what the flows count as
 * they work (deliveries by kind and outcome, failures by signature, PTV calls by operation and
 * status with their latency, calls answered by flow and outcome). A family is declared once with
 * its help text and label names ({@link #counter}, {@link #histogram}), then counted with label
 * values; {@link #families()} is a snapshot for the Prometheus endpoint. Thread-safe and
 * lock-free on the counting path. Figures the whole cluster shares (the outbox) are not kept here:
 * they are read from the database when asked for.
 */
public final class Meters {

    /** What a family counts. */
    public enum Type {
        COUNTER, HISTOGRAM
    }

    /**
     * One series of a family: its label values, and either a count (counter) or bucket counts,
     * sum and count (histogram).
     *
     * @param buckets for a histogram, cumulative counts per upper bound of {@link Family#bounds()}; empty for a counter
     */
    public record Series(List<String> labelValues, double value, long[] buckets, double sum, long count) {}

    /** A family as it stands now, its series sorted by label values. */
    public record Family(String name, Type type, String help, List<String> labelNames, double[] bounds, List<Series> series) {}

    private final Map<String, Declared> families = new ConcurrentSkipListMap<>();

    /** Declares a counter family (again: the same one) and returns it. */
    public Counter counter(String name, String help, String... labelNames) {
        return (Counter) declare(name, () -> new Counter(name, help, List.of(labelNames)));
    }

    /** Declares a histogram family with the given bucket upper bounds (ascending) and returns it. */
    public Histogram histogram(String name, String help, double[] bounds, String... labelNames) {
        return (Histogram) declare(name, () -> new Histogram(name, help, List.of(labelNames), bounds.clone()));
    }

    private Declared declare(String name, Supplier<Declared> make) {
        Declared declared = families.computeIfAbsent(name, n -> make.get());
        Declared wanted = make.get();
        if (declared.getClass() != wanted.getClass() || !declared.labelNames.equals(wanted.labelNames)) {
            throw new IllegalArgumentException("metric " + name + " is already declared otherwise");
        }
        return declared;
    }

    /** Every family and its series as they stand now, families by name. */
    public List<Family> families() {
        List<Family> snapshot = new ArrayList<>();
        for (Declared declared : families.values()) {
            snapshot.add(declared.snapshot());
        }
        return snapshot;
    }

    private abstract static class Declared {
        final String name;
        final String help;
        final List<String> labelNames;

        Declared(String name, String help, List<String> labelNames) {
            this.name = name;
            this.help = help;
            this.labelNames = List.copyOf(labelNames);
        }

        List<String> key(String... labelValues) {
            if (labelValues.length != labelNames.size()) {
                throw new IllegalArgumentException(name + " takes labels " + labelNames + ", got " + labelValues.length + " values");
            }
            List<String> values = new ArrayList<>(labelValues.length);
            for (String value : labelValues) {
                values.add(value == null ? "" : value);
            }
            return List.copyOf(values);
        }

        abstract Family snapshot();
    }

    /** A monotonic count per label values. */
    public static final class Counter extends Declared {
        private final Map<List<String>, LongAdder> counts = new ConcurrentHashMap<>();

        Counter(String name, String help, List<String> labelNames) {
            super(name, help, labelNames);
        }

        public void inc(String... labelValues) {
            add(1, labelValues);
        }

        public void add(long amount, String... labelValues) {
            counts.computeIfAbsent(key(labelValues), k -> new LongAdder()).add(amount);
        }

        /** Every series counted so far. */
        public List<Series> series() {
            return snapshot().series();
        }

        /** The count of one series, 0 when never counted. */
        public long get(String... labelValues) {
            LongAdder count = counts.get(key(labelValues));
            return count == null ? 0 : count.sum();
        }

        @Override
        Family snapshot() {
            List<Series> series = new ArrayList<>();
            counts.forEach((labels, count) -> series.add(new Series(labels, count.sum(), new long[0], 0, 0)));
            series.sort(BY_LABELS);
            return new Family(name, Type.COUNTER, help, labelNames, new double[0], series);
        }
    }

    /** Observations counted into fixed buckets, with their sum, per label values. */
    public static final class Histogram extends Declared {
        private final double[] bounds;
        private final Map<List<String>, Cells> cells = new ConcurrentHashMap<>();

        Histogram(String name, String help, List<String> labelNames, double[] bounds) {
            super(name, help, labelNames);
            for (int i = 1; i < bounds.length; i++) {
                if (bounds[i] <= bounds[i - 1]) {
                    throw new IllegalArgumentException(name + ": bucket bounds must ascend");
                }
            }
            this.bounds = bounds;
        }

        public void observe(double value, String... labelValues) {
            Cells cell = cells.computeIfAbsent(key(labelValues), k -> new Cells(bounds.length));
            for (int i = 0; i < bounds.length; i++) {
                if (value <= bounds[i]) {
                    cell.buckets[i].increment();
                    break;
                }
            }
            cell.sum.add(value);
            cell.count.increment();
        }

        @Override
        Family snapshot() {
            List<Series> series = new ArrayList<>();
            cells.forEach((labels, cell) -> {
                long[] cumulative = new long[bounds.length];
                long running = 0;
                for (int i = 0; i < bounds.length; i++) {
                    running += cell.buckets[i].sum();
                    cumulative[i] = running;
                }
                series.add(new Series(labels, 0, cumulative, cell.sum.sum(), cell.count.sum()));
            });
            series.sort(BY_LABELS);
            return new Family(name, Type.HISTOGRAM, help, labelNames, bounds.clone(), series);
        }

        private static final class Cells {
            final LongAdder[] buckets;
            final DoubleAdder sum = new DoubleAdder();
            final LongAdder count = new LongAdder();

            Cells(int size) {
                buckets = new LongAdder[size];
                Arrays.setAll(buckets, i -> new LongAdder());
            }
        }
    }

    private static final Comparator<Series> BY_LABELS = (a, b) -> String.join("\u0000", a.labelValues())
            .compareTo(String.join("\u0000", b.labelValues()));
}
