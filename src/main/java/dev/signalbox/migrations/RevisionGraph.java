package dev.signalbox.migrations;

import dev.signalbox.migrations.MigrationProblem.Kind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph of a project, built the way Alembic's {@code RevisionMap} builds it, so that heads, bases,
 * branch and merge points, {@code depends_on} edges, effective heads, the {@code alembic history} order and the
 * {@code alembic upgrade heads} order are Alembic's own, including its tie-breaking (the order files are loaded).
 * Where Alembic would stop (duplicate ids, missing parents, cycles) the graph records a {@link MigrationProblem}
 * naming the files and carries on with what it can. Immutable and thread-safe once built.
 */
public final class RevisionGraph {

    private static final class Node {
        final int index;
        final RevisionFile file;
        final String id;
        final List<String> down;
        int[] downIdx = new int[0];
        int[] resolvedDeps = new int[0];
        int[] normalizedDeps = new int[0];
        /** down_revision then normalized deps, deduplicated: Alembic's {@code _normalized_down_revisions}. */
        int[] normalizedDown = new int[0];
        final List<Integer> nextrev = new ArrayList<>();
        final List<Integer> allNextrev = new ArrayList<>();
        /** Alembic keeps these in a set (unordered); we print them sorted. */
        final LinkedHashSet<String> labels = new LinkedHashSet<>();

        Node(int index, RevisionFile file) {
            this.index = index;
            this.file = file;
            this.id = file.revision();
            this.down = file.downRevisions();
            this.labels.addAll(file.branchLabels());
        }
    }

    private final List<Node> nodes;
    private final Map<String, Node> byId;
    private final List<Revision> revisions;
    private final Map<String, Revision> revisionById;
    private final List<String> heads;
    private final List<String> bases;
    private final List<Revision> history;
    private final List<MigrationProblem> problems;
    private final boolean cyclic;
    private final List<RevisionFile> files;

