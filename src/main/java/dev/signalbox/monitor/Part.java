package dev.signalbox.monitor;

/** The independently polled parts of a watched service. Each fails alone. */
public enum Part {
    HEALTH("Health"),
    DATABASE("Database"),
    MIGRATIONS("Migrations"),
    RAILWAY("Railway");

    private final String title;

    Part(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
