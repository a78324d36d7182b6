package dev.signalbox.ui;

import dev.signalbox.ui.database.DatabaseView;
import dev.signalbox.ui.overview.OverviewView;
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
            case OVERVIEW -> new OverviewView(model);
            case DATABASE -> new DatabaseView(model);
            default -> new NotBuiltView(section);
        };
    }
}
