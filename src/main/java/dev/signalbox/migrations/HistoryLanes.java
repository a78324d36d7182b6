package dev.signalbox.migrations;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a history (newest first, as {@link RevisionGraph#history()}) in vertical lanes, the way
 * {@code git log --graph} draws commits, so a view can draw the graph without knowing the algorithm.
 * Row i describes revision i: the lane it sits in, the lanes that end in it (its children converging),
 * and the lanes its parents continue in. Pure and immutable.
 */
public final class HistoryLanes {

    /**
     * @param revision    the revision of this row
     * @param lane        its lane (0 = leftmost)
     * @param lanesIn     lanes above the row that end at this revision (its children's edges), including {@code lane}
     *                    when a child continues straight down into it
     * @param parentLanes for each versioned parent in the graph, the lane the edge continues in below this row
     * @param lanesBelow  after this row, which revision each lane is heading for (null = free lane)
     */
    public record Row(String revision, int lane, List<Integer> lanesIn, List<Integer> parentLanes, List<String> lanesBelow) {
        public Row {
            lanesIn = List.copyOf(lanesIn);
            parentLanes = List.copyOf(parentLanes);
            lanesBelow = java.util.Collections.unmodifiableList(new ArrayList<>(lanesBelow));
        }
    }

    private final List<Row> rows;
    private final int width;

    private HistoryLanes(List<Row> rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    public static HistoryLanes of(RevisionGraph graph) {
        List<String> lanes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int width = 0;
        for (Revision r : graph.history()) {
            List<Integer> lanesIn = new ArrayList<>();
            int lane = -1;
            for (int i = 0; i < lanes.size(); i++) {
                if (r.id().equals(lanes.get(i))) {
                    lanesIn.add(i);
                    if (lane < 0) {
                        lane = i;
                    } else {
                        lanes.set(i, null);
                    }
                }
            }
            if (lane < 0) {
                lane = freeLane(lanes);
            }
            List<String> parents = r.downRevisions().stream().filter(graph::contains).toList();
            List<Integer> parentLanes = new ArrayList<>();
            if (parents.isEmpty()) {
                lanes.set(lane, null);
            } else {
                lanes.set(lane, null);
                for (int p = 0; p < parents.size(); p++) {
                    String parent = parents.get(p);
                    int existing = lanes.indexOf(parent);
                    if (existing >= 0) {
                        parentLanes.add(existing);
                    } else if (p == 0) {
                        lanes.set(lane, parent);
                        parentLanes.add(lane);
                    } else {
                        int free = freeLane(lanes);
                        lanes.set(free, parent);
                        parentLanes.add(free);
                    }
                }
            }
            while (!lanes.isEmpty() && lanes.get(lanes.size() - 1) == null) {
                lanes.remove(lanes.size() - 1);
            }
            width = Math.max(width, Math.max(lanes.size(), lane + 1));
            rows.add(new Row(r.id(), lane, lanesIn, parentLanes, lanes));
        }
        return new HistoryLanes(List.copyOf(rows), width);
    }

    private static int freeLane(List<String> lanes) {
        int free = lanes.indexOf(null);
        if (free >= 0) {
            return free;
        }
        lanes.add(null);
        return lanes.size() - 1;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The most lanes any row needs. */
    public int width() {
        return width;
    }

    /** A plain-text drawing, one line per revision: {@code *} the revision, {@code |} lanes passing by. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        List<String> above = List.of();
        for (Row row : rows) {
            int cells = Math.max(width, 1);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells; i++) {
                if (i == row.lane()) {
                    line.append('*');
                } else if (i < above.size() && above.get(i) != null && !row.lanesIn().contains(i)) {
                    line.append('|');
                } else {
                    line.append(' ');
                }
                line.append(' ');
            }
            out.append(line.toString().stripTrailing()).append("  ").append(row.revision());
            if (row.parentLanes().size() > 1) {
                out.append(" (merges lanes ").append(row.parentLanes()).append(')');
            }
            out.append('\n');
            above = row.lanesBelow();
        }
        return out.toString();
    }
}
