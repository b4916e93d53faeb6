package fi.ptvintegration.ptv.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failures the simulator is told to give before answering normally again, for failure-injection
 * tests and for trying the middleware's retries by hand. Each fault applies to API calls (not to
 * login and not to {@code /simulator/}) whose path contains {@link Fault#pathContains()}, for its
 * next {@link Fault#times()} calls (-1: until cleared). The first matching fault wins. Thread-safe.
 */
public final class ScriptedFaults {

    /** What a faulty call gets. */
    public enum Kind {
        /** An HTTP status with PTV's error shape; with Retry-After when {@code retryAfterSeconds} is set. */
        STATUS,
        /** The connection is reset before any answer: "PTV unreachable". */
        RESET,
        /** The call is carried out (an item is saved) but answered after {@code delayMillis}: a client timeout. */
        SLOW,
        /** Every token is refused with 401, also fresh ones: broken PTV credentials. */
        UNAUTHORIZED,
        /** Tokens issued so far are forgotten once: the next call gets 401 and a new login works. */
        EXPIRE_TOKENS
    }

    /**
     * @param status for STATUS: the HTTP status (400, 429, 500, 503...)
     * @param retryAfterSeconds for STATUS: the Retry-After header, or null for none
     * @param delayMillis for SLOW: how late the answer comes
     * @param pathContains only calls whose path contains this ("" for every call)
     * @param times how many calls get this fault; -1 until cleared
     * @param body for STATUS: the answer body (JSON), or null for PTV's {@code errorMessage} shape
     */
    public record Fault(Kind kind, int status, Integer retryAfterSeconds, int delayMillis, String pathContains, int times,
            String body) {

        public Fault(Kind kind, int status, Integer retryAfterSeconds, int delayMillis, String pathContains, int times) {
            this(kind, status, retryAfterSeconds, delayMillis, pathContains, times, null);
        }

        /** A 400 with PTV's shape of a validation answer: property name to messages, as JSON. */
        public static Fault refused(String ptvValidationAnswer, int times) {
            return new Fault(Kind.STATUS, 400, null, 0, "", times, ptvValidationAnswer);
        }

        public static Fault status(int status, int times) {
            return new Fault(Kind.STATUS, status, null, 0, "", times);
        }

        public static Fault rateLimited(int retryAfterSeconds, int times) {
            return new Fault(Kind.STATUS, 429, retryAfterSeconds, 0, "", times);
        }

        public static Fault reset(int times) {
            return new Fault(Kind.RESET, 0, null, 0, "", times);
        }

        public static Fault slow(int delayMillis, int times) {
            return new Fault(Kind.SLOW, 0, null, delayMillis, "", times);
        }

        public static Fault unauthorized(int times) {
            return new Fault(Kind.UNAUTHORIZED, 401, null, 0, "", times);
        }

        public static Fault expireTokens() {
            return new Fault(Kind.EXPIRE_TOKENS, 0, null, 0, "", 1);
        }

        public Fault onPathsContaining(String path) {
            return new Fault(kind, status, retryAfterSeconds, delayMillis, path == null ? "" : path, times, body);
        }
    }

    private final List<Fault> faults = new ArrayList<>();
    private long served;

    public synchronized void add(Fault fault) {
        if (fault.times() == 0) {
            return;
        }
        faults.add(fault);
    }

    public synchronized void clear() {
        faults.clear();
    }

    /** The fault this call gets, counting it against its remaining times; empty for a normal answer. */
    synchronized Optional<Fault> take(String path) {
        return take(path, false);
    }

    /**
     * @param targetedOnly only faults whose path names this call: code-list reads (their own API in
     *     PTV) are not hit by a fault scripted for every call, which is about the writes
     */
    synchronized Optional<Fault> take(String path, boolean targetedOnly) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (path.contains(fault.pathContains()) && !(targetedOnly && fault.pathContains().isEmpty())) {
                if (fault.times() > 0) {
                    if (fault.times() == 1) {
                        faults.remove(i);
                    } else {
                        faults.set(i, new Fault(fault.kind(), fault.status(), fault.retryAfterSeconds(), fault.delayMillis(),
                                fault.pathContains(), fault.times() - 1, fault.body()));
                    }
                }
                served++;
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    /** Faults still scripted. */
    public synchronized List<Fault> pending() {
        return List.copyOf(faults);
    }

    /** How many calls got a fault since start. */
    public synchronized long served() {
        return served;
    }
}
