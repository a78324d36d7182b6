package dev.signalbox.discovery;

import dev.signalbox.config.ConfigException;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a repository's Alembic configuration is ({@code alembic.ini}, else {@code pyproject.toml} with
 * {@code [tool.alembic]}) and which environment variable holds the database URL: {@code sqlalchemy.url} when it
 * is a reference ({@code %(DATABASE_URL)s}, {@code ${DATABASE_URL}}), else the variable {@code env.py} looks up
 * ({@code os.environ["DATABASE_URL"]}, {@code os.getenv("DATABASE_URL")}). A literal URL is never copied: it may
 * carry a password, and it is rarely the deployed database.
 *
 * @param urlVariable the variable holding the URL, or null
 * @param urlWhere    where that was read, e.g. {@code alembic.ini:5 sqlalchemy.url}
 */
public record AlembicSettings(Path config, Path scriptDirectory, String urlVariable, String urlWhere) {
    private static final Pattern REFERENCE = Pattern.compile("%\\(([A-Za-z_][A-Za-z0-9_]*)\\)s|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern ENV_LOOKUP = Pattern.compile(
            "os\\.(?:environ\\[|environ\\.get\\(|getenv\\()\\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']");

    public static Optional<AlembicSettings> find(Path directory) throws ConfigException {
        Path ini = directory.resolve("alembic.ini");
        if (Files.isRegularFile(ini)) {
            return Optional.of(read(ini));
        }
        Path pyproject = directory.resolve("pyproject.toml");
        if (Files.isRegularFile(pyproject) && TextFiles.read(pyproject).contains("[tool.alembic]")) {
            return Optional.of(read(pyproject));
        }
        return Optional.empty();
    }

    public static AlembicSettings read(Path config) throws ConfigException {
        ScriptLocation location;
        try {
            location = ScriptLocator.locate(config, "alembic");
        } catch (MigrationException e) {
            throw new ConfigException("", e.getMessage(), e);
        }
        String variable = null;
        String where = null;
        if (config.getFileName().toString().endsWith(".ini")) {
            String[] lines = TextFiles.read(config).split("\r\n|\r|\n", -1);
            boolean inAlembic = false;
            for (int i = 0; i < lines.length && variable == null; i++) {
                String line = lines[i].strip();
                if (line.startsWith("[")) {
                    inAlembic = line.equals("[alembic]");
                } else if (inAlembic && line.matches("sqlalchemy\\.url\\s*[=:].*")) {
                    Matcher reference = REFERENCE.matcher(line);
                    if (reference.find()) {
                        variable = reference.group(1) != null ? reference.group(1) : reference.group(2);
                        where = config.getFileName() + ":" + (i + 1) + " sqlalchemy.url";
                    }
                }
            }
        }
        Path envPy = location.scriptDirectory().resolve("env.py");
        if (variable == null && Files.isRegularFile(envPy)) {
            String[] lines = TextFiles.read(envPy).split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length && variable == null; i++) {
                Matcher lookup = ENV_LOOKUP.matcher(lines[i]);
                while (lookup.find()) {
                    String name = lookup.group(1);
                    if (name.matches("(?i).*(URL|DATABASE|DSN|DB).*")) {
                        variable = name;
                        where = config.getParent().relativize(envPy) + ":" + (i + 1);
                        break;
                    }
                }
            }
        }
        return new AlembicSettings(config, location.scriptDirectory(), variable, where);
    }
}
