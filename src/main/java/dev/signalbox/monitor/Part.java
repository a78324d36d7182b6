package dev.signalbox.monitor;

/** The independently polled parts of a watched service. Each fails alone. */
public enum Part {
    HEALTH("Health"),
    DATABASE("Database"),
    MIGRATIONS("Migrations"),
    RAILWAY("Railway"),
    /** The "Deploy settings" judgements: read rarely (settings change with deploys, not by the second). */
    DEPLOY_SETTINGS("Deploy settings");

    private final String title;

    Part(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
