package dev.signalbox.ui.common;

import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.monitor.ServiceWatch;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The FX-thread face of a {@link ServiceWatch}: one read-only property per part holding its latest
 * {@link PartState}. Views bind to these and never call an engine themselves.
 */
public final class WatchModel {
    private final ServiceWatch watch;
    private final Map<Part, ObjectProperty<PartState<?>>> parts = new EnumMap<>(Part.class);

    public WatchModel(ServiceWatch watch) {
        this.watch = watch;
        for (Part part : Part.values()) {
            parts.put(part, new SimpleObjectProperty<>(watch.state(part)));
        }
        watch.addListener(state -> Platform.runLater(() -> parts.get(state.part()).set(state)));
    }

    public ServiceWatch watch() {
        return watch;
    }

    public ReadOnlyObjectProperty<PartState<?>> part(Part part) {
        return parts.get(part);
    }

    @SuppressWarnings("unchecked")
    public <T> PartState<T> current(Part part) {
        return (PartState<T>) parts.get(part).get();
    }
}