    private RevisionGraph(List<RevisionFile> files) {
        this.files = List.copyOf(files);
        List<MigrationProblem> found = new ArrayList<>();
        for (RevisionFile f : files) {
            found.addAll(f.problems());
        }
        // Alembic's map is an ordered dict: a duplicate id keeps the first file's position, the last file's content.
        Map<String, RevisionFile> map = new LinkedHashMap<>();
        Map<String, Path> firstFile = new HashMap<>();
        for (RevisionFile f : files) {
            if (!f.usable()) {
                continue;
            }
            if (map.containsKey(f.revision())) {
                found.add(MigrationProblem.error(Kind.DUPLICATE_REVISION, "revision '" + f.revision() + "' is defined twice: in "
                        + firstFile.get(f.revision()) + " and here; Alembic keeps this file's content and warns"
                        + " \"Revision " + f.revision() + " is present more than once\"", f.file(), 0));
            } else {
                firstFile.put(f.revision(), f.file());
            }
            map.put(f.revision(), f);
        }
        nodes = new ArrayList<>(map.size());
        byId = new HashMap<>();
        for (RevisionFile f : map.values()) {
            Node n = new Node(nodes.size(), f);
            nodes.add(n);
            byId.put(n.id, n);
        }

        Map<String, Node> labelMap = new HashMap<>();
        for (Node n : nodes) {
            for (String label : n.file.branchLabels()) {
                Node other = labelMap.get(label) != null ? labelMap.get(label) : byId.get(label);
                if (other != null) {
                    found.add(MigrationProblem.error(Kind.DUPLICATE_BRANCH_LABEL, "branch label '" + label + "' of revision "
                            + n.id + " is already used by revision " + other.id + " (" + other.file.file() + ")", n.file.file(), 0));
                } else {
                    labelMap.put(label, n);
                }
            }
        }
        for (Node n : nodes) {
            List<Integer> deps = new ArrayList<>();
            for (String dep : n.file.dependsOn()) {
                Node target = byId.containsKey(dep) ? byId.get(dep) : labelMap.get(dep);
                if (target == null) {
                    found.add(MigrationProblem.error(Kind.MISSING_DEPENDENCY, "depends_on '" + dep + "' of revision " + n.id
                            + " names no revision or branch label in this code", n.file.file(), 0));
                } else if (!deps.contains(target.index)) {
                    deps.add(target.index);
                }
            }
            n.resolvedDeps = toArray(deps);
            List<Integer> down = new ArrayList<>();
            for (String d : n.down) {
                Node parent = byId.get(d);
                if (parent == null) {
                    found.add(MigrationProblem.error(Kind.MISSING_PARENT, "down_revision '" + d + "' of revision " + n.id
                            + " is not in any revision file; Alembic stops with \"Revision " + d + " referenced from "
                            + n.id + " is not present\" (a deleted or uncommitted file?)", n.file.file(), 0));
                } else if (parent == n) {
                    found.add(MigrationProblem.error(Kind.CYCLE, "revision " + n.id + " names itself as down_revision",
                            n.file.file(), 0));
                } else if (!down.contains(parent.index)) {
                    down.add(parent.index);
                }
            }
            n.downIdx = toArray(down);
        }
        Set<Integer> headSet = new LinkedHashSet<>();
        Set<Integer> realHeadSet = new LinkedHashSet<>();
        for (Node n : nodes) {
            headSet.add(n.index);
            realHeadSet.add(n.index);
        }
        for (Node n : nodes) {
            for (int d : n.downIdx) {
                addOnce(nodes.get(d).allNextrev, n.index);
                addOnce(nodes.get(d).nextrev, n.index);
                headSet.remove(d);
                realHeadSet.remove(d);
            }
            for (int d : n.resolvedDeps) {
                addOnce(nodes.get(d).allNextrev, n.index);
                realHeadSet.remove(d);
            }
        }
        List<Integer> baseList = new ArrayList<>();
        for (Node n : nodes) {
            if (n.down.isEmpty()) {
                baseList.add(n.index);
            }
        }

        boolean cycle = detectCycles(found, headSet, baseList);
        if (!cycle) {
            normalizeDependencies();
        } else {
            for (Node n : nodes) {
                n.normalizedDeps = n.resolvedDeps;
                n.normalizedDown = dedupe(n.downIdx, n.resolvedDeps);
            }
        }
        cyclic = cycle;
        if (!cycle) {
            propagateBranchLabels();
        }

        heads = headSet.stream().map(i -> nodes.get(i).id).toList();
        bases = baseList.stream().map(i -> nodes.get(i).id).toList();
        if (heads.size() > 1) {
            found.add(MigrationProblem.warning(Kind.MULTIPLE_HEADS, heads.size() + " heads (" + String.join(", ", heads)
                    + "): 'alembic upgrade head' refuses to run until a merge revision joins them"
                    + " ('alembic merge heads')", null, 0));
        }
        List<Revision> built = new ArrayList<>(nodes.size());
        Map<String, Revision> index = new HashMap<>();
        for (Node n : nodes) {
            Revision r = new Revision(n.id, n.down, n.file.dependsOn(), n.labels.stream().sorted().toList(),
                    n.nextrev.stream().map(i -> nodes.get(i).id).toList(), n.file.message(), n.file.createDate(),
                    n.file.file(), headSet.contains(n.index), headSet.contains(n.index) && !realHeadSet.contains(n.index),
                    n.nextrev.size() > 1, n.down.size() > 1);
            built.add(r);
            index.put(r.id(), r);
        }
        revisions = List.copyOf(built);
        revisionById = index;
        if (cycle) {
            history = revisions;
        } else {
            BitSet all = new BitSet(nodes.size());
            all.set(0, nodes.size());
            history = toRevisions(topologicalSort(all, List.copyOf(headSet)));
        }
        problems = List.copyOf(found);
    }

    /** Builds the graph from files in Alembic's load order ({@link ScriptLocator#revisionFiles}). */
    public static RevisionGraph build(List<RevisionFile> files) {
        return new RevisionGraph(files);
    }

    /** Every revision in {@code alembic history} order: newest first, children before parents, Alembic's ties. */
    public List<Revision> history() {
        return history;
    }

    /** Revisions in load order. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** The parsed files, including those that could not take part in the graph. */
    public List<RevisionFile> files() {
        return files;
    }

    public Optional<Revision> revision(String id) {
        return Optional.ofNullable(revisionById.get(id));
    }

    public boolean contains(String id) {
        return revisionById.containsKey(id);
    }

    /** Versioned heads, in Alembic's order ({@code alembic heads}). */
    public List<String> heads() {
        return heads;
    }

    public List<String> bases() {
        return bases;
    }

