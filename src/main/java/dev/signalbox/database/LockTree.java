package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who blocks whom (incident 2): root blockers (holding a lock, waiting for nothing), the sessions waiting on them,
 * and the sessions queued behind a waiter. With {@code DROP CONSTRAINT} the typical tree is
 * A (idle in transaction, holds ACCESS SHARE) -> B (the migration, wants ACCESS EXCLUSIVE) -> C, D, ... (the app's
 * queries, which conflict with B's pending request, so PostgreSQL queues them behind it).
 * <p>
 * A waiter blocked by several sessions hangs under the deepest of them, so each session appears once.
 */
public record LockTree(List<Node> roots) {

    public enum Role {
        /** Holds what others wait for and waits for nothing: the session to act on. */
        ROOT_BLOCKER,
        /** Waits for a lock another session holds. */
        WAITING,
        /** Waits only behind other waiters: queued behind a pending request, not behind a holder. */
        QUEUED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public record Node(Entry entry, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }
    }

    /**
     * One session in the tree, with what it wants and holds.
     *
     * @param depth          0 for a root blocker
     * @param lockWanted     the lock mode it waits for, null for a root blocker
     * @param lockHeld       for a blocker: the modes it holds on the relations its waiters want
     * @param relation       {@code schema.table} of the wanted lock (or, for a root, of what its waiters want)
     * @param waitingSeconds how long it has waited for the lock
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private static final java.util.regex.Pattern PG_LOCK_MODE = java.util.regex.Pattern.compile("\\b((?:[A-Z][a-z]+)+)Lock\\b");

    public record Entry(int pid, List<Integer> blockedBy, Role role, int depth, String state, String lockWanted,
                        String lockHeld, String relation, Double waitingSeconds, Double transactionSeconds,
                        String application, String user, String query, boolean migration, boolean longTransaction) {
        public Entry {
            blockedBy = List.copyOf(blockedBy);
        }

        /**
         * One sentence naming what this session does in the chain: "pid 812 (alembic) waits for ACCESS EXCLUSIVE on
         * public.user_personalization behind pid 811, for 42 s: ALTER TABLE ... DROP CONSTRAINT ...".
         */
        public String describe() {
            String who = "pid " + pid + " (" + (application == null || application.isBlank()
                    ? (user == null ? "no application name" : "user " + user) : application) + ")";
            String on = relation == null ? "" : " on " + relation;
            String behind = blockedBy.isEmpty() ? "" : " behind pid " + blockedBy.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            String sentence = switch (role) {
                case ROOT_BLOCKER -> who + (state == null ? "" : ", " + state
                        + (transactionSeconds == null ? "" : " for " + seconds(transactionSeconds) + " in its transaction"))
                        + ", holds " + (lockHeld == null ? "the lock" : modeName(lockHeld)) + on + " and waits for nothing";
                case WAITING -> who + " waits for " + modeName(lockWanted) + on + behind
                        + (waitingSeconds == null ? "" : ", for " + seconds(waitingSeconds));
                case QUEUED -> who + " is queued for " + modeName(lockWanted) + on + behind + "'s pending request"
                        + (waitingSeconds == null ? "" : ", for " + seconds(waitingSeconds));
            };
            String statement = query == null ? "" : query.replaceAll("\\s+", " ").strip();
            if (statement.length() > 120) {
                statement = statement.substring(0, 117) + "...";
            }
            return statement.isEmpty() ? sentence : sentence + ": " + statement;
        }

        /** pg_locks' {@code AccessExclusiveLock} as PostgreSQL's documentation names it: {@code ACCESS EXCLUSIVE}. */
        static String modeName(String modes) {
            if (modes == null) {
                return null;
            }
            java.util.regex.Matcher matcher = PG_LOCK_MODE.matcher(modes);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, matcher.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private static String seconds(double value) {
            return value < 90 ? String.format(Locale.ROOT, "%.0f s", value) : String.format(Locale.ROOT, "%.1f min", value / 60);
        }
    }

    /** One row of {@code pg_locks} for a relation lock or a lock not granted. */
    record LockRow(int pid, String lockType, String mode, boolean granted, String relation, Double waitingSeconds) {
    }

    public LockTree {
        roots = List.copyOf(roots);
    }

    public static final LockTree EMPTY = new LockTree(List.of());

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** Every session of the tree, depth first from each root: the order of the CLI's {@code locks}. */
    public List<Entry> flat() {
        List<Entry> out = new ArrayList<>();
        for (Node root : roots) {
            walk(root, out);
        }
        return out;
    }

    private static void walk(Node node, List<Entry> out) {
        out.add(node.entry());
        for (Node child : node.children()) {
            walk(child, out);
        }
    }

    public int waitingCount() {
        return (int) flat().stream().filter(e -> e.role() != Role.ROOT_BLOCKER).count();
    }

    static LockTree build(List<BackendSession> sessions, List<LockRow> locks) {
        Map<Integer, BackendSession> byPid = new HashMap<>();
        for (BackendSession session : sessions) {
            byPid.put(session.pid(), session);
        }
        Map<Integer, List<Integer>> blockers = new LinkedHashMap<>();
        for (BackendSession session : sessions) {
            if (session.waitingOnLock()) {
                blockers.put(session.pid(), session.blockedBy());
            }
        }
        if (blockers.isEmpty()) {
            return EMPTY;
        }
        Map<Integer, List<LockRow>> locksByPid = new HashMap<>();
        for (LockRow row : locks) {
            locksByPid.computeIfAbsent(row.pid(), k -> new ArrayList<>()).add(row);
        }

        Map<Integer, Integer> depth = new HashMap<>();
        for (Integer pid : blockers.keySet()) {
            depth(pid, blockers, depth, new HashSet<>());
        }
        // Parent of each waiter: its deepest blocker, so A -> B -> C rather than C under both A and B.
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        Set<Integer> roots = new LinkedHashSet<>();
        for (Map.Entry<Integer, List<Integer>> waiter : blockers.entrySet()) {
            int parent = waiter.getValue().stream()
                    .max(Comparator.<Integer>comparingInt(b -> depth.getOrDefault(b, 0)).thenComparing(b -> -b))
                    .orElseThrow();
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(waiter.getKey());
            for (Integer blocker : waiter.getValue()) {
                if (!blockers.containsKey(blocker)) {
                    roots.add(blocker);
                }
            }
        }
        // A lock cycle (a deadlock before the detector runs) has no root: start it at its lowest pid.
        Set<Integer> reached = new HashSet<>();
        List<Node> rootNodes = new ArrayList<>();
        for (Integer root : roots.stream().sorted().toList()) {
            rootNodes.add(node(root, 0, children, blockers, byPid, locksByPid, reached));
        }
        for (Integer waiter : blockers.keySet().stream().sorted().toList()) {
            if (!reached.contains(waiter)) {
                rootNodes.add(node(waiter, 0, children, blockers, byPid, locksByPid, reached));
            }
        }
        return new LockTree(rootNodes);
    }

    private static int depth(int pid, Map<Integer, List<Integer>> blockers, Map<Integer, Integer> memo, Set<Integer> path) {
        Integer known = memo.get(pid);
        if (known != null) {
            return known;
        }
        List<Integer> mine = blockers.get(pid);
        if (mine == null || !path.add(pid)) {
            return 0;
        }
        int max = 0;
        for (Integer blocker : mine) {
            max = Math.max(max, depth(blocker, blockers, memo, path) + 1);
        }
        path.remove(pid);
        memo.put(pid, max);
        return max;
    }

    private static Node node(int pid, int level, Map<Integer, List<Integer>> children, Map<Integer, List<Integer>> blockers,
                             Map<Integer, BackendSession> byPid, Map<Integer, List<LockRow>> locksByPid, Set<Integer> reached) {
        reached.add(pid);
        List<Node> kids = new ArrayList<>();
        for (Integer child : children.getOrDefault(pid, List.of())) {
            if (!reached.contains(child)) {
                kids.add(node(child, level + 1, children, blockers, byPid, locksByPid, reached));
            }
        }
        return new Node(entry(pid, level, children, blockers, byPid, locksByPid), kids);
    }

    private static Entry entry(int pid, int level, Map<Integer, List<Integer>> children, Map<Integer, List<Integer>> blockers,
                               Map<Integer, BackendSession> byPid, Map<Integer, List<LockRow>> locksByPid) {
        List<Integer> blockedBy = blockers.getOrDefault(pid, List.of());
        Role role = blockedBy.isEmpty() ? Role.ROOT_BLOCKER
                : blockedBy.stream().allMatch(blockers::containsKey) ? Role.QUEUED : Role.WAITING;
        List<LockRow> mine = locksByPid.getOrDefault(pid, List.of());
        LockRow wanted = mine.stream().filter(r -> !r.granted()).findFirst().orElse(null);
        String lockWanted = null;
        String relation = null;
        Double waiting = null;
        if (wanted != null) {
            lockWanted = wanted.lockType().equals("relation") ? wanted.mode() : wanted.mode() + " on " + wanted.lockType();
            relation = wanted.relation() != null ? wanted.relation()
                    : mine.stream().filter(r -> r.lockType().equals("tuple") && r.relation() != null).map(LockRow::relation)
                    .findFirst().orElse(null);
            waiting = wanted.waitingSeconds();
        }
        // What this session holds that its waiters want: the relations of its children's pending requests.
        Set<String> wantedByChildren = new LinkedHashSet<>();
        for (Integer child : children.getOrDefault(pid, List.of())) {
            for (LockRow row : locksByPid.getOrDefault(child, List.of())) {
                if (!row.granted() && row.relation() != null) {
                    wantedByChildren.add(row.relation());
                }
            }
        }
        Set<String> held = new LinkedHashSet<>();
        for (LockRow row : mine) {
            if (row.granted() && row.relation() != null && wantedByChildren.contains(row.relation())) {
                held.add(row.mode());
            }
        }
        if (relation == null && !wantedByChildren.isEmpty()) {
            relation = String.join(", ", wantedByChildren);
        }
        BackendSession session = byPid.get(pid);
        if (session == null) {
            String state = pid == 0 ? "prepared transaction (pg_prepared_xacts)" : "not a client backend, or gone";
            return new Entry(pid, blockedBy, role, level, state, lockWanted, held.isEmpty() ? null : String.join(", ", held),
                    relation, waiting, null, null, null, null, false, false);
        }
        if (waiting == null && wanted != null) {
            waiting = session.stateSeconds();
        }
        return new Entry(pid, blockedBy, role, level, session.state(), lockWanted,
                held.isEmpty() ? null : String.join(", ", held), relation, waiting, session.transactionSeconds(),
                session.application(), session.user(), session.query(), session.migration(), session.longTransaction());
    }
}
