package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a verdict matters: {@code ATTENTION} makes {@code signalbox db} exit 1. */
public enum Severity {
    INFO, WARNING, ATTENTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
