package dev.signalbox.sandbox;

import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.RevisionFile;
import dev.signalbox.migrations.RevisionGraph;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies the demo project's revisions without Python: each revision's {@code op.execute("...")} SQL runs in its
 * own transaction (Alembic's {@code transaction_per_migration}), statements inside an {@code autocommit_block}
 * outside it, and {@code alembic_version} is kept as Alembic keeps it: one row per head of what is applied.
 * It exists for the sandbox only; real projects are migrated by their own {@code alembic}.
 */
public final class SandboxMigrator {
    private final RevisionGraph graph;
    private final Consumer<String> log;

    public SandboxMigrator(RevisionGraph graph, Consumer<String> log) {
        this.graph = graph;
        this.log = log;
    }

    /** Upgrades to {@code target} (a revision id) or to every head when null; returns the revisions applied. */
    public List<String> upgrade(Connection connection, String target) throws SQLException, MigrationException {
        ensureVersionTable(connection);
        Set<String> current = readVersions(connection);
        for (String revision : current) {
            if (!graph.contains(revision)) {
                throw MigrationException.failure("Can't locate revision identified by '" + revision + "'");
            }
        }
        Set<String> applied = new LinkedHashSet<>(graph.appliedRevisions(current));
        Set<String> wanted = target == null ? null : graph.appliedRevisions(List.of(target));
        List<String> done = new ArrayList<>();
        for (Revision revision : graph.upgradePath(current)) {
            if (wanted != null && !wanted.contains(revision.id())) {
                continue;
            }
            RevisionFile file = graph.files().stream().filter(f -> revision.id().equals(f.revision())).findFirst()
                    .orElseThrow(() -> MigrationException.failure("no file for revision " + revision.id()));
            String from = revision.downRevisions().isEmpty() ? "" : String.join(", ", revision.downRevisions());
            log.accept("INFO  [alembic.runtime.migration] Running upgrade " + from + " -> " + revision.id() + ", " + revision.message());
            applied.add(revision.id());
            apply(connection, file, headsOf(applied));
            done.add(revision.id());
        }
        return done;
    }

    private void apply(Connection connection, RevisionFile file, Set<String> newHeads) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            for (RevisionFile.ExecutedSql sql : file.executedSql()) {
                if (sql.autocommit()) {
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql.sql());
                    }
                }
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (RevisionFile.ExecutedSql sql : file.executedSql()) {
                    if (!sql.autocommit()) {
                        statement.execute(sql.sql());
                    }
                }
                writeVersions(connection, newHeads);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The applied revisions no other applied revision builds on: what {@code alembic_version} holds. */
    private Set<String> headsOf(Set<String> applied) {
        Set<String> parents = new HashSet<>();
        for (String id : applied) {
            graph.revision(id).ifPresent(r -> parents.addAll(r.downRevisions()));
        }
        Set<String> heads = new LinkedHashSet<>(applied);
        heads.removeAll(parents);
        return heads;
    }

    static void ensureVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS alembic_version ("
                    + "version_num varchar(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    static Set<String> readVersions(Connection connection) throws SQLException {
        Set<String> versions = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM alembic_version")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    static void writeVersions(Connection connection, Set<String> heads) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM alembic_version");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alembic_version (version_num) VALUES (?)")) {
            for (String head : heads) {
                insert.setString(1, head);
                insert.executeUpdate();
            }
        }
    }
}
