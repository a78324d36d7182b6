package dev.signalbox.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.DatabaseUrl;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verdicts that depend only on the URL (incidents 3 and 6), and the lock tree's shape with several blockers. */
class VerdictsTest {
    private static final SnapshotParts NOTHING = new SnapshotParts(List.of(), LockTree.EMPTY, List.of(), List.of(), 0, Set.of());

    private static List<Verdict> verdicts(String url) throws Exception {
        return Verdicts.of(DatabaseUrl.parse(url), null, NOTHING, List.of(), Map.of(), List.of());
    }

    @Test
    void supabaseTransactionPoolerPortSaysToMigrateOnTheDirectConnection() throws Exception {
        assertThat(verdicts("postgresql://postgres.ref@aws-0-eu-west-1.pooler.supabase.com:6543/postgres?sslmode=require"))
                .anySatisfy(v -> {
                    assertThat(v.part()).isEqualTo("pooler");
                    assertThat(v.message()).isEqualTo("Supabase pooler port 6543 is transaction mode");
                    assertThat(v.advice()).contains("direct connection");
                });
        assertThat(verdicts("postgresql://postgres.ref@aws-0-eu-west-1.pooler.supabase.com:5432/postgres?sslmode=require"))
                .noneMatch(v -> v.part().equals("pooler"));
    }

    @Test
    void tlsSwitchedOffOnAHostedDatabaseNeedsAttention() throws Exception {
        List<Verdict> railway = verdicts("postgresql://app@shuttle.proxy.rlwy.net:41234/railway?ssl=disable");
        assertThat(railway.get(0).severity()).isEqualTo(Severity.ATTENTION);
        assertThat(railway.get(0).message()).isEqualTo("sslmode=disable on a hosted database (Railway public proxy)");
        assertThat(railway.get(0).advice()).contains("sslmode=require");
        assertThat(verdicts("postgresql://app@localhost:5432/app?sslmode=disable")).noneMatch(v -> v.part().equals("tls"));
    }

    private static BackendSession session(int pid, String state, Integer... blockedBy) {
        return new BackendSession(pid, "app", "app", null, state, null, null, 1.0, 1.0, "q" + pid, List.of(blockedBy), false, false);
    }

    @Test
    void aWaiterBlockedByAHolderAndAWaiterHangsUnderTheWaiterOnlyOnce() {
        // 30 holds; 31 waits for 30; 32 waits for both (a conflicting holder and a conflicting request ahead of it).
        List<BackendSession> sessions = List.of(session(30, "idle in transaction"), session(31, "active", 30),
                session(32, "active", 30, 31));
        List<LockTree.LockRow> locks = List.of(
                new LockTree.LockRow(30, "relation", "RowExclusiveLock", true, "public.t", null),
                new LockTree.LockRow(31, "relation", "AccessExclusiveLock", false, "public.t", 2.0),
                new LockTree.LockRow(32, "relation", "ShareLock", false, "public.t", 1.0));
        LockTree tree = LockTree.build(sessions, locks);
        assertThat(tree.flat()).extracting(LockTree.Entry::pid).containsExactly(30, 31, 32);
        assertThat(tree.flat()).extracting(LockTree.Entry::depth).containsExactly(0, 1, 2);
        assertThat(tree.flat()).extracting(LockTree.Entry::role)
                .containsExactly(LockTree.Role.ROOT_BLOCKER, LockTree.Role.WAITING, LockTree.Role.WAITING);
        assertThat(tree.flat().get(0).lockHeld()).isEqualTo("RowExclusiveLock");
    }

    @Test
    void aLockCycleStillShowsEverySessionOnce() {
        List<BackendSession> sessions = List.of(session(40, "active", 41), session(41, "active", 40));
        LockTree tree = LockTree.build(sessions, List.of());
        assertThat(tree.flat()).extracting(LockTree.Entry::pid).containsExactly(40, 41);
    }
}
