package dev.signalbox.database;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.DatabaseUrl.HostKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns what the inspector saw into verdicts with advice, most severe first. */
final class Verdicts {
    private static final int MAX_PER_KIND = 10;

    private Verdicts() {
    }

    static List<Verdict> of(DatabaseUrl url, ConnectionFacts facts, SnapshotParts parts,
                            List<ExpectationResult> expectations, Map<String, String> errors, List<String> hidden) {
        List<Verdict> out = new ArrayList<>();
        errors.forEach((part, message) -> out.add(new Verdict(Severity.ATTENTION, part, message,
                "the other parts were read; this one is retried on the next snapshot")));
        tls(url, facts, out);
        pooler(url, facts, out);
        locks(parts, out);
        for (ExpectationResult result : expectations) {
            if (!result.ok()) {
                String found = result.constraint() != null ? "found " + result.constraint() : null;
                boolean replace = result.fix() != null && result.fix().kind() == ConstraintFix.Kind.REPLACE_FOREIGN_KEY;
                out.add(new Verdict(Severity.ATTENTION, "expectations", "expected " + result.expectation() + ": "
                        + String.join("; ", result.problems()), replace ? result.fix().summary() + " (" + found + ")" : found));
            }
        }
        for (InvalidIndex index : parts.invalidIndexes()) {
            Severity severity = switch (index.state()) {
                case FAILED -> Severity.ATTENTION;
                case UNKNOWN -> Severity.WARNING;
                case BUILDING -> Severity.INFO;
            };
            out.add(new Verdict(severity, "indexes", "invalid index " + index.schema() + "." + index.name() + " on "
                    + index.schema() + "." + index.table() + " (" + index.state().json() + ")", index.advice()));
        }
        List<Constraint> notValid = parts.constraints().stream().filter(c -> !c.validated()).toList();
        for (Constraint constraint : notValid.stream().limit(MAX_PER_KIND).toList()) {
            ConstraintFix replace = expectations.stream().map(ExpectationResult::fix)
                    .filter(fix -> fix != null && fix.kind() == ConstraintFix.Kind.REPLACE_FOREIGN_KEY
                            && fix.table().equals(constraint.qualifiedTable()) && fix.constraint().equals(constraint.name()))
                    .findFirst().orElse(null);
            out.add(new Verdict(Severity.WARNING, "constraints", constraint.describe() + ": existing rows are not checked",
                    replace != null ? replace.summary()
                            : "ALTER TABLE " + constraint.qualifiedTable() + " VALIDATE CONSTRAINT " + constraint.name()
                            + " (SHARE UPDATE EXCLUSIVE: does not block reads or writes)"));
        }
        if (notValid.size() > MAX_PER_KIND) {
            out.add(new Verdict(Severity.WARNING, "constraints", (notValid.size() - MAX_PER_KIND)
                    + " more NOT VALID constraints", null));
        }
        if (parts.skippedDefinitions() > 0) {
            out.add(new Verdict(Severity.INFO, "constraints", parts.skippedDefinitions() + " definition(s) not read on "
                    + String.join(", ", parts.accessExclusive()) + ": an ACCESS EXCLUSIVE lock is held or requested there,"
                    + " and reading them would wait behind it", null));
        }
        for (String note : hidden) {
            out.add(new Verdict(Severity.INFO, "privileges", note, null));
        }
        out.sort(Comparator.comparing(Verdict::severity).reversed());
        return out;
    }

    private static void tls(DatabaseUrl url, ConnectionFacts facts, List<Verdict> out) {
        HostKind kind = url.hostKind();
        if (url.tlsDisabled() && kind.isHostedPublic()) {
            out.add(new Verdict(Severity.ATTENTION, "tls", "sslmode=disable on a hosted database (" + kind.label() + ")",
                    "use sslmode=require: hosted databases expect TLS and may reset plain connections; remove any"
                            + " ?ssl=disable appended to the URL"));
        } else if (facts != null && Boolean.FALSE.equals(facts.ssl().client()) && kind != HostKind.LOCAL
                && kind != HostKind.RAILWAY_INTERNAL) {
            out.add(new Verdict(kind.isHostedPublic() ? Severity.ATTENTION : Severity.WARNING, "tls",
                    "the connection is not encrypted (sslmode=" + url.sslMode() + ")",
                    "use sslmode=require (or verify-full) for a database reached over a network"));
        }
        for (String warning : url.warnings()) {
            if (!warning.startsWith("TLS is disabled")) {
                out.add(new Verdict(Severity.WARNING, "tls", warning, null));
            }
        }
    }