    /** Heads that another revision depends on: Alembic's "(effective head)". */
    public List<String> effectiveHeads() {
        return revisions.stream().filter(Revision::effectiveHead).map(Revision::id).toList();
    }

    public List<String> branchPoints() {
        return revisions.stream().filter(Revision::branchPoint).map(Revision::id).toList();
    }

    public List<String> mergePoints() {
        return revisions.stream().filter(Revision::mergePoint).map(Revision::id).toList();
    }

    public List<MigrationProblem> problems() {
        return problems;
    }

    /** True when Alembic would refuse the history altogether (a cycle); history() is then in load order. */
    public boolean cyclic() {
        return cyclic;
    }

    /**
     * The revisions {@code alembic upgrade heads} would apply from the given database heads, in the order it
     * applies them. Every id must be in the graph (see {@link #contains}).
     */
    public List<Revision> upgradePath(Collection<String> current) {
        if (cyclic) {
            return List.of();
        }
        BitSet required = new BitSet(nodes.size());
        List<Integer> targets = new ArrayList<>();
        for (String h : heads) {
            targets.add(byId.get(h).index);
        }
        ancestors(targets, required);
        BitSet applied = applied(current);
        required.andNot(applied);
        List<Revision> order = toRevisions(topologicalSort(required, targets));
        List<Revision> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The ids already applied when the database is at {@code current}: those revisions and all their ancestors. */
    public Set<String> appliedRevisions(Collection<String> current) {
        BitSet applied = applied(current);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
            ids.add(nodes.get(i).id);
        }
        return ids;
    }

    private BitSet applied(Collection<String> current) {
        BitSet applied = new BitSet(nodes.size());
        List<Integer> start = new ArrayList<>();
        for (String c : current) {
            Node n = byId.get(c);
            if (n == null) {
                throw new IllegalArgumentException("revision " + c + " is not in this graph");
            }
            start.add(n.index);
        }
        ancestors(start, applied);
        return applied;
    }

    /** {@code alembic history} text, one line per revision, marking the database's current revisions. */
    public String historyText(Collection<String> current) {
        StringBuilder out = new StringBuilder();
        Set<String> cur = Set.copyOf(current);
        for (Revision r : history) {
            out.append(r.historyLine(cur.contains(r.id()))).append('\n');
        }
        return out.toString();
    }

    private List<Revision> toRevisions(List<Integer> order) {
        List<Revision> out = new ArrayList<>(order.size());
        for (int i : order) {
            out.add(revisions.get(i));
        }
        return List.copyOf(out);
    }

