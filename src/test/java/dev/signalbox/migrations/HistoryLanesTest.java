package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryLanesTest {
    private static RevisionFile rev(String id, String... down) {
        return new RevisionFile(Path.of(id + ".py"), id, List.of(down), List.of(), List.of(), "", null,
                RevisionFile.IdSource.ASSIGNMENT, List.of(), List.of());
    }

    @Test
    void branchAndMergeUseTwoLanes() {
        // a -> b, a -> c, (b, c) -> m
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), rev("b", "a"), rev("c", "a"), rev("m", "b", "c")));
        HistoryLanes lanes = HistoryLanes.of(graph);
        assertThat(lanes.rows()).extracting(HistoryLanes.Row::revision).containsExactly("m", "b", "c", "a");
        assertThat(lanes.width()).isEqualTo(2);
        HistoryLanes.Row merge = lanes.rows().get(0);
        assertThat(merge.parentLanes()).containsExactly(0, 1);
        // c's edge to a joins the lane a is already expected in
        assertThat(lanes.rows().get(2).parentLanes()).containsExactly(0);
        HistoryLanes.Row base = lanes.rows().get(3);
        assertThat(base.lanesIn()).containsExactly(0);
        assertThat(base.lanesBelow()).isEmpty();
        assertThat(lanes.toText()).isEqualTo("""
                *  m (merges lanes [0, 1])
                * |  b
                | *  c
                *  a
                """);
    }

    /** Every edge of the graph is drawn: each parent is reached through the lane its child hands it. */
    @ParameterizedTest
    @ValueSource(strings = {"graph-branchy", "graph-multiroot", "graph-large"})
    void everyParentIsReachedThroughTheLaneItsChildGave(String fixture) throws Exception {
        RevisionGraph graph = Fixtures.graph(fixture);
        HistoryLanes lanes = HistoryLanes.of(graph);
        Map<String, Integer> laneOf = new HashMap<>();
        for (HistoryLanes.Row row : lanes.rows()) {
            laneOf.put(row.revision(), row.lane());
        }
        for (HistoryLanes.Row row : lanes.rows()) {
            Revision r = graph.revision(row.revision()).orElseThrow();
            assertThat(row.parentLanes()).hasSize(r.downRevisions().size());
            for (String child : r.children()) {
                assertThat(laneOf).containsKey(child);
            }
            assertThat(row.lanesIn()).allMatch(l -> l >= 0 && l < lanes.width());
        }
        assertThat(lanes.rows()).hasSize(graph.revisions().size());
    }
}
