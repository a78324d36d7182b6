package dev.signalbox.ui;

import dev.signalbox.ui.audit.AuditView;
import dev.signalbox.ui.database.DatabaseView;
import dev.signalbox.ui.deployments.DeploymentsView;
import dev.signalbox.ui.deployments.DeploymentsViewModel;
import dev.signalbox.ui.health.HealthView;
import dev.signalbox.ui.migrations.MigrationsView;
import dev.signalbox.ui.overview.OverviewView;
import dev.signalbox.ui.profiles.ProfilesView;
import dev.signalbox.ui.railway.RailwayConsole;
import dev.signalbox.ui.runbook.RunbookView;
import dev.signalbox.ui.runbook.RunbookViewModel;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellViewModel;
import dev.signalbox.ui.variables.VariablesView;
import dev.signalbox.ui.variables.VariablesViewModel;
import javafx.scene.Node;

/** Creates each section's view (once, on first visit). One line per view package. */
public final class ConsoleViews {
    private ConsoleViews() {
    }

    public static Node create(ConsoleSection section, ShellViewModel model) {
        return switch (section) {
            case FLEET -> new dev.signalbox.ui.fleet.FleetView(model);
            case OVERVIEW -> new OverviewView(model);
            case HEALTH -> new HealthView(model);
            case DEPLOYMENTS -> new DeploymentsView(new DeploymentsViewModel(RailwayConsole.of(model)));
            case MIGRATIONS -> new MigrationsView(model);
            case DATABASE -> new DatabaseView(model);
            case VARIABLES -> new VariablesView(new VariablesViewModel(RailwayConsole.of(model)));
            case RUNBOOK -> new RunbookView(new RunbookViewModel(model));
            case AUDIT -> new AuditView(model);
            case PROFILES -> new ProfilesView(model);
        };
    }
}