    /** Ancestors following down_revision and normalized dependencies, including the start nodes. */
    private void ancestors(List<Integer> start, BitSet into) {
        Deque<Integer> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (into.get(i)) {
                continue;
            }
            into.set(i);
            for (int d : nodes.get(i).normalizedDown) {
                if (!into.get(d)) {
                    todo.push(d);
                }
            }
        }
    }

    /** Above this many revisions the closure (n * n bits) costs more memory than it saves time. */
    private static final int CLOSURE_LIMIT = 20_000;
    private volatile BitSet[] closure;

    /**
     * For every revision, the set of its ancestors (itself included) along down_revision and normalized
     * dependencies; computed once, parents before children. Null for a cyclic or very large graph.
     */
    private BitSet[] closure() {
        BitSet[] result = closure;
        if (result != null || cyclic || nodes.size() > CLOSURE_LIMIT) {
            return result;
        }
        int n = nodes.size();
        int[] pendingParents = new int[n];
        List<List<Integer>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Node node : nodes) {
            pendingParents[node.index] = node.normalizedDown.length;
            for (int d : node.normalizedDown) {
                children.get(d).add(node.index);
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (pendingParents[i] == 0) {
                ready.add(i);
            }
        }
        result = new BitSet[n];
        int done = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            BitSet set = new BitSet(n);
            set.set(i);
            for (int d : nodes.get(i).normalizedDown) {
                set.or(result[d]);
            }
            result[i] = set;
            done++;
            for (int c : children.get(i)) {
                if (--pendingParents[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (done != n) {
            return null;
        }
        closure = result;
        return result;
    }

    private BitSet ancestorsOf(int index) {
        BitSet set = new BitSet(nodes.size());
        ancestors(List.of(index), set);
        return set;
    }

    /**
     * Alembic's {@code RevisionMap._topological_sort}: walk down from the heads (sorted by load order), emitting a
     * revision only once no other pending head still has it as an ancestor, switching heads when one does.
     */
    private List<Integer> topologicalSort(BitSet todoSet, List<Integer> headIndexes) {
        BitSet todo = (BitSet) todoSet.clone();
        List<Integer> currentHeads = new ArrayList<>();
        for (int h : headIndexes.stream().sorted().distinct().toList()) {
            if (todo.get(h)) {
                currentHeads.add(h);
            }
        }
        // Alembic keeps one ancestor set per pending head; each always equals the closure of that head, so with the
        // closure precomputed the sets are looked up instead of rebuilt at every merge and branch point.
        BitSet[] closure = closure();
        List<BitSet> ancestorsByIdx = new ArrayList<>();
        for (int h : currentHeads) {
            ancestorsByIdx.add(closure != null ? closure[h] : ancestorsOf(h));
        }
        List<Integer> output = new ArrayList<>(todo.cardinality());
        int candidateIdx = 0;
        long guard = 4L * nodes.size() * (nodes.size() + 2) + 16;
        while (!currentHeads.isEmpty()) {
            if (--guard < 0) {
                throw new IllegalStateException("revision order did not converge (a cycle that escaped detection?)");
            }
            int candidate = currentHeads.get(candidateIdx);
            boolean switched = false;
            for (int check = 0; check < ancestorsByIdx.size(); check++) {
                if (check != candidateIdx && ancestorsByIdx.get(check).get(candidate)) {
                    candidateIdx = check;
                    switched = true;
                    break;
                }
            }
            if (switched) {
                continue;
            }
            if (todo.get(candidate)) {
                output.add(candidate);
                todo.clear(candidate);
            }
            Node rev = nodes.get(candidate);
            List<Integer> headsToAdd = new ArrayList<>();
            for (int d : rev.normalizedDown) {
                if (todo.get(d) && !currentHeads.contains(d)) {
                    headsToAdd.add(d);
                }
            }
            if (headsToAdd.isEmpty()) {
                currentHeads.remove(candidateIdx);
                ancestorsByIdx.remove(candidateIdx);
                candidateIdx = Math.max(candidateIdx - 1, 0);
            } else if (closure == null && rev.normalizedDeps.length == 0 && rev.downIdx.length == 1 && rev.down.size() == 1) {
                currentHeads.set(candidateIdx, headsToAdd.get(0));
                ancestorsByIdx.get(candidateIdx).clear(candidate);
            } else {
                currentHeads.set(candidateIdx, headsToAdd.get(0));
                ancestorsByIdx.set(candidateIdx, closure != null ? closure[headsToAdd.get(0)] : ancestorsOf(headsToAdd.get(0)));
                for (int k = 1; k < headsToAdd.size(); k++) {
                    currentHeads.add(headsToAdd.get(k));
                    ancestorsByIdx.add(closure != null ? closure[headsToAdd.get(k)] : ancestorsOf(headsToAdd.get(k)));
                }
            }
        }
        return output;
    }

    /**
     * Alembic's {@code _detect_cycles}: every revision must lie between a head and a base, along down_revision and
     * then along all edges including dependencies.
     */
    private boolean detectCycles(List<MigrationProblem> found, Set<Integer> headSet, List<Integer> baseList) {
        if (nodes.isEmpty()) {
            return false;
        }
        BitSet all = new BitSet(nodes.size());
        all.set(0, nodes.size());
        // A loop can also be reachable from a head and from a base (a revision on it with a child outside it); the
        // reachability test below would not see it, so look for loops themselves first.
        if (!stronglyConnected(all, n -> n.downIdx).isEmpty()) {
            report(found, all, n -> n.downIdx, "a loop of down_revision");
            return true;
        }
        if (!stronglyConnected(all, n -> dedupe(n.downIdx, n.resolvedDeps)).isEmpty()) {
            report(found, all, n -> dedupe(n.downIdx, n.resolvedDeps), "a loop of down_revision and depends_on");
            return true;
        }
        BitSet inCycle = new BitSet(nodes.size());
        if (headSet.isEmpty() || baseList.isEmpty()) {
            inCycle.set(0, nodes.size());
        } else {
            BitSet down = reach(headSet, n -> n.downIdx);
            BitSet up = reach(rootsWithMissingParents(baseList, false), n -> toArray(n.nextrev));
            down.and(up);
            inCycle.set(0, nodes.size());
            inCycle.andNot(down);
        }
        if (inCycle.isEmpty()) {
            List<Integer> realHeads = new ArrayList<>();
            List<Integer> realBases = new ArrayList<>();
            for (Node n : nodes) {
                if (n.allNextrev.isEmpty()) {
                    realHeads.add(n.index);
                }
                if (n.down.isEmpty() && n.file.dependsOn().isEmpty()) {
                    realBases.add(n.index);
                }
            }
            if (realHeads.isEmpty() || realBases.isEmpty()) {
                inCycle.set(0, nodes.size());
            } else {
                BitSet down = reach(realHeads, n -> dedupe(n.downIdx, n.resolvedDeps));
                BitSet up = reach(rootsWithMissingParents(realBases, true), n -> toArray(n.allNextrev));
                down.and(up);
                inCycle.set(0, nodes.size());
                inCycle.andNot(down);
            }
            if (!inCycle.isEmpty()) {
                report(found, inCycle, n -> dedupe(n.downIdx, n.resolvedDeps), "a loop of down_revision and depends_on");
                return true;
            }
            return false;
        }
        report(found, inCycle, n -> n.downIdx, "a loop of down_revision");
        return true;
    }

    /**
     * The bases, plus the revisions a missing parent cut off: that parent is reported once as MISSING_PARENT, and
     * its descendants are not on a cycle (issue 14: each of them was also reported as one).
     */
    private List<Integer> rootsWithMissingParents(List<Integer> bases, boolean withDependencies) {
        List<Integer> roots = new ArrayList<>(bases);
        for (Node n : nodes) {
            boolean missing = n.downIdx.length < n.down.stream().filter(d -> !d.equals(n.id)).distinct().count()
                    || (withDependencies && n.resolvedDeps.length < n.file.dependsOn().stream().distinct().count());
            if (missing) {
                roots.add(n.index);
            }
        }
        return roots;
    }

    /**
     * One CYCLE problem per revision that lies on a loop, naming the loop ({@code a -> b -> a}, following
     * down_revision). Revisions that only descend from a loop are left alone: they are not the problem.
     */
    private void report(List<MigrationProblem> found, BitSet suspects, java.util.function.Function<Node, int[]> edges, String what) {
        List<List<Integer>> loops = stronglyConnected(suspects, edges);
        if (loops.isEmpty()) {
            // Unreachable without a loop (no head or no base at all): name them, as Alembic would refuse them.
            List<String> ids = new ArrayList<>();
            for (int i = suspects.nextSetBit(0); i >= 0; i = suspects.nextSetBit(i + 1)) {
                ids.add(nodes.get(i).id);
            }
            java.util.Collections.sort(ids);
            for (int i = suspects.nextSetBit(0); i >= 0; i = suspects.nextSetBit(i + 1)) {
                found.add(MigrationProblem.error(Kind.CYCLE, "revision " + nodes.get(i).id + " is unreachable from any head"
                        + " or base (" + String.join(", ", ids) + "); Alembic refuses the whole history", nodes.get(i).file.file(), 0));
            }
            return;
        }
        for (List<Integer> component : loops) {
            String loop = loopText(component, edges);
            component.stream().map(nodes::get).sorted(java.util.Comparator.comparing(n -> n.id)).forEach(n ->
                    found.add(MigrationProblem.error(Kind.CYCLE, "revision " + n.id + " is on " + what + ": " + loop
                            + "; Alembic refuses the whole history", n.file.file(), 0)));
        }
    }

    /** Tarjan's strongly connected components of size > 1 among {@code within}, iteratively (no deep recursion). */
    private List<List<Integer>> stronglyConnected(BitSet within, java.util.function.Function<Node, int[]> edges) {
        int size = nodes.size();
        int[] order = new int[size];
        int[] low = new int[size];
        java.util.Arrays.fill(order, -1);
        BitSet onStack = new BitSet(size);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<Integer>> components = new ArrayList<>();
        int counter = 0;
        for (int root = within.nextSetBit(0); root >= 0; root = within.nextSetBit(root + 1)) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<int[]> frames = new ArrayDeque<>();
            frames.push(new int[]{root, 0});
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack.set(root);
            while (!frames.isEmpty()) {
                int[] frame = frames.peek();
                int v = frame[0];
                int[] next = edges.apply(nodes.get(v));
                if (frame[1] < next.length) {
                    int w = next[frame[1]++];
                    if (!within.get(w)) {
                        continue;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack.set(w);
                        frames.push(new int[]{w, 0});
                    } else if (onStack.get(w)) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int parent = frames.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack.clear(w);
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1) {
                        components.add(component);
                    }
                }
            }
        }
        return components;
    }

    /** The shortest loop through the component's smallest id: {@code a -> b -> a}. */
    private String loopText(List<Integer> component, java.util.function.Function<Node, int[]> edges) {
        java.util.Set<Integer> members = new java.util.HashSet<>(component);
        int start = component.stream().min(java.util.Comparator.comparing(i -> nodes.get(i).id)).orElseThrow();
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        Integer last = null;
        while (!queue.isEmpty() && last == null) {
            int v = queue.poll();
            for (int w : edges.apply(nodes.get(v))) {
                if (w == start) {
                    last = v;
                    break;
                }
                if (members.contains(w) && !cameFrom.containsKey(w)) {
                    cameFrom.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<String> path = new ArrayList<>();
        path.add(nodes.get(start).id);
        for (Integer v = last; v != null && v != start; v = cameFrom.get(v)) {
            path.add(1, nodes.get(v).id);
        }
        path.add(nodes.get(start).id);
        return String.join(" -> ", path);
    }

    private BitSet reach(Collection<Integer> start, java.util.function.Function<Node, int[]> next) {
        BitSet seen = new BitSet(nodes.size());
        Deque<Integer> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (seen.get(i)) {
                continue;
            }
            seen.set(i);
            for (int j : next.apply(nodes.get(i))) {
                todo.push(j);
            }
        }
        return seen;
    }

    /** Alembic's {@code _normalize_depends_on}: drop dependencies an ancestor (by down_revision) already has. */
    private void normalizeDependencies() {
        for (Node n : nodes) {
            if (n.resolvedDeps.length == 0) {
                n.normalizedDeps = n.resolvedDeps;
            } else {
                Set<Integer> normalized = new LinkedHashSet<>();
                for (int d : n.resolvedDeps) {
                    normalized.add(d);
                }
                BitSet ancestors = reach(List.of(n.index), x -> x.downIdx);
                for (int a = ancestors.nextSetBit(0); a >= 0; a = ancestors.nextSetBit(a + 1)) {
                    if (a != n.index) {
                        for (int d : nodes.get(a).resolvedDeps) {
                            normalized.remove(d);
                        }
                    }
                }
                n.normalizedDeps = normalized.stream().mapToInt(Integer::intValue).toArray();
            }
            n.normalizedDown = dedupe(n.downIdx, n.normalizedDeps);
        }
    }

    /**
     * Alembic's {@code _add_branches}: a label goes to every descendant of its revision, then from the last
     * descendant reached back down its down_revision chain until a branch point or merge point.
     */
    private void propagateBranchLabels() {
        for (Node n : nodes) {
            if (n.file.branchLabels().isEmpty()) {
                continue;
            }
            List<String> own = n.file.branchLabels();
            Node last = n;
            BitSet seen = new BitSet(nodes.size());
            Deque<Integer> todo = new ArrayDeque<>();
            todo.push(n.index);
            while (!todo.isEmpty()) {
                int i = todo.pop();
                if (seen.get(i)) {
                    continue;
                }
                seen.set(i);
                Node node = nodes.get(i);
                for (int c : node.nextrev) {
                    todo.push(c);
                }
                node.labels.addAll(own);
                last = node;
            }
            Node parent = last;
            while (parent != null && parent.allNextrev.size() <= 1 && parent.down.size() <= 1) {
                parent.labels.addAll(own);
                parent = parent.downIdx.length == 1 ? nodes.get(parent.downIdx[0]) : null;
            }
        }
    }

    private static void addOnce(List<Integer> list, int value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] dedupe(int[] first, int[] second) {
        LinkedHashSet<Integer> set = new LinkedHashSet<>();
        for (int i : first) {
            set.add(i);
        }
        for (int i : second) {
            set.add(i);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
