package dev.signalbox.migrations;

import java.nio.file.Path;

/**
 * One risky operation in a revision's upgrade path.
 *
 * @param rule      the rule id ({@link LintRule#id()})
 * @param what      the operation as found, e.g. {@code op.drop_constraint("fk_user", "orders")}
 * @param lock      the lock it takes
 * @param why       why that hurts on a live database
 * @param safePattern what to write instead
 */
public record LintFinding(String rule, String revision, Path file, int line, String what, String lock, String why,
                          String safePattern) {

    static LintFinding of(LintRule rule, RevisionFile file, int line, String what) {
        return new LintFinding(rule.id(), file.revision(), file.file(), line, what, rule.lock(), rule.why(), rule.safePattern());
    }

    public String toText() {
        return file + ":" + line + ": " + rule + ": " + what + "\n    lock: " + lock + "\n    why: " + why
                + "\n    instead: " + safePattern;
    }
}
