package fi.ptvintegration.ptv.port;

import java.util.ArrayList;
import java.util.List;

/**
 * What a PTV operation gave back, with the calls it made for the integration log: {@code call}
 * is the first (for most operations the only one), {@link #calls()} every call in the order made
 * (a v11 archived listing asks PTV twice a page, once per way of archiving).
 */
public record PtvResult<T>(T value, PtvCall call, List<PtvCall> calls) {

    public PtvResult {
        List<PtvCall> all = new ArrayList<>();
        if (call != null) {
            all.add(call);
        }
        if (calls != null) {
            calls.stream().filter(c -> c != null && c != call).forEach(all::add);
        }
        calls = List.copyOf(all);
    }

    /** The answer of one call. */
    public PtvResult(T value, PtvCall call) {
        this(value, call, List.of());
    }
}
