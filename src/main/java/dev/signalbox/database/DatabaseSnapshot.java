package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the inspector saw in one read-only transaction. Immutable; a part that could not be read is empty and
 * has its message in {@link #errors()} (keyed {@code connection}, {@code sessions}, {@code locks},
 * {@code constraints}, {@code indexes}), so one failing part never hides the others.
 *
 * @param connection      null only when the database could not be reached at all
 * @param verdicts        conclusions with advice, most severe first
 * @param lockTree        root blockers, waiters, and sessions queued behind waiters
 * @param sessions        every client backend except the inspector's own
 * @param hidden          what missing privileges hide (pg_read_all_stats, pg_signal_backend)
 */
@JsonPropertyOrder({"takenAt", "durationMillis", "status", "connection", "verdicts", "constraints", "invalidIndexes",
        "expectations", "locks", "sessions", "hidden", "errors"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DatabaseSnapshot(Instant takenAt, long durationMillis, ConnectionFacts connection, List<Verdict> verdicts,
                               List<Constraint> constraints, List<InvalidIndex> invalidIndexes,
                               List<ExpectationResult> expectations, @JsonIgnore LockTree lockTree,
                               List<BackendSession> sessions, List<String> hidden, Map<String, String> errors) {

    public DatabaseSnapshot {
        verdicts = List.copyOf(verdicts);
        constraints = List.copyOf(constraints);
        invalidIndexes = List.copyOf(invalidIndexes);
        expectations = List.copyOf(expectations);
        sessions = List.copyOf(sessions);
        hidden = List.copyOf(hidden);
        errors = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(errors));
    }

    /** The lock tree flattened depth first: root blocker, its waiters, those queued behind them. */
    @JsonProperty("locks")
    public List<LockTree.Entry> locks() {
        return lockTree.flat();
    }

    /** The most severe verdict; {@code info} when there is none. */
    @JsonProperty("status")
    public Severity status() {
        return verdicts.stream().map(Verdict::severity).max(Enum::compareTo).orElse(Severity.INFO);
    }

    /**
     * What to do about a constraint: the expectations' fix when one found it (a wrong target is never offered
     * VALIDATE), VALIDATE when it is only NOT VALID; null when nothing is to be done.
     */
    public ConstraintFix fixFor(Constraint constraint) {
        for (ExpectationResult expectation : expectations) {
            ConstraintFix fix = expectation.fix();
            if (fix != null && fix.table().equals(constraint.qualifiedTable()) && fix.constraint().equals(constraint.name())) {
                return fix;
            }
        }
        return constraint.validated() ? null : ConstraintFix.validate(constraint);
    }

    /** Whether the schema disagrees with the profile's expectations (a mismatch or a missing constraint). */
    public boolean disagreesWithExpectations() {
        return expectations.stream().anyMatch(e -> e.status() == ExpectationResult.Status.MISMATCH
                || e.status() == ExpectationResult.Status.MISSING);
    }

    public boolean needsAttention() {
        return status() == Severity.ATTENTION;
    }
}
