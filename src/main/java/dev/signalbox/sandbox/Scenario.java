package dev.signalbox.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the sandbox stages: each scenario is one of the incidents, ready to look at and to recover from. */
public enum Scenario {
    HEALTHY("everything at head and UP"),
    MISSING_REVISION("the database is at a revision the code does not have (incident 1)"),
    DEATH_LOOP("migrations pending, the start-up head check crashes every deploy (incident 4)"),
    BLOCKED_MIGRATION("an idle transaction holds a lock, a DROP CONSTRAINT waits, queries queue behind it (incident 2)"),
    WRONG_FK("an FK references the wrong table, and a constraint is NOT VALID (incident 5)"),
    READINESS_LIES("readiness answers 200 while the database is down (incident 7)"),
    POOLER("the service connects through PgBouncer in transaction mode (incident 3)"),
    START_COMMAND_MIGRATIONS("migrations in the start command of 2 replicas, health check on readiness, a variable of"
            + " .env.example missing on Railway, a .env in git, a staged change, a shared secret that differs");

    /**
     * The name {@code --scenario} takes for the project sandbox ({@link ProjectSandbox}: three services in two
     * environments), which is not one of these single-service scenarios.
     */
    public static final String PROJECT = "project";

    private final String description;

    Scenario(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The command-line name, e.g. {@code death-loop}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every name {@code --scenario} takes: each scenario's, then {@link #PROJECT}. */
    public static List<String> cliNames() {
        List<String> names = new ArrayList<>();
        for (Scenario scenario : values()) {
            names.add(scenario.cliName());
        }
        names.add(PROJECT);
        return List.copyOf(names);
    }

    /**
     * The single-service scenario of that name. Callers take {@link #PROJECT} first; the message of an unknown name
     * lists every name the command line takes, {@code project} included.
     */
    public static Scenario fromCliName(String name) {
        for (Scenario scenario : values()) {
            if (scenario.cliName().equals(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; choose one of " + String.join(", ", cliNames()));
    }
}
