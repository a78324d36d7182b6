package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.MigrationProblem.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The graph against what real Alembic printed for the same files (recorded by
 * src/test/python/record_alembic_fixtures.py): {@code alembic history} text and {@code alembic upgrade heads} order.
 */
class RevisionGraphTest {

    @ParameterizedTest
    @ValueSource(strings = {"graph-linear", "graph-branchy", "graph-multiroot", "graph-large"})
    void historyIsExactlyWhatAlembicPrints(String fixture) throws Exception {
        RevisionGraph graph = Fixtures.graph(fixture);
        String expected = Files.readString(Fixtures.project(fixture).resolve("expected-history.txt"));
        assertThat(graph.historyText(List.of())).isEqualTo(expected);
        assertThat(graph.problems()).allMatch(p -> p.kind() == Kind.MULTIPLE_HEADS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph-linear", "graph-branchy", "graph-multiroot", "graph-large"})
    void upgradeOrderIsExactlyAlembics(String fixture) throws Exception {
        RevisionGraph graph = Fixtures.graph(fixture);
        List<String> lines = Files.readAllLines(Fixtures.project(fixture).resolve("expected-upgrade.txt"));
        int cases = 0;
        for (int i = 1; i + 1 < lines.size(); i += 2) {
            String current = lines.get(i).substring("current:".length()).strip();
            List<String> heads = current.isEmpty() ? List.of() : List.of(current.split(","));
            String expected = lines.get(i + 1).substring("pending:".length()).strip();
            List<String> pending = graph.upgradePath(heads).stream().map(Revision::id).toList();
            assertThat(String.join(" ", pending)).as("upgrade heads from [%s]", current).isEqualTo(expected);
            cases++;
        }
        assertThat(cases).isGreaterThanOrEqualTo(7);
    }

    @Test
    void markersOfTheFormsFixture() throws Exception {
        RevisionGraph graph = Fixtures.graph("forms");
        assertThat(graph.bases()).containsExactly("1a2b3c4d5e6f");
        assertThat(graph.heads()).containsExactly("920314253647");
        assertThat(graph.branchPoints()).containsExactly("1a2b3c4d5e6f");
        assertThat(graph.mergePoints()).containsExactly("4d5e6f708192");
        assertThat(graph.revision("5e6f70819203").orElseThrow().dependsOn()).containsExactly("3c4d5e6f7081");
        // the label of the side branch spreads down to the branch point, as Alembic's _add_branches does
        assertThat(graph.revision("3c4d5e6f7081").orElseThrow().branchLabels()).containsExactly("audit");
        assertThat(graph.history()).extracting(Revision::id).containsExactly("920314253647", "819203142536", "7081920314a5",
                "6f7081920314", "5e6f70819203", "4d5e6f708192", "2b3c4d5e6f70", "3c4d5e6f7081", "1a2b3c4d5e6f");
        // checked against Alembic 1.8.1 on a loadable copy of this fixture: the label reaches every descendant
        assertThat(graph.revision("920314253647").orElseThrow().branchLabels()).containsExactly("audit");
        assertThat(graph.revision("2b3c4d5e6f70").orElseThrow().branchLabels()).isEmpty();
        assertThat(graph.problems()).extracting(MigrationProblem::kind)
                .containsOnly(Kind.MALFORMED_FILE, Kind.UNRESOLVED_VALUE, Kind.FALLBACK_USED);
    }

    private static RevisionFile rev(String id, String... down) {
        return new RevisionFile(Path.of(id + ".py"), id, List.of(down), List.of(), List.of(), "m " + id, null,
                RevisionFile.IdSource.ASSIGNMENT, List.of(), List.of());
    }

    private static RevisionFile rev(String id, List<String> down, List<String> labels, List<String> deps) {
        return new RevisionFile(Path.of(id + ".py"), id, down, labels, deps, "m " + id, null,
                RevisionFile.IdSource.ASSIGNMENT, List.of(), List.of());
    }

    @Test
    void duplicateIdsNameBothFiles() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), new RevisionFile(Path.of("copy.py"), "a", List.of(), List.of(),
                List.of(), "copy", null, RevisionFile.IdSource.ASSIGNMENT, List.of(), List.of())));
        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_REVISION);
            assertThat(p.file()).isEqualTo(Path.of("copy.py"));
            assertThat(p.message()).contains("a.py");
        });
        assertThat(graph.revision("a").orElseThrow().message()).isEqualTo("copy");
    }

    @Test
    void missingParentIsAProblemAndTheRestStillWorks() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), rev("b", "a"), rev("c", "gone")));
        assertThat(graph.problems()).extracting(MigrationProblem::kind).contains(Kind.MISSING_PARENT);
        assertThat(graph.problems()).filteredOn(p -> p.kind() == Kind.MISSING_PARENT).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(Path.of("c.py")));
        assertThat(graph.history()).extracting(Revision::id).contains("a", "b", "c");
    }

    @Test
    void aMissingParentIsReportedOnceAndItsDescendantsAreNotCalledACycle() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), rev("b", "a"), rev("c", "gone"), rev("d", "c"), rev("e", "d")));
        assertThat(graph.problems()).extracting(MigrationProblem::kind).containsExactly(Kind.MISSING_PARENT, Kind.MULTIPLE_HEADS);
        assertThat(graph.cyclic()).isFalse();
        assertThat(graph.history()).extracting(Revision::id).contains("a", "b", "c", "d", "e");
    }

    @Test
    void aCycleIsReportedForTheRevisionsOnTheLoopOnlyAndNamesTheLoop() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), rev("b", "a", "d"), rev("c", "b"), rev("d", "c"), rev("f", "d")));
        assertThat(graph.problems()).filteredOn(p -> p.kind() == Kind.CYCLE).extracting(p -> p.file().toString())
                .containsExactly("b.py", "c.py", "d.py");
        assertThat(graph.problems()).filteredOn(p -> p.kind() == Kind.CYCLE)
                .allSatisfy(p -> assertThat(p.message()).contains("b -> d -> c -> b"));
    }

    @Test
    void cyclesNameEveryRevisionInThem() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("a"), rev("b", "a", "d"), rev("c", "b"), rev("d", "c"), rev("e", "a")));
        assertThat(graph.cyclic()).isTrue();
        assertThat(graph.problems()).filteredOn(p -> p.kind() == Kind.CYCLE).extracting(p -> p.file().toString())
                .containsExactlyInAnyOrder("b.py", "c.py", "d.py");
        assertThat(graph.upgradePath(List.of())).isEmpty();
    }

    @Test
    void dependsOnMakesAnEffectiveHeadAndOrdersTheUpgrade() {
        RevisionGraph graph = RevisionGraph.build(List.of(rev("n1", List.of(), List.of("networking"), List.of()),
                rev("a"), rev("b", List.of("a"), List.of(), List.of("networking"))));
        assertThat(graph.effectiveHeads()).containsExactly("n1");
        assertThat(graph.heads()).containsExactly("n1", "b");
        assertThat(graph.upgradePath(List.of("a"))).extracting(Revision::id).containsExactly("n1", "b");
        assertThat(graph.historyText(List.of("a"))).isEqualTo("""
                a (networking) -> b (head), m b
                <base> -> a (current), m a
                <base> -> n1 (networking) (effective head), m n1
                """);
    }

    @Test
    void readsEveryRevisionOfTheFourHundredRevisionFixture() throws IOException, MigrationException {
        assertThat(Fixtures.graph("graph-large").revisions()).hasSize(400);
    }
}
