package dev.signalbox.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a secret lives, as written in a profile: {@code env:NAME} (an environment variable),
 * {@code file:PATH} (a file whose content, trimmed, is the secret) or {@code railway-cli:login} (the login the
 * Railway CLI keeps in {@code ~/.railway/config.json}, read when Signalbox runs, so a {@code railway login} renews
 * it). Profiles never hold secrets themselves, only these references, resolved at run time.
 */
public record SecretReference(Kind kind, String name) {
    public enum Kind { ENV, FILE, RAILWAY_CLI }

    /** The one thing a {@code railway-cli:} reference can name. */
    public static final String RAILWAY_CLI_LOGIN = "railway-cli:login";

    public SecretReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** True when the text has the form of a reference ({@code env:} or {@code file:} prefix). */
    public static boolean looksLikeReference(String text) {
        return text != null && (text.startsWith("env:") || text.startsWith("file:") || text.startsWith("railway-cli:"));
    }

    public static SecretReference parse(String text, String field) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException(field, "a secret reference is required, e.g. env:RAILWAY_TOKEN");
        }
        if (text.startsWith("env:")) {
            String name = text.substring(4);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException(field, "'" + text + "' is not a valid environment variable reference;"
                        + " write env:NAME with letters, digits and underscores");
            }
            return new SecretReference(Kind.ENV, name);
        }
        if (text.startsWith("file:")) {
            String path = text.substring(5);
            if (path.isBlank()) {
                throw new ConfigException(field, "file: reference without a path; write file:/path/to/secret");
            }
            return new SecretReference(Kind.FILE, path);
        }
        if (text.startsWith("railway-cli:")) {
            if (!text.equals(RAILWAY_CLI_LOGIN)) {
                throw new ConfigException(field, "'" + text + "' is not a Railway CLI reference; write " + RAILWAY_CLI_LOGIN);
            }
            return new SecretReference(Kind.RAILWAY_CLI, "login");
        }
        throw new ConfigException(field, "secrets are never stored in a profile; write a reference such as"
                + " env:RAILWAY_TOKEN or file:/path/to/token instead of the value");
    }

    /** Resolves against the process environment. */
    public Secret resolve() throws ConfigException {
        return resolve(System.getenv());
    }

    public Secret resolve(Map<String, String> environment) throws ConfigException {
        switch (kind) {
            case ENV -> {
                String value = environment.get(name);
                if (value == null || value.isEmpty()) {
                    throw new ConfigException(toString(), "environment variable " + name
                            + " is not set; export it before starting Signalbox");
                }
                return Secret.of(value, toString());
            }
            case FILE -> {
                try {
                    String value = Files.readString(Path.of(name), StandardCharsets.UTF_8).strip();
                    if (value.isEmpty()) {
                        throw new ConfigException(toString(), "the secret file is empty");
                    }
                    return Secret.of(value, toString());
                } catch (IOException e) {
                    throw new ConfigException(toString(), "cannot read the secret file: " + e.getClass().getSimpleName());
                }
            }
            case RAILWAY_CLI -> {
                Path file = RailwayCliConfig.configFile(environment);
                RailwayCliConfig config = RailwayCliConfig.read(environment).orElseThrow(() -> new ConfigException(toString(),
                        "the Railway CLI has no config at " + file + "; run 'railway login'"));
                return config.login().orElseThrow(() -> new ConfigException(toString(),
                        "the Railway CLI is not logged in (" + file + " has no user token); run 'railway login'"));
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ENV -> "env:" + name;
            case FILE -> "file:" + name;
            case RAILWAY_CLI -> RAILWAY_CLI_LOGIN;
        };
    }
}
