package dev.signalbox.discovery;

import dev.signalbox.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What a service's repository says about its deployment, each part optional (null when absent): Railway's config
 * as code, the Alembic configuration, the names in {@code .env.example} and {@code .env}, the start command of a
 * {@code Procfile}/{@code Dockerfile}, and whether a {@code .env} is committed to git. A malformed file stops the
 * scan with its position: nothing is decided from half a repository.
 */
public record RepositoryFacts(Path directory, RailwayConfigAsCode configAsCode, AlembicSettings alembic,
                              EnvFileNames envExample, EnvFileNames dotEnv, StartCommands.StartCommand startCommand,
                              boolean dotEnvCommitted) {

    public static RepositoryFacts scan(Path directory) throws ConfigException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir.toString(), "not a directory");
        }
        Path example = dir.resolve(".env.example");
        Path dotEnv = dir.resolve(".env");
        return new RepositoryFacts(dir,
                RailwayConfigAsCode.find(dir).orElse(null),
                AlembicSettings.find(dir).orElse(null),
                Files.isRegularFile(example) ? EnvFileNames.read(example) : null,
                Files.isRegularFile(dotEnv) ? EnvFileNames.read(dotEnv) : null,
                StartCommands.find(dir).orElse(null),
                Files.isRegularFile(dotEnv) && committed(dir, ".env"));
    }

    /**
     * The repository a migrations location belongs to: the closest folder above it with {@code .git} or Railway's
     * config as code, else the location's own folder.
     */
    public static Path rootOf(Path location) {
        Path start = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
        for (Path current = start.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git")) || Files.isRegularFile(current.resolve("railway.toml"))
                    || Files.isRegularFile(current.resolve("railway.json"))) {
                return current;
            }
        }
        return start;
    }

    /** True when {@code relative} is in the git index of the repository holding {@code directory}. */
    static boolean committed(Path directory, String relative) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toFile());
        if (builder.getGitDir() == null) {
            return false;
        }
        try (Repository repository = builder.build()) {
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String path = top.relativize(directory.resolve(relative).toAbsolutePath().normalize()).toString().replace('\\', '/');
            return repository.readDirCache().findEntry(path) >= 0;
        } catch (IOException | org.eclipse.jgit.errors.NoWorkTreeException e) {
            return false;
        }
    }

    /** The start command the repository declares: config as code first (it overrides the rest), then Procfile/CMD. */
    public StartCommands.StartCommand declaredStartCommand() {
        if (configAsCode != null && configAsCode.startCommand() != null) {
            return new StartCommands.StartCommand(configAsCode.startCommand(), configAsCode.file().getFileName() + " deploy.startCommand");
        }
        return startCommand;
    }
}