    private static void pooler(DatabaseUrl url, ConnectionFacts facts, List<Verdict> out) {
        if (url.hostKind() == HostKind.SUPABASE_POOLER_TRANSACTION) {
            out.add(new Verdict(Severity.WARNING, "pooler", "Supabase pooler port 6543 is transaction mode",
                    "run migrations on the direct connection (db.<project>.supabase.co:5432) or the session pooler (port 5432)"));
        }
        if (facts == null) {
            return;
        }
        switch (facts.pooler()) {
            case TRANSACTION -> out.add(new Verdict(Severity.WARNING, "pooler",
                    "transaction pooler: SET and startup options timeouts do not apply (" + facts.poolerEvidence() + ")",
                    "use ALTER ROLE " + facts.user() + " SET statement_timeout = ... for the app's role, or SET LOCAL"
                            + " inside BEGIN; a session SET leaks to other clients; run migrations on a direct connection"));
            case SESSION -> out.add(new Verdict(Severity.INFO, "pooler", "session pooler: " + facts.poolerEvidence(),
                    "session SET works, but startup options may be refused or dropped by the pooler"));
            case UNKNOWN -> out.add(new Verdict(Severity.INFO, "pooler", facts.poolerEvidence(), null));
            case NONE -> {
            }
        }
        if (facts.optionsParameter() == ConnectionFacts.OptionsOutcome.REFUSED
                || facts.optionsParameter() == ConnectionFacts.OptionsOutcome.DROPPED) {
            out.add(new Verdict(Severity.INFO, "timeouts", "the startup options parameter was "
                    + facts.optionsParameter().json() + " by the pooler: options=-c ... in a DATABASE_URL does nothing here",
                    "set timeouts with ALTER ROLE ... SET, or SET LOCAL inside each transaction (as Signalbox does)"));
        }
        if (facts.pooler() == PoolerMode.TRANSACTION) {
            facts.settings().forEach((name, setting) -> {
                if ("session".equals(setting.source())) {
                    out.add(new Verdict(Severity.WARNING, "timeouts", name + " = " + setting.value()
                            + " was set with a session SET on a pooled backend: it leaks to every client that gets this backend",
                            "use SET LOCAL inside a transaction, or ALTER ROLE ... SET"));
                }
            });
        }
    }

    private static void locks(SnapshotParts parts, List<Verdict> out) {
        for (LockTree.Node root : parts.lockTree().roots()) {
            LockTree.Entry blocker = root.entry();
            int waiting = count(root) - 1;
            String who = "pid " + blocker.pid() + " (" + (blocker.state() != null ? blocker.state() : "state hidden")
                    + (blocker.application() != null && !blocker.application().isEmpty() ? ", " + blocker.application() : "")
                    + (blocker.migration() ? ", migration" : "") + ")";
            String advice;
            if (blocker.state() != null && blocker.state().startsWith("idle in transaction")) {
                advice = "pid " + blocker.pid() + " is idle in transaction: cancelling does nothing; terminate it (its"
                        + " transaction rolls back), and find the code path that leaves transactions open";
            } else {
                advice = "wait for pid " + blocker.pid() + ", or cancel its query; terminate it if cancelling does not help";
            }
            boolean migrationWaits = root.children().stream().anyMatch(child -> child.entry().migration());
            if (migrationWaits) {
                advice += ". A migration waits for its lock and every new query queues behind it: run migrations with"
                        + " SET lock_timeout (e.g. '3s') and retry, or use ADD CONSTRAINT ... NOT VALID then VALIDATE";
            }
            out.add(new Verdict(Severity.ATTENTION, "locks", waiting + " session(s) wait behind " + who
                    + (blocker.relation() != null ? " on " + blocker.relation() : ""), advice));
        }
        int longOnes = 0;
        for (BackendSession session : parts.sessions()) {
            if (session.longTransaction() && longOnes++ < MAX_PER_KIND) {
                out.add(new Verdict(Severity.WARNING, "locks", "pid " + session.pid() + " has had a transaction open for "
                        + Math.round(session.transactionSeconds()) + " s (" + (session.state() != null ? session.state() : "state hidden")
                        + (session.application() != null && !session.application().isEmpty() ? ", " + session.application() : "")
                        + ")", "long transactions hold locks and block VACUUM; "
                        + (session.idleInTransaction() ? "this one is idle: its client forgot to commit" : "check what it runs")));
            }
            if (session.migration() && !session.waitingOnLock()) {
                out.add(new Verdict(Severity.INFO, "locks", "migration session pid " + session.pid() + " ("
                        + session.state() + ")", null));
            }
        }
    }

    private static int count(LockTree.Node node) {
        int total = 1;
        for (LockTree.Node child : node.children()) {
            total += count(child);
        }
        return total;
    }
}
