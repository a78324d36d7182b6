package dev.signalbox.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The views of the console, in navigation order, with the question each one answers. */
public enum ConsoleSection {
    FLEET("Fleet", Feather.LAYERS, "Every service and environment of a project, worst first; Enter opens one in every view."),
    OVERVIEW("Overview", Feather.GRID, "Is this deploy OK? One tile per part: probes, deployment, migrations, constraints, locks, connection, toggles."),
    HEALTH("Health", Feather.ACTIVITY, "Liveness and readiness as they really are: verdicts, latency, transitions and the rules behind them."),
    DEPLOYMENTS("Deployments", Feather.UPLOAD_CLOUD, "Which deployment is running, why the last one failed, its logs with failure signatures highlighted."),
    MIGRATIONS("Migrations", Feather.GIT_BRANCH, "The database's revision against the code's heads: pending, unknown, multiple heads, files not in git, lint."),
    DATABASE("Database", Feather.DATABASE, "Constraints and their state, the lock tree, sessions, and the truth about the connection (pooler, TLS, timeouts)."),
    VARIABLES("Variables", Feather.SLIDERS, "Service variables (masked), the bypass and maintenance toggles, required-variable checks."),
    RUNBOOK("Runbook", Feather.LIST, "The recovery procedure as a guided, verified, resumable workflow."),
    AUDIT("Audit", Feather.FILE_TEXT, "Every action taken from this console: who, what, before, after, outcome."),
    PROFILES("Profiles", Feather.SETTINGS, "Create and edit profiles, and test each part of one.");

    private final String title;
    private final Ikon icon;
    private final String purpose;

    ConsoleSection(String title, Ikon icon, String purpose) {
        this.title = title;
        this.icon = icon;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public String purpose() {
        return purpose;
    }

    /** Keyboard shortcut digit: Ctrl+0 the Fleet, Ctrl+1..9 the views of one service. */
    public int shortcutDigit() {
        return ordinal();
    }
}
