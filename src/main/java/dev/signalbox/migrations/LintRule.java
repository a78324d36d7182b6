package dev.signalbox.migrations;

/**
 * The safety rules applied to each revision's {@code upgrade()}, squawk-style. Each names the lock the statement
 * takes, why it hurts on a live database, and the safe pattern. docs/migration-lint.md documents every rule.
 */
public enum LintRule {
    FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid", "SHARE ROW EXCLUSIVE on both tables",
            "adding a validated foreign key scans the whole table while blocking writes to it and to the referenced table",
            "add it with postgresql_not_valid=True (ADD CONSTRAINT ... NOT VALID), then VALIDATE CONSTRAINT in a later migration"),
    CHECK_WITHOUT_NOT_VALID("check-without-not-valid", "ACCESS EXCLUSIVE",
            "adding a validated CHECK scans the whole table while blocking reads and writes",
            "add it with postgresql_not_valid=True (NOT VALID), then VALIDATE CONSTRAINT in a later migration"),
    VALIDATE_IN_SAME_TRANSACTION("validate-in-same-transaction", "ACCESS EXCLUSIVE held from the ADD until COMMIT",
            "VALIDATE in the same transaction as ADD ... NOT VALID keeps the ADD's lock during the full scan, which is"
                    + " exactly what NOT VALID was meant to avoid",
            "VALIDATE CONSTRAINT in a separate migration (or inside op.get_context().autocommit_block())"),
    LOCK_WITHOUT_TIMEOUT("lock-without-timeout", "ACCESS EXCLUSIVE",
            "the statement queues behind any long transaction on the table, and every new query queues behind it:"
                    + " the service stalls for as long as it waits (incident 2)",
            "op.execute(\"SET LOCAL lock_timeout = '5s'\") first in upgrade() (or in env.py), and retry on timeout"),
    INDEX_NOT_CONCURRENT("index-not-concurrent", "SHARE (blocks INSERT, UPDATE, DELETE)",
            "building an index without CONCURRENTLY blocks every write to the table for the whole build",
            "op.create_index(..., postgresql_concurrently=True) inside op.get_context().autocommit_block()"),
    CONCURRENT_INDEX_IN_TRANSACTION("concurrent-index-in-transaction", "none: the statement fails",
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and Alembic runs each migration in one"
                    + " on PostgreSQL: the migration fails",
            "wrap it in with op.get_context().autocommit_block():"),
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", "ACCESS EXCLUSIVE",
            "adding a NOT NULL column without a server default fails on a table that has rows",
            "add it nullable (or with server_default=...), backfill in batches, then SET NOT NULL via a validated CHECK"),
    BREAKING_RENAME("breaking-rename", "ACCESS EXCLUSIVE",
            "the running code still uses the old name: every query naming it fails from the moment the migration commits"
                    + " until the new code is deployed",
            "expand/contract: add the new column or table, write both, switch reads, drop the old one in a later release"),
    BREAKING_DROP("breaking-drop", "ACCESS EXCLUSIVE",
            "the running code may still read or write what is dropped: those queries fail until the new code is out",
            "stop using it in a release first, then drop it in a later migration"),
    SET_LOCAL_OUTSIDE_TRANSACTION("set-local-outside-transaction", "none",
            "SET LOCAL outside a transaction block only raises a warning and does nothing: the timeout you think you"
                    + " set is not set (incident 3)",
            "use SET LOCAL inside the migration's transaction (outside autocommit_block), or SET and RESET around the statement");

    private final String id;
    private final String lock;
    private final String why;
    private final String safePattern;

    LintRule(String id, String lock, String why, String safePattern) {
        this.id = id;
        this.lock = lock;
        this.why = why;
        this.safePattern = safePattern;
    }

    public String id() {
        return id;
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
