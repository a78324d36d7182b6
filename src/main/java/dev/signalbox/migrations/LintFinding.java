package dev.signalbox.migrations;

import java.nio.file.Path;

/**
 * One risky operation in a revision's upgrade path.
 *
 * @param rule        the rule id ({@link LintRule#id()})
 * @param severity    the rule's severity
 * @param line        the statement's own line (inside a multi-line SQL string, the line the statement starts on)
 * @param what        the operation as found, e.g. {@code op.drop_constraint("fk_user", "orders")}
 * @param lock        the lock it takes
 * @param why         why that hurts on a live database
 * @param safePattern what to write instead
 * @param ignoredBecause the reason of a {@code # signalbox: ignore[rule] reason} comment that covers it, else null
 */
public record LintFinding(String rule, LintRule.Severity severity, String revision, Path file, int line, String what,
                          String lock, String why, String safePattern, String ignoredBecause) {

    static LintFinding of(LintRule rule, RevisionFile file, int line, String what) {
        return of(rule, file, line, what, rule.lock());
    }

    static LintFinding of(LintRule rule, RevisionFile file, int line, String what, String lock) {
        return new LintFinding(rule.id(), rule.severity(), file.revision(), file.file(), line, what, lock, rule.why(),
                rule.safePattern(), null);
    }

    LintFinding ignored(String reason) {
        return new LintFinding(rule, severity, revision, file, line, what, lock, why, safePattern, reason);
    }

    /** Not covered by an ignore comment. */
    public boolean active() {
        return ignoredBecause == null;
    }

    public String toText() {
        String head = file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + rule + ": " + what;
        if (!active()) {
            return head + "\n    ignored: " + ignoredBecause;
        }
        return head + "\n    lock: " + lock + "\n    why: " + why + "\n    instead: " + safePattern;
    }
}
