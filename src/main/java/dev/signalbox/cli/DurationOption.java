package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a command reads a duration ({@code timeline --since}, {@code railway logs --since}): 30s, 15m, 6h, 2d,
 * or ISO-8601 (PT15M, P2D). Two parsers used to disagree (one knew seconds, the other did not).
 */
final class DurationOption {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");
    /** Nothing Signalbox keeps is older; beyond this "now minus" leaves the range of an Instant anyway. */
    static final Duration LONGEST = Duration.ofDays(3650);

    private DurationOption() {
    }

    static Duration parse(String option, String text) throws ConfigException {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(value);
        try {
            Duration duration;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                duration = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (duration.isNegative()) {
                throw new ConfigException(option, "'" + text + "' is negative; write how far back, e.g. 30s, 15m, 6h or 2d");
            }
            if (duration.compareTo(LONGEST) > 0) {
                throw new ConfigException(option, "'" + text + "' is more than ten years back; nothing is kept that long");
            }
            return duration;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ConfigException(option, "'" + text + "' is not a duration; write 30s, 15m, 6h, 2d or PT15M");
        }
    }
}
