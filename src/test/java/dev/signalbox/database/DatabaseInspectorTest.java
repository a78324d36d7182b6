package dev.signalbox.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.Profile.ConstraintExpectation;
import dev.signalbox.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatabaseInspectorTest {
    private static EmbeddedPostgres postgres;
    private static DataSource admin;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        admin = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static DatabaseUrl url(String user) throws Exception {
        return DatabaseUrl.parse("postgresql://" + user + "@localhost:" + postgres.getPort() + "/postgres");
    }

    private static DatabaseInspector inspector(DatabaseInspector.Options options) throws Exception {
        return DatabaseInspector.open(url("postgres"), options);
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection c = admin.getConnection()) {
            for (String statement : statements) {
                Sessions.execute(c, statement);
            }
        }
    }

    @Test
    void directConnectionFactsShowNoPoolerTheEffectiveTimeoutsWithSourceAndRoleDefaults() throws Exception {
        sql("DROP ROLE IF EXISTS app_facts", "CREATE ROLE app_facts LOGIN",
                "ALTER ROLE app_facts SET statement_timeout = '42s'",
                "ALTER ROLE app_facts IN DATABASE postgres SET lock_timeout = '3s'");
        try (DatabaseInspector inspector = DatabaseInspector.open(url("app_facts"), DatabaseInspector.Options.defaults())) {
            DatabaseSnapshot snapshot = inspector.snapshot();
            assertThat(snapshot.errors()).isEmpty();
            ConnectionFacts facts = snapshot.connection();
            assertThat(facts.serverVersion()).startsWith("17.");
            assertThat(facts.pooler()).isEqualTo(PoolerMode.NONE);
            assertThat(facts.handshakePid()).isEqualTo(facts.backendPid());
            assertThat(facts.optionsParameter()).isEqualTo(ConnectionFacts.OptionsOutcome.APPLIED);
            assertThat(facts.inspectorLimits()).isEqualTo(ConnectionFacts.LimitsMode.STARTUP_OPTIONS);
            // The app's view (no options): the role's defaults, not the inspector's own 5 s.
            assertThat(facts.settings().get("statement_timeout")).isEqualTo(new ConnectionFacts.Setting("42s", "user"));
            assertThat(facts.settings().get("lock_timeout")).isEqualTo(new ConnectionFacts.Setting("3s", "database user"));
            assertThat(facts.settings().get("idle_in_transaction_session_timeout").source()).isEqualTo("default");
            assertThat(facts.roleDefaults()).containsExactly(
                    new ConnectionFacts.RoleDefault("role app_facts in database postgres", "lock_timeout", "3s"),
                    new ConnectionFacts.RoleDefault("role app_facts", "statement_timeout", "42s"));
            assertThat(facts.ssl().client()).isFalse();
            assertThat(facts.ssl().server()).isFalse();
            assertThat(facts.ssl().note()).contains("direct connection");
            // Not a superuser and no pg_read_all_stats / pg_signal_backend: say what is hidden.
            assertThat(snapshot.hidden()).hasSize(2);
            assertThat(snapshot.hidden().get(0)).contains("pg_read_all_stats");
            assertThat(snapshot.hidden().get(1)).contains("pg_signal_backend");
            // The inspector's own backends never appear.
            assertThat(snapshot.sessions()).noneMatch(s -> "signalbox".equals(s.application()));
        }
    }

    @Test
    void theInspectorsOwnTransactionsAreReadOnlyWithItsLimitsAndNeverLeftOpen() throws Exception {
        try (DatabaseInspector inspector = inspector(DatabaseInspector.Options.defaults())) {
            inspector.snapshot();
            SafeConnection safe = SafeConnection.open(url("postgres"), InspectorLimits.DEFAULT, ConnectionFacts.LimitsMode.STARTUP_OPTIONS);
            try (safe) {
                List<String> seen = safe.read(tx -> List.of(show(tx, "statement_timeout"), show(tx, "lock_timeout"),
                        show(tx, "transaction_read_only"), show(tx, "application_name")));
                assertThat(seen).containsExactly("5s", "250ms", "on", "signalbox");
            }
            // Every query is tagged, and no signalbox backend is left inside a transaction.
            assertThat(Sessions.count(admin, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'signalbox'"
                    + " AND (query NOT LIKE '/* signalbox */%' OR state <> 'idle')")).isZero();
        }
    }

    private static String show(SafeConnection.Transaction tx, String name) throws SQLException {
        try (var st = tx.statement(); var rs = st.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void notValidForeignKeyShowsAsNotValidatedUntilValidate() throws Exception {
        sql("CREATE SCHEMA nv", "CREATE TABLE nv.users (id int PRIMARY KEY)",
                "CREATE TABLE nv.orders (id int PRIMARY KEY, user_id int)",
                "INSERT INTO nv.users VALUES (1)", "INSERT INTO nv.orders VALUES (10, 1)",
                "ALTER TABLE nv.orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES nv.users (id)"
                        + " ON DELETE CASCADE NOT VALID");
        try (DatabaseInspector inspector = inspector(DatabaseInspector.Options.defaults())) {
            Constraint before = constraint(inspector.snapshot(), "nv.orders", "orders_user_fk");
            assertThat(before.type()).isEqualTo("FOREIGN KEY");
            assertThat(before.columns()).containsExactly("user_id");
            assertThat(before.referencedTable()).isEqualTo("nv.users");
            assertThat(before.referencedColumns()).containsExactly("id");
            assertThat(before.onDelete()).isEqualTo("CASCADE");
            assertThat(before.validated()).isFalse();
            assertThat(inspector.snapshot().verdicts()).anySatisfy(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.advice()).contains("VALIDATE CONSTRAINT orders_user_fk");
            });

            sql("ALTER TABLE nv.orders VALIDATE CONSTRAINT orders_user_fk");
            DatabaseSnapshot after = inspector.snapshot();
            assertThat(constraint(after, "nv.orders", "orders_user_fk").validated()).isTrue();
            assertThat(after.verdicts()).noneMatch(v -> v.message().contains("orders_user_fk"));
            assertThat(constraint(after, "nv.users", "users_pkey").type()).isEqualTo("PRIMARY KEY");
        }
    }

    private static Constraint constraint(DatabaseSnapshot snapshot, String table, String name) {
        return snapshot.constraints().stream().filter(c -> c.qualifiedTable().equals(table) && c.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no constraint " + name + " on " + table));
    }

    @Test
    void aForeignKeyToTheWrongTableIsCaughtByTheProfileExpectation() throws Exception {
        // Incident 5: user_personalization.user_id referenced user_profiles(id) instead of users(id).
        sql("CREATE SCHEMA inc5", "CREATE TABLE inc5.users (id int PRIMARY KEY)",
                "CREATE TABLE inc5.user_profiles (id int PRIMARY KEY)",
                "CREATE TABLE inc5.user_personalization (id int PRIMARY KEY, user_id int REFERENCES inc5.user_profiles (id),"
                        + " theme text CHECK (theme <> ''))");
        List<ConstraintExpectation> expectations = List.of(
                new ConstraintExpectation("inc5.user_personalization", null, "FOREIGN KEY", List.of("user_id"),
                        "inc5.users(id)", true),
                new ConstraintExpectation("inc5.user_personalization", null, "UNIQUE", List.of("user_id"), null, null),
                new ConstraintExpectation("inc5.users", "users_pkey", "PRIMARY KEY", List.of("id"), null, true));
        DatabaseInspector.Options options = new DatabaseInspector.Options(InspectorLimits.DEFAULT, expectations, null, false);
        try (DatabaseInspector inspector = inspector(options)) {
            DatabaseSnapshot snapshot = inspector.snapshot();
            assertThat(snapshot.expectations()).extracting(ExpectationResult::status).containsExactly(
                    ExpectationResult.Status.MISMATCH, ExpectationResult.Status.MISSING, ExpectationResult.Status.OK);
            assertThat(snapshot.expectations().get(0).problems())
                    .containsExactly("references inc5.user_profiles(id), expected inc5.users(id)");
            assertThat(snapshot.needsAttention()).isTrue();
            assertThat(snapshot.verdicts().get(0).severity()).isEqualTo(Severity.ATTENTION);
            assertThat(constraint(snapshot, "inc5.user_personalization", "user_personalization_theme_check").definition())
                    .isEqualTo("CHECK ((theme <> ''::text))");
        }
    }

    @Test
    void aFailedConcurrentUniqueIndexBuildIsAnInvalidIndexNeedingAttention() throws Exception {
        sql("CREATE SCHEMA cic", "CREATE TABLE cic.emails (id int, email text)",
                "INSERT INTO cic.emails VALUES (1, 'a@example.com'), (2, 'a@example.com')");
        try (Connection c = admin.getConnection()) {
            Sessions.execute(c, "CREATE UNIQUE INDEX CONCURRENTLY emails_email_key ON cic.emails (email)");
            throw new AssertionError("the duplicate rows should have failed the build");
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("23505");
        }
        try (DatabaseInspector inspector = inspector(DatabaseInspector.Options.defaults())) {
            DatabaseSnapshot snapshot = inspector.snapshot();
            InvalidIndex index = snapshot.invalidIndexes().stream().filter(i -> i.name().equals("emails_email_key"))
                    .findFirst().orElseThrow();
            assertThat(index.state()).isEqualTo(InvalidIndex.State.FAILED);
            assertThat(index.table()).isEqualTo("emails");
            assertThat(index.definition()).isEqualTo("CREATE UNIQUE INDEX emails_email_key ON cic.emails USING btree (email)");
            assertThat(index.advice()).contains("DROP INDEX CONCURRENTLY cic.emails_email_key");
            assertThat(snapshot.needsAttention()).isTrue();
        } finally {
            sql("DROP INDEX cic.emails_email_key");
        }
    }

    @Test
    void anIndexBuildStillRunningIsNotReportedAsFailed() throws Exception {
        sql("CREATE SCHEMA building", "CREATE TABLE building.t (id int)", "CREATE TABLE building.other (id int)",
                "INSERT INTO building.t SELECT generate_series(1, 100)");
        try (Sessions sessions = new Sessions(admin)) {
            // An old snapshot makes CREATE INDEX CONCURRENTLY wait in its last phase, with the index still invalid.
            Connection old = sessions.open("old-snapshot");
            Sessions.execute(old, "BEGIN ISOLATION LEVEL REPEATABLE READ");
            Sessions.execute(old, "SELECT * FROM building.other");
            Connection builder = sessions.open("builder");
            int builderPid = Sessions.pid(builder);
            Future<Void> build = sessions.start(builder, "CREATE INDEX CONCURRENTLY t_id_idx ON building.t (id)");
            Sessions.await("the build to wait for old snapshots", Duration.ofSeconds(10), Sessions.query(admin,
                    "SELECT count(*) FROM pg_stat_progress_create_index WHERE phase LIKE 'waiting for old snapshots'"));
            try (DatabaseInspector inspector = inspector(DatabaseInspector.Options.defaults())) {
                InvalidIndex index = inspector.snapshot().invalidIndexes().stream().filter(i -> i.name().equals("t_id_idx"))
                        .findFirst().orElseThrow();
                assertThat(index.state()).isEqualTo(InvalidIndex.State.BUILDING);
                assertThat(index.buildPid()).isEqualTo(builderPid);
                assertThat(index.phase()).isEqualTo("waiting for old snapshots");
            }
            Sessions.execute(old, "COMMIT");
            build.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void dropConstraintBehindAnIdleTransactionShowsTheLockTreeAndTheInspectorStaysPrompt() throws Exception {
        sql("CREATE TABLE public.t (id int PRIMARY KEY, amount int CONSTRAINT t_amount_check CHECK (amount >= 0))",
                "INSERT INTO public.t VALUES (1, 1)");
        try (Sessions sessions = new Sessions(admin);
             DatabaseInspector inspector = inspector(new DatabaseInspector.Options(InspectorLimits.DEFAULT, List.of(), null, false))) {
            Connection a = sessions.open("app-worker");
            Sessions.execute(a, "BEGIN");
            Sessions.execute(a, "SELECT * FROM public.t");
            Connection b = sessions.open("alembic");
            Future<Void> migration = sessions.start(b, "ALTER TABLE public.t DROP CONSTRAINT t_amount_check");
            Sessions.await("the ALTER to wait", Duration.ofSeconds(10), Sessions.query(admin,
                    "SELECT count(*) FROM pg_locks WHERE NOT granted AND mode = 'AccessExclusiveLock'"));
            Connection c = sessions.open("app-web");
            Future<Void> select = sessions.start(c, "SELECT * FROM public.t");
            Sessions.await("the SELECT to queue", Duration.ofSeconds(10), Sessions.query(admin,
                    "SELECT count(*) FROM pg_locks WHERE NOT granted AND mode = 'AccessShareLock'"));
            int pidA = Sessions.pid(a);

            // A hang guard, not a benchmark: reading the CHECK definition here would queue behind the ALTER.
            DatabaseSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(5), inspector::snapshot);

            assertThat(snapshot.errors()).isEmpty();
            List<LockTree.Entry> locks = snapshot.locks();
            assertThat(locks).extracting(LockTree.Entry::role).containsExactly(
                    LockTree.Role.ROOT_BLOCKER, LockTree.Role.WAITING, LockTree.Role.QUEUED);
            LockTree.Entry rootA = locks.get(0);
            LockTree.Entry waiterB = locks.get(1);
            LockTree.Entry queuedC = locks.get(2);
            assertThat(rootA.pid()).isEqualTo(pidA);
            assertThat(rootA.state()).isEqualTo("idle in transaction");
            assertThat(rootA.lockHeld()).isEqualTo("AccessShareLock");
            assertThat(rootA.relation()).isEqualTo("public.t");
            assertThat(waiterB.blockedBy()).containsExactly(pidA);
            assertThat(waiterB.depth()).isEqualTo(1);
            assertThat(waiterB.lockWanted()).isEqualTo("AccessExclusiveLock");
            assertThat(waiterB.relation()).isEqualTo("public.t");
            assertThat(waiterB.migration()).isTrue();
            assertThat(waiterB.waitingSeconds()).isNotNull().isGreaterThanOrEqualTo(0.0);
            assertThat(waiterB.query()).contains("DROP CONSTRAINT");
            assertThat(queuedC.blockedBy()).containsExactly(waiterB.pid());
            assertThat(queuedC.depth()).isEqualTo(2);
            assertThat(queuedC.lockWanted()).isEqualTo("AccessShareLock");
            assertThat(queuedC.application()).isEqualTo("app-web");
            assertThat(snapshot.lockTree().roots()).hasSize(1);

            Constraint check = constraint(snapshot, "public.t", "t_amount_check");
            assertThat(check.definition()).isNull();
            assertThat(check.definitionSkipped()).contains("ACCESS EXCLUSIVE");
            assertThat(snapshot.verdicts().get(0).severity()).isEqualTo(Severity.ATTENTION);
            assertThat(snapshot.verdicts()).anySatisfy(v -> assertThat(v.advice()).contains("cancelling does nothing")
                    .contains("lock_timeout"));

            // Cancelling the idle blocker does nothing, and says so; terminating it frees B and C.
            BackendActionResult cancel = inspector.cancel(pidA, new BackendActionConfirmation(BackendAction.CANCEL, pidA, "test"));
            assertThat(cancel.outcome()).isEqualTo(BackendActionResult.Outcome.NO_EFFECT);
            assertThat(cancel.message()).contains("idle in transaction").contains("Terminate");
            BackendActionResult terminate = inspector.terminate(pidA, new BackendActionConfirmation(BackendAction.TERMINATE, pidA, "test"));
            assertThat(terminate.outcome()).isEqualTo(BackendActionResult.Outcome.DONE);
            assertThat(terminate.stateBefore()).isEqualTo("idle in transaction");
            migration.get(10, TimeUnit.SECONDS);
            select.get(10, TimeUnit.SECONDS);
            assertThat(inspector.snapshot().locks()).isEmpty();
        }
    }

    @Test
    void cancelStopsARunningQueryAndActionsNeedAMatchingConfirmationAndWriteMode() throws Exception {
        try (Sessions sessions = new Sessions(admin);
             DatabaseInspector inspector = inspector(DatabaseInspector.Options.defaults());
             DatabaseInspector readOnly = inspector(DatabaseInspector.Options.defaults().withReadOnly(true))) {
            Connection slow = sessions.open("slow-report");
            int pid = Sessions.pid(slow);
            Future<Void> sleeping = sessions.start(slow, "SELECT pg_sleep(60)");
            Sessions.await("the query to run", Duration.ofSeconds(10), Sessions.query(admin,
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid + " AND state = 'active'"));

            assertThat(readOnly.cancel(pid, new BackendActionConfirmation(BackendAction.CANCEL, pid, "test")).outcome())
                    .isEqualTo(BackendActionResult.Outcome.REFUSED);
            assertThat(inspector.cancel(pid, new BackendActionConfirmation(BackendAction.CANCEL, pid + 1, "test")).outcome())
                    .isEqualTo(BackendActionResult.Outcome.REFUSED);
            assertThat(inspector.cancel(pid, new BackendActionConfirmation(BackendAction.TERMINATE, pid, "test")).outcome())
                    .isEqualTo(BackendActionResult.Outcome.REFUSED);
            assertThat(sleeping).isNotDone();

            BackendActionResult result = inspector.cancel(pid, new BackendActionConfirmation(BackendAction.CANCEL, pid, "test"));
            assertThat(result.outcome()).isEqualTo(BackendActionResult.Outcome.DONE);
            assertThat(result.stateBefore()).isEqualTo("active");
            assertThat(result.queryBefore()).contains("pg_sleep");
            try {
                sleeping.get(10, TimeUnit.SECONDS);
                throw new AssertionError("the query should have been cancelled");
            } catch (ExecutionException e) {
                assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("57014");
            }
            assertThat(inspector.terminate(999_999, new BackendActionConfirmation(BackendAction.TERMINATE, 999_999, "test")).outcome())
                    .isEqualTo(BackendActionResult.Outcome.FAILED);
        }
    }

    @Test
    void withoutSignalPrivilegeTerminatingAnotherRolesSessionFailsWithTheReason() throws Exception {
        sql("DROP ROLE IF EXISTS app_weak", "CREATE ROLE app_weak LOGIN");
        try (Sessions sessions = new Sessions(admin);
             DatabaseInspector inspector = DatabaseInspector.open(url("app_weak"), DatabaseInspector.Options.defaults())) {
            Connection superuserSession = sessions.open("admin-tool");
            int pid = Sessions.pid(superuserSession);
            DatabaseSnapshot snapshot = inspector.snapshot();
            // Without pg_read_all_stats the session is listed with its pid, but its query is hidden.
            assertThat(snapshot.sessions()).anySatisfy(s -> {
                assertThat(s.pid()).isEqualTo(pid);
                assertThat(s.query()).isEqualTo("<insufficient privilege>");
            });
            BackendActionResult result = inspector.terminate(pid, new BackendActionConfirmation(BackendAction.TERMINATE, pid, "test"));
            assertThat(result.outcome()).isEqualTo(BackendActionResult.Outcome.FAILED);
            assertThat(result.message()).contains("permission denied").contains("pg_signal_backend");
        }
    }

    @Test
    void anUnreachableDatabaseIsAnErrorInTheSnapshotWithoutThePassword() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@127.0.0.1:" + port + "/prod").withPassword(Secret.of("hunter2-secret"));
        try (DatabaseInspector inspector = DatabaseInspector.open(url, DatabaseInspector.Options.defaults())) {
            DatabaseSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(20), inspector::snapshot);
            assertThat(snapshot.connection()).isNull();
            assertThat(snapshot.needsAttention()).isTrue();
            assertThat(snapshot.errors().get("connection")).contains("cannot connect to postgresql://app:****@127.0.0.1:" + port)
                    .contains("check host and port").doesNotContain("hunter2");
        }
    }
}
