package dev.signalbox.discovery;

import dev.signalbox.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variable names of a dotenv file ({@code .env.example}, {@code .env}): {@code NAME=value},
 * {@code export NAME=value}, comments, quoted values over several lines. Values are never kept: a committed
 * {@code .env} is exactly where secrets leak from.
 */
public record EnvFileNames(Path file, List<String> names) {
    private static final Pattern ASSIGNMENT = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)$");

    public EnvFileNames {
        names = List.copyOf(names);
    }

    public static EnvFileNames read(Path file) throws ConfigException {
        String[] lines = TextFiles.read(file).split("\r\n|\r|\n", -1);
        Set<String> names = new LinkedHashSet<>();
        char openQuote = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (openQuote != 0) {
                if (line.indexOf(openQuote) >= 0) {
                    openQuote = 0;
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Matcher m = ASSIGNMENT.matcher(stripped);
            if (!m.matches()) {
                throw new ConfigException(file + ":" + (i + 1), "expected NAME=value (letters, digits and '_' in the name)");
            }
            names.add(m.group(1));
            String value = m.group(2);
            if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
                char quote = value.charAt(0);
                if (value.indexOf(quote, 1) < 0) {
                    openQuote = quote;
                }
            }
        }
        return new EnvFileNames(file, new ArrayList<>(names));
    }
}
