package dev.signalbox.ui.database;

import java.util.List;

/** How the Database view writes durations, lists and absent values. */
final class Format {
    private Format() {
    }

    /** {@code 4 s}, {@code 2 min 05 s}, {@code 1 h 03 min}; empty for null. */
    static String seconds(Double seconds) {
        if (seconds == null) {
            return "";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    static String list(List<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** A query on one line, for a table cell; the full text is in the tooltip and the copy menu. */
    static String oneLine(String query) {
        return query == null ? "" : query.replaceAll("\\s+", " ").strip();
    }

    /**
     * {@code pg_locks} modes as the PostgreSQL docs and migration guides name them: {@code AccessExclusiveLock}
     * becomes {@code ACCESS EXCLUSIVE}; anything else is left as it is.
     */
    static String lockModes(String modes) {
        if (modes == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([A-Z][A-Za-z]*)Lock\\b").matcher(modes);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = m.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }
}
