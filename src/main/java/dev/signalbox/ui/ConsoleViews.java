package dev.signalbox.ui;

import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.NotBuiltView;
import dev.signalbox.ui.shell.ShellViewModel;
import javafx.scene.Node;

/** Creates each section's view (once, on first visit). One line per view package. */
public final class ConsoleViews {
    private ConsoleViews() {
    }

    public static Node create(ConsoleSection section, ShellViewModel model) {
        return switch (section) {
            case MIGRATIONS -> new dev.signalbox.ui.migrations.MigrationsView(model);
            default -> new NotBuiltView(section);
        };
    }
}
