package dev.signalbox.railway;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a deployment's build or deploy log.
 *
 * @param timestamp Railway's RFC 3339 text with nanoseconds, kept as is: it is half of the de-duplication key
 * @param signature the known failure this line reveals, or null
 */
public record LogLine(LogSource source, String timestamp, Instant time, String message, String severity,
                      LogSignature signature) {

    public enum LogSource { BUILD, DEPLOY }

    /** Railway has no log cursor: overlapping time windows return the same lines again, identical in both fields. */
    public String key() {
        return timestamp + '\u0000' + message;
    }

    public boolean contains(String query) {
        return query == null || query.isBlank()
                || message.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }
}
