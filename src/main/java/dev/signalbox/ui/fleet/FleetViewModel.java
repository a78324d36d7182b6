package dev.signalbox.ui.fleet;

import dev.signalbox.monitor.FleetRow;
import dev.signalbox.monitor.ProjectComparison;
import dev.signalbox.monitor.ProjectWatch;
import dev.signalbox.ui.common.ListUpdates;
import dev.signalbox.ui.common.ProjectModel;
import dev.signalbox.ui.shell.ShellViewModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Fleet view's state: every member of the watched project as a row, worst first, narrowed by a filter that
 * matches the service, the environment and the headline ("prod", "crash", "worker"), and the findings across members.
 * Rows are replaced in place by member name, so a selection survives every refresh.
 */
public final class FleetViewModel {
    private final ShellViewModel shell;
    private final ObservableList<FleetRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FleetRow> visible = new FilteredList<>(rows, row -> true);
    private final ObservableList<ProjectComparison.Finding> findings = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ChangeListener<ProjectWatch.Snapshot> onSnapshot = (obs, old, now) -> show(now);

    public FleetViewModel(ShellViewModel shell) {
        this.shell = shell;
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(row -> needle.isEmpty() || matches(row, needle));
        });
        shell.projectProperty().addListener((obs, old, now) -> watch(old, now));
        watch(null, shell.projectProperty().get());
    }

    private static boolean matches(FleetRow row, String needle) {
        return (row.member() + " " + row.environment() + " " + row.headline() + " " + row.level()).toLowerCase(Locale.ROOT)
                .contains(needle);
    }

    private void watch(ProjectModel old, ProjectModel now) {
        if (old != null) {
            old.snapshotProperty().removeListener(onSnapshot);
        }
        if (now == null) {
            rows.clear();
            findings.clear();
            summary.set("No project is open. A project file lists the profiles of every service and environment to watch"
                    + " together: open one with 'signalbox --profile PROJECT.json', choose it above, or choose"
                    + " 'Project sandbox (built-in)' to try it.");
            return;
        }
        now.snapshotProperty().addListener(onSnapshot);
        show(now.snapshotProperty().get());
    }

    private void show(ProjectWatch.Snapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        // Row by row, by member, so the table keeps its selection and focus (a row object per member and poll).
        ListUpdates.replaceInPlace(rows, snapshot.rows(), row -> List.of(row.member(), row.environment()));
        ListUpdates.replaceInPlace(findings, snapshot.findings(), finding -> finding);
        int failing = snapshot.failing();
        summary.set(snapshot.project() + ": " + snapshot.rows().size() + " members, "
                + (failing == 0 ? "all OK" : failing + " need attention") + (snapshot.findings().isEmpty() ? ""
                : "; " + snapshot.findings().size() + (snapshot.findings().size() == 1 ? " finding" : " findings") + " across members")
                + (snapshot.railwayBudget() == null ? "" : "; Railway API: " + snapshot.railwayBudget().remaining() + " of "
                + snapshot.railwayBudget().limit() + " requests left this hour"));
    }

    /** Rows in the table's order (worst first), after the filter. */
    public ObservableList<FleetRow> visibleRows() {
        return visible;
    }

    public ObservableList<ProjectComparison.Finding> findings() {
        return findings;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Opens the member in every view of the console (Overview first). */
    public void open(FleetRow row) {
        if (row != null) {
            shell.openMember(row.member());
        }
    }
}
