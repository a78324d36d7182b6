package dev.signalbox.database;

import dev.signalbox.sandbox.PgBouncerProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.signalbox.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The inspector through a real PgBouncer (incident 3): pooler detection, the options refusal, effective timeouts. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PgBouncerTest {
    private static EmbeddedPostgres postgres;
    private static DataSource admin;

    @BeforeAll
    static void start() throws Exception {
        assertThat(PgBouncerProcess.binary()).as("pgbouncer is installed (.ci/run installs it)").isPresent();
        postgres = EmbeddedPostgres.builder().start();
        admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection()) {
            Sessions.execute(c, "CREATE ROLE app LOGIN");
            // The only timeouts a transaction pooler cannot lose: the role's own defaults.
            Sessions.execute(c, "ALTER ROLE app SET statement_timeout = '42s'");
            Sessions.execute(c, "ALTER ROLE app SET lock_timeout = '3s'");
            Sessions.execute(c, "GRANT pg_read_all_stats, pg_signal_backend TO app");
            Sessions.execute(c, "CREATE TABLE public.t (id int PRIMARY KEY)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static DatabaseUrl through(PgBouncerProcess bouncer) throws Exception {
        return DatabaseUrl.parse("postgresql://app@127.0.0.1:" + bouncer.port() + "/postgres");
    }

    @Test
    void transactionPoolerRefusingOptionsIsDetectedAndTheRoleTimeoutsAreReadBack() throws Exception {
        try (PgBouncerProcess bouncer = PgBouncerProcess.start(java.nio.file.Files.createTempDirectory("signalbox-pgbouncer"), postgres.getPort(), PgBouncerProcess.PoolMode.TRANSACTION, null, List.of("app"), 4);
             DatabaseInspector inspector = DatabaseInspector.open(through(bouncer), DatabaseInspector.Options.defaults())) {
            DatabaseSnapshot snapshot = inspector.snapshot();
            assertThat(snapshot.errors()).isEmpty();
            ConnectionFacts facts = snapshot.connection();
            assertThat(facts.pooler()).isEqualTo(PoolerMode.TRANSACTION);
            assertThat(facts.handshakePid()).isNotEqualTo(facts.backendPid());
            assertThat(facts.optionsParameter()).isEqualTo(ConnectionFacts.OptionsOutcome.REFUSED);
            assertThat(bouncer.log()).contains("unsupported startup parameter: options");
            assertThat(facts.inspectorLimits()).isEqualTo(ConnectionFacts.LimitsMode.SET_LOCAL);
            assertThat(facts.settings().get("statement_timeout")).isEqualTo(new ConnectionFacts.Setting("42s", "user"));
            assertThat(facts.settings().get("lock_timeout")).isEqualTo(new ConnectionFacts.Setting("3s", "user"));
            assertThat(facts.ssl().note()).contains("pooler's connection");
            assertThat(snapshot.verdicts()).anySatisfy(v -> {
                assertThat(v.part()).isEqualTo("pooler");
                assertThat(v.message()).startsWith("transaction pooler: SET and startup options timeouts do not apply");
                assertThat(v.advice()).contains("ALTER ROLE app SET statement_timeout");
            });

            // Inside the inspector's own transactions the limits come from SET LOCAL, and go away with the transaction.
            try (SafeConnection safe = SafeConnection.open(through(bouncer), InspectorLimits.DEFAULT, facts.inspectorLimits())) {
                String inside = safe.read(tx -> show(tx, "statement_timeout") + " " + show(tx, "transaction_read_only"));
                assertThat(inside).isEqualTo("5s on");
                String before = safe.read(tx -> tx.settingsBeforeLimits().get("statement_timeout").value());
                assertThat(before).isEqualTo("42s");
            }
        }
    }

    @Test
    void aSessionSetLeakingThroughAPoolOfOneBackendIsCalledOut() throws Exception {
        try (PgBouncerProcess bouncer = PgBouncerProcess.start(java.nio.file.Files.createTempDirectory("signalbox-pgbouncer"), postgres.getPort(), PgBouncerProcess.PoolMode.TRANSACTION, null, List.of("app"), 1);
             DatabaseInspector inspector = DatabaseInspector.open(through(bouncer), DatabaseInspector.Options.defaults())) {
            // Incident 3: a client's session-level SET stays on the pooled backend, for whoever gets it next.
            try (Connection leaking = java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + bouncer.port() + "/postgres?user=app&prepareThreshold=0")) {
                Sessions.execute(leaking, "SET statement_timeout = '1min'");
            }
            DatabaseSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(10), inspector::snapshot);
            assertThat(snapshot.connection().pooler()).isEqualTo(PoolerMode.TRANSACTION);
            assertThat(snapshot.connection().settings().get("statement_timeout"))
                    .isEqualTo(new ConnectionFacts.Setting("1min", "session"));
            assertThat(snapshot.verdicts()).anySatisfy(v -> {
                assertThat(v.part()).isEqualTo("timeouts");
                assertThat(v.message()).startsWith("statement_timeout = 1min was set with a session SET on a pooled backend");
            });
        }
    }

    @Test
    void optionsSilentlyDroppedByThePoolerAreNoticed() throws Exception {
        try (PgBouncerProcess bouncer = PgBouncerProcess.start(java.nio.file.Files.createTempDirectory("signalbox-pgbouncer"), postgres.getPort(), PgBouncerProcess.PoolMode.TRANSACTION, "options", List.of("app"), 4);
             DatabaseInspector inspector = DatabaseInspector.open(through(bouncer), DatabaseInspector.Options.defaults())) {
            ConnectionFacts facts = inspector.snapshot().connection();
            assertThat(facts.optionsParameter()).isEqualTo(ConnectionFacts.OptionsOutcome.DROPPED);
            assertThat(facts.inspectorLimits()).isEqualTo(ConnectionFacts.LimitsMode.SET_LOCAL);
            assertThat(facts.pooler()).isEqualTo(PoolerMode.TRANSACTION);
        }
    }

    @Test
    void sessionPoolerIsToldApartFromTransactionPooling() throws Exception {
        try (PgBouncerProcess bouncer = PgBouncerProcess.start(java.nio.file.Files.createTempDirectory("signalbox-pgbouncer"), postgres.getPort(), PgBouncerProcess.PoolMode.SESSION, "options", List.of("app"), 4);
             DatabaseInspector inspector = DatabaseInspector.open(through(bouncer), DatabaseInspector.Options.defaults())) {
            ConnectionFacts facts = inspector.snapshot().connection();
            assertThat(facts.pooler()).isEqualTo(PoolerMode.SESSION);
            assertThat(facts.poolerEvidence()).contains("session pooling");
        }
    }

    @Test
    void theLockTreeThroughATransactionPoolerStaysPromptAndExcludesOnlyTheInspectorsBackend() throws Exception {
        try (PgBouncerProcess bouncer = PgBouncerProcess.start(java.nio.file.Files.createTempDirectory("signalbox-pgbouncer"), postgres.getPort(), PgBouncerProcess.PoolMode.TRANSACTION, null, List.of("app"), 4);
             Sessions sessions = new Sessions(admin);
             DatabaseInspector inspector = DatabaseInspector.open(through(bouncer), DatabaseInspector.Options.defaults())) {
            Connection a = sessions.open("worker");
            Sessions.execute(a, "BEGIN");
            Sessions.execute(a, "SELECT * FROM public.t");
            Connection b = sessions.open("alembic");
            int pidA = Sessions.pid(a);
            int pidB = Sessions.pid(b);
            Future<Void> alter = sessions.start(b, "ALTER TABLE public.t ADD COLUMN note text");
            Sessions.await("the ALTER to wait", Duration.ofSeconds(10), Sessions.query(admin,
                    "SELECT count(*) FROM pg_locks WHERE NOT granted AND mode = 'AccessExclusiveLock'"));

            DatabaseSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(5), inspector::snapshot);
            assertThat(snapshot.errors()).isEmpty();
            assertThat(snapshot.locks()).extracting(LockTree.Entry::pid).containsExactly(pidA, pidB);
            Sessions.execute(a, "COMMIT");
            alter.get(10, TimeUnit.SECONDS);
        }
    }

    private static String show(SafeConnection.Transaction tx, String name) throws SQLException {
        try (var st = tx.statement(); var rs = st.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
