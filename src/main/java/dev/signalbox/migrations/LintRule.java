package dev.signalbox.migrations;

/**
 * The safety rules applied to each revision's {@code upgrade()}, squawk-style. Each names the lock the statement
 * takes, why it hurts on a live database, and the safe pattern. docs/migration-lint.md documents every rule.
 */
public enum LintRule {
    FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid", Severity.ERROR, "SHARE ROW EXCLUSIVE on both tables",
            "adding a validated foreign key scans the whole table while blocking writes to it and to the referenced table",
            "add it with postgresql_not_valid=True (ADD CONSTRAINT ... NOT VALID), then VALIDATE CONSTRAINT in a later migration;"
                    + " for a new column: add the column, then the constraint NOT VALID"),
    CHECK_WITHOUT_NOT_VALID("check-without-not-valid", Severity.ERROR, "ACCESS EXCLUSIVE",
            "adding a validated CHECK scans the whole table while blocking reads and writes",
            "add it with postgresql_not_valid=True (NOT VALID), then VALIDATE CONSTRAINT in a later migration"),
    VALIDATE_IN_SAME_TRANSACTION("validate-in-same-transaction", Severity.ERROR, "ACCESS EXCLUSIVE held from the ADD until COMMIT",
            "VALIDATE in the same transaction as ADD ... NOT VALID keeps the ADD's lock during the full scan, which is"
                    + " exactly what NOT VALID was meant to avoid",
            "VALIDATE CONSTRAINT in a separate migration (or inside op.get_context().autocommit_block())"),
    UNIQUE_CONSTRAINT_BUILDS_INDEX("unique-constraint-builds-index", Severity.ERROR, "ACCESS EXCLUSIVE for the whole index build",
            "ADD UNIQUE / ADD PRIMARY KEY builds the index while reads and writes of the table wait",
            "CREATE UNIQUE INDEX CONCURRENTLY (in autocommit_block()), then ALTER TABLE ... ADD CONSTRAINT c UNIQUE"
                    + " (or PRIMARY KEY) USING INDEX idx"),
    COLUMN_TYPE_REWRITE("column-type-rewrite", Severity.ERROR, "ACCESS EXCLUSIVE while the table and its indexes are rewritten",
            "changing a column's type rewrites the whole table unless the old type is binary-coercible to the new one"
                    + " (varchar widening, varchar to text, numeric precision increase)",
            "add a new column, backfill it in batches, switch the code over, then drop the old column"),
    SET_NOT_NULL_SCANS_TABLE("set-not-null-scans-table", Severity.ERROR, "ACCESS EXCLUSIVE during a full-table scan",
            "SET NOT NULL reads every row to check it while reads and writes wait",
            "PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (in a later migration);"
                    + " then SET NOT NULL (no scan) and DROP CONSTRAINT c"),
    ADD_COLUMN_REWRITES_TABLE("add-column-rewrites-table", Severity.ERROR, "ACCESS EXCLUSIVE while the table is rewritten",
            "a column with a volatile default (gen_random_uuid(), random(), clock_timestamp()), a stored generated column,"
                    + " an identity or serial column (and any default before PostgreSQL 11) fills every existing row: a rewrite",
            "add the column without the default (or with a constant one), set the default, backfill in batches"),
    LOCK_WITHOUT_TIMEOUT("lock-without-timeout", Severity.WARNING, "ACCESS EXCLUSIVE",
            "the statement queues behind any long transaction on the table, and every new query queues behind it:"
                    + " the service stalls for as long as it waits (incident 2)",
            "op.execute(\"SET LOCAL lock_timeout = '5s'\") first in upgrade() (or in env.py), and retry on timeout"),
    INDEX_NOT_CONCURRENT("index-not-concurrent", Severity.ERROR, "SHARE (blocks INSERT, UPDATE, DELETE)",
            "building an index without CONCURRENTLY blocks every write to the table for the whole build",
            "op.create_index(..., postgresql_concurrently=True) inside op.get_context().autocommit_block()"),
    DROP_INDEX_NOT_CONCURRENT("drop-index-not-concurrent", Severity.WARNING, "ACCESS EXCLUSIVE on the index's table",
            "DROP INDEX without CONCURRENTLY waits for every transaction on the table and blocks reads and writes meanwhile",
            "op.drop_index(..., postgresql_concurrently=True) (DROP INDEX CONCURRENTLY) inside op.get_context().autocommit_block()"),
    CONCURRENT_INDEX_IN_TRANSACTION("concurrent-index-in-transaction", Severity.ERROR, "none: the statement fails",
            "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block, and Alembic runs each migration in one"
                    + " on PostgreSQL: the migration fails",
            "wrap it in with op.get_context().autocommit_block():"),
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Severity.ERROR, "ACCESS EXCLUSIVE",
            "adding a NOT NULL column without a server default fails on a table that has rows",
            "add it nullable (or with server_default=...), backfill in batches, then SET NOT NULL via a validated CHECK"),
    BREAKING_RENAME("breaking-rename", Severity.WARNING, "ACCESS EXCLUSIVE",
            "the running code still uses the old name: every query naming it fails from the moment the migration commits"
                    + " until the new code is deployed",
            "expand/contract: add the new column or table, write both, switch reads, drop the old one in a later release"),
    BREAKING_DROP("breaking-drop", Severity.WARNING, "ACCESS EXCLUSIVE",
            "the running code may still read or write what is dropped: those queries fail until the new code is out",
            "stop using it in a release first, then drop it in a later migration"),
    SET_LOCAL_OUTSIDE_TRANSACTION("set-local-outside-transaction", Severity.ERROR, "none",
            "SET LOCAL outside a transaction block only raises a warning and does nothing: the timeout you think you"
                    + " set is not set (incident 3)",
            "use SET LOCAL inside the migration's transaction (outside autocommit_block), or SET and RESET around the statement"),
    IGNORE_WITHOUT_REASON("ignore-without-reason", Severity.WARNING, "none",
            "a '# signalbox: ignore[rule]' comment without a reason is not applied: the next reader could not judge it",
            "# signalbox: ignore[rule-id] why the risk is acceptable here (e.g. the table holds 40 rows)");

    /** error: the statement fails or blocks the table for a scan or rewrite; warning: a risk worth a look. */
    public enum Severity { ERROR, WARNING }

    private final String id;
    private final Severity severity;
    private final String lock;
    private final String why;
    private final String safePattern;

    LintRule(String id, Severity severity, String lock, String why, String safePattern) {
        this.id = id;
        this.severity = severity;
        this.lock = lock;
        this.why = why;
        this.safePattern = safePattern;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The rule with this id, or null. */
    public static LintRule byId(String id) {
        for (LintRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }

    public String lock() {
        return lock;
    }

    public String why() {
        return why;
    }

    public String safePattern() {
        return safePattern;
    }
}
