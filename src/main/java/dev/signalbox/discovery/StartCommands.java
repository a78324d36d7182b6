package dev.signalbox.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command a service starts with when Railway has none set: the {@code web:} line of a {@code Procfile}, else
 * the last {@code CMD} of the {@code Dockerfile} (exec form {@code ["uvicorn", ...]} or shell form).
 */
public final class StartCommands {
    /** Alembic's upgrade, Django's migrate, or a script named migrate*: a schema change run by the command. */
    private static final Pattern MIGRATION = Pattern.compile(
            "(?i)\\balembic\\b[^;&|]*\\bupgrade\\b|\\bmanage\\.py\\s+migrate\\b|(^|[\\s/;&|])migrate[\\w.-]*(\\s|$|;|&)");

    /** A start command with where it was found, e.g. {@code Procfile:1}. */
    public record StartCommand(String command, String where) {
    }

    private StartCommands() {
    }

    /** True when the command runs database migrations (the start-up death loop of incident 4). */
    public static boolean runsMigrations(String command) {
        return command != null && MIGRATION.matcher(command).find();
    }

    public static Optional<StartCommand> find(Path directory) throws ConfigException {
        Path procfile = directory.resolve("Procfile");
        if (Files.isRegularFile(procfile)) {
            Optional<StartCommand> web = procfile(procfile);
            if (web.isPresent()) {
                return web;
            }
        }
        Path dockerfile = directory.resolve("Dockerfile");
        if (Files.isRegularFile(dockerfile)) {
            return dockerfileCmd(dockerfile);
        }
        return Optional.empty();
    }

    static Optional<StartCommand> procfile(Path file) throws ConfigException {
        String[] lines = TextFiles.read(file).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ConfigException(file + ":" + (i + 1), "expected 'process: command', e.g. web: uvicorn app:app");
            }
            if (line.substring(0, colon).strip().equals("web")) {
                return Optional.of(new StartCommand(line.substring(colon + 1).strip(), file.getFileName() + ":" + (i + 1)));
            }
        }
        return Optional.empty();
    }

    static Optional<StartCommand> dockerfileCmd(Path file) throws ConfigException {
        String[] lines = TextFiles.read(file).split("\r\n|\r|\n", -1);
        StartCommand last = null;
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder instruction = new StringBuilder(lines[i].strip());
            while (instruction.length() > 0 && instruction.charAt(instruction.length() - 1) == '\\' && i + 1 < lines.length) {
                instruction.setLength(instruction.length() - 1);
                instruction.append(' ').append(lines[++i].strip());
            }
            String text = instruction.toString();
            if (text.regionMatches(true, 0, "CMD", 0, 3) && (text.length() == 3 || Character.isWhitespace(text.charAt(3)))) {
                String argument = text.substring(3).strip();
                last = new StartCommand(execForm(argument, file, first + 1), file.getFileName() + ":" + (first + 1));
            }
        }
        return Optional.ofNullable(last);
    }

    private static String execForm(String argument, Path file, int line) throws ConfigException {
        if (!argument.startsWith("[")) {
            return argument;
        }
        try {
            JsonNode array = Json.mapper().readTree(argument);
            List<String> parts = new ArrayList<>();
            for (JsonNode part : array) {
                parts.add(part.asText());
            }
            return String.join(" ", parts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(file + ":" + line + " (CMD)", "the exec form must be a JSON array of strings, e.g."
                    + " CMD [\"uvicorn\", \"app.main:app\"]");
        }
    }
}
