package dev.signalbox.ui;

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
            case HEALTH -> new dev.signalbox.ui.health.HealthView(model);
            case AUDIT -> new dev.signalbox.ui.audit.AuditView(model);
            case DEPLOYMENTS -> new dev.signalbox.ui.deployments.DeploymentsView(new dev.signalbox.ui.deployments.DeploymentsViewModel(dev.signalbox.ui.railway.RailwayConsole.of(model)));
            case VARIABLES -> new dev.signalbox.ui.variables.VariablesView(new dev.signalbox.ui.variables.VariablesViewModel(dev.signalbox.ui.railway.RailwayConsole.of(model)));
            case RUNBOOK -> new dev.signalbox.ui.runbook.RunbookView(new dev.signalbox.ui.runbook.RunbookViewModel(model));
            default -> new NotBuiltView(section);
        };
    }
}
