package dev.signalbox.monitor;

/** The independently polled parts of a watched service. Each fails alone. */
public enum Part {
    HEALTH("Health"),
    DATABASE("Database"),
    MIGRATIONS("Migrations"),
    RAILWAY("Railway"),
    /** The "Deploy settings" judgements: read rarely (settings change with deploys, not by the second). */
    DEPLOY_SETTINGS("Deploy settings"),
    /** What real users get: the 5xx rate and p95 of Railway's httpLogs, fed by a subscription, not polled. */
    TRAFFIC("Real traffic");

    private final String title;

    Part(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
