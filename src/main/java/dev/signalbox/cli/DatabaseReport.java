package dev.signalbox.cli;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.database.ConnectionFacts;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.InvalidIndex;
import dev.signalbox.database.LockTree;
import dev.signalbox.database.Verdict;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link DatabaseSnapshot} as text for {@code signalbox db}. */
final class DatabaseReport {
    private DatabaseReport() {
    }

    static String toText(DatabaseUrl url, DatabaseSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("Database ").append(url.redacted()).append(": ").append(snapshot.status().json()).append('\n');
        ConnectionFacts facts = snapshot.connection();
        if (facts != null) {
            out.append("  server      PostgreSQL ").append(facts.serverVersion()).append(", user ").append(facts.user())
                    .append(", database ").append(facts.database()).append(" (").append(facts.hostKind()).append(")\n");
            ConnectionFacts.Tls tls = facts.ssl();
            out.append("  tls         sslmode=").append(tls.sslmode()).append(", client ")
                    .append(tls.client() == null ? "unknown" : tls.client() ? "TLS " + tls.clientProtocol() : "no TLS")
                    .append(", server leg ").append(tls.server() == null ? "unknown" : tls.server() ? "TLS " + tls.serverProtocol() : "no TLS")
                    .append('\n');
            out.append("  pooler      ").append(facts.pooler().json()).append(": ").append(facts.poolerEvidence()).append('\n');
            out.append("  timeouts   ");
            for (Map.Entry<String, ConnectionFacts.Setting> setting : facts.settings().entrySet()) {
                out.append(' ').append(setting.getKey()).append('=').append(setting.getValue().value())
                        .append(" (").append(setting.getValue().source()).append(')');
            }
            out.append('\n');
            out.append("  own limits  via ").append(facts.inspectorLimits().json()).append(" (startup options parameter ")
                    .append(facts.optionsParameter().json()).append(")\n");
            for (ConnectionFacts.RoleDefault role : facts.roleDefaults()) {
                out.append("  default     ").append(role.name()).append(" = ").append(role.value()).append(" for ")
                        .append(role.scope()).append('\n');
            }
        }
        if (!snapshot.verdicts().isEmpty()) {
            out.append("Verdicts:\n");
            for (Verdict verdict : snapshot.verdicts()) {
                out.append(String.format("  %-9s %-12s %s%n", verdict.severity().json(), verdict.part(), verdict.message()));
                if (verdict.advice() != null) {
                    out.append("                         -> ").append(verdict.advice()).append('\n');
                }
            }
        }
        if (!snapshot.lockTree().isEmpty()) {
            out.append("Locks (root blocker -> waiting -> queued):\n");
            for (LockTree.Entry entry : snapshot.locks()) {
                out.append("  ").append("   ".repeat(entry.depth())).append(entry.depth() > 0 ? "-> " : "")
                        .append("pid ").append(entry.pid()).append(" [").append(entry.role().json()).append("] ")
                        .append(entry.state() != null ? entry.state() : "state hidden");
                if (entry.lockWanted() != null) {
                    out.append(", wants ").append(entry.lockWanted());
                }
                if (entry.lockHeld() != null) {
                    out.append(", holds ").append(entry.lockHeld());
                }
                if (entry.relation() != null) {
                    out.append(" on ").append(entry.relation());
                }
                if (entry.waitingSeconds() != null) {
                    out.append(String.format(", waiting %.1f s", entry.waitingSeconds()));
                }
                if (entry.transactionSeconds() != null) {
                    out.append(String.format(", transaction %.0f s", entry.transactionSeconds()));
                }
                if (entry.application() != null && !entry.application().isEmpty()) {
                    out.append(", ").append(entry.application());
                }
                if (entry.migration()) {
                    out.append(" MIGRATION");
                }
                out.append('\n');
                if (entry.query() != null) {
                    out.append("  ").append("   ".repeat(entry.depth())).append("   ").append(oneLine(entry.query())).append('\n');
                }
            }
        }
        for (InvalidIndex index : snapshot.invalidIndexes()) {
            out.append("Invalid index ").append(index.schema()).append('.').append(index.name()).append(" (")
                    .append(index.state().json()).append(")\n");
        }
        for (ExpectationResult result : snapshot.expectations()) {
            out.append("Expectation ").append(result.status().json()).append(": ").append(result.expectation()).append('\n');
            for (String problem : result.problems()) {
                out.append("  ").append(problem).append('\n');
            }
            if (result.fix() != null && result.fix().kind() == dev.signalbox.database.ConstraintFix.Kind.REPLACE_FOREIGN_KEY) {
                out.append("  fix: ").append(result.fix().summary()).append('\n');
                out.append("  orphan rows: ").append(result.fix().orphanQuery()).append('\n');
                result.fix().statements().forEach(statement -> out.append("    ").append(statement).append('\n'));
            }
        }
        long notValid = snapshot.constraints().stream().filter(c -> !c.validated()).count();
        Map<String, Integer> byType = new TreeMap<>();
        for (Constraint constraint : snapshot.constraints()) {
            byType.merge(constraint.type(), 1, Integer::sum);
        }
        out.append("Constraints: ").append(snapshot.constraints().size()).append(' ').append(byType)
                .append(notValid > 0 ? ", " + notValid + " NOT VALID" : "").append('\n');
        out.append("Sessions: ").append(snapshot.sessions().size()).append(" (the inspector's own excluded); snapshot took ")
                .append(snapshot.durationMillis()).append(" ms\n");
        return out.toString();
    }

    private static String oneLine(String query) {
        String flat = query.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
