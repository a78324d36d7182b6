package dev.signalbox.ui.common;

import dev.signalbox.monitor.ProjectWatch;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The FX-thread face of a {@link ProjectWatch}: the latest fleet snapshot as a read-only property. The watch
 * publishes at most four times a second however many members change, and only when a row or a finding changed, so
 * this is one repaint per burst that shows something new.
 */
public final class ProjectModel {
    private final ProjectWatch watch;
    private final ReadOnlyObjectWrapper<ProjectWatch.Snapshot> snapshot = new ReadOnlyObjectWrapper<>();

    public ProjectModel(ProjectWatch watch, ProjectWatch.Snapshot first) {
        this.watch = watch;
        snapshot.set(first);
        watch.addListener(next -> Platform.runLater(() -> snapshot.set(next)));
    }

    public ProjectWatch watch() {
        return watch;
    }

    public ReadOnlyObjectProperty<ProjectWatch.Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }
}
