package dev.signalbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Json;
import java.io.PrintWriter;

/** Writes a command's result as text or as stable JSON ({@code --json}). */
public final class Output {
    private Output() {
    }

    public static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON output", e);
        }
        out.flush();
    }

    /** One value on one line (JSON lines, for a stream a program reads as it comes). */
    public static String jsonLine(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON output", e);
        }
    }
}
