package dev.signalbox.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * A token or a database URL is well under a kilobyte; 64 KiB is generous and keeps a mistaken reference
     * ({@code file:/dev/zero}, a log file) from filling the heap (issue 14: OutOfMemoryError after 15 s).
     */
    public static final int MAX_SECRET_FILE_BYTES = 64 * 1024;

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
                String value = readSecretFile().strip();
                if (value.isEmpty()) {
                    throw new ConfigException(toString(), "the secret file is empty");
                }
                return Secret.of(value, toString());
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

    /**
     * Reads a {@code file:} reference: a regular file of at most {@link #MAX_SECRET_FILE_BYTES} bytes of UTF-8.
     * A directory, a device or a FIFO is refused before it is opened (opening a FIFO blocks until a writer comes).
     */
    private String readSecretFile() throws ConfigException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new ConfigException(toString(), "'" + name + "' is not a valid file path here: " + e.getReason());
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(toString(), "the secret file " + path.toAbsolutePath() + " does not exist;"
                    + " create it or correct the path");
        } catch (AccessDeniedException e) {
            throw new ConfigException(toString(), "the secret file " + path.toAbsolutePath() + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new ConfigException(toString(), "cannot read the secret file " + path.toAbsolutePath() + ": " + describe(e));
        }
        if (attributes.isDirectory()) {
            throw new ConfigException(toString(), path.toAbsolutePath() + " is a directory; a file: reference names the"
                    + " file that holds the secret");
        }
        if (!attributes.isRegularFile()) {
            throw new ConfigException(toString(), path.toAbsolutePath() + " is not a regular file (a device, FIFO or"
                    + " socket); a file: reference must name a plain file holding the secret");
        }
        if (attributes.size() > MAX_SECRET_FILE_BYTES) {
            throw new ConfigException(toString(), "the secret file is " + attributes.size() + " bytes; a token or password"
                    + " file holds at most " + MAX_SECRET_FILE_BYTES / 1024 + " KiB (is this the right file?)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Read one byte past the limit: files that report no size (/proc) or grow after the check are bounded too.
            bytes = in.readNBytes(MAX_SECRET_FILE_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new ConfigException(toString(), "the secret file " + path.toAbsolutePath() + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new ConfigException(toString(), "cannot read the secret file " + path.toAbsolutePath() + ": " + describe(e));
        }
        if (bytes.length > MAX_SECRET_FILE_BYTES) {
            throw new ConfigException(toString(), "the secret file holds more than " + MAX_SECRET_FILE_BYTES / 1024
                    + " KiB; a token or password file is small (is this the right file?)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(toString(), "the secret file is not UTF-8 text; save the token or password as plain UTF-8");
        }
    }

    private static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName();
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
