package dev.signalbox.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends all logging to a rotating file ({@code signalbox.log}, 5 files of 5 MB) in the platform's log directory.
 * Secrets are kept out by construction: they travel as {@code dev.signalbox.config.Secret}, whose
 * {@code toString()} is redacted, and URLs are logged only in their redacted form.
 *
 * <p>Configured lazily: logback asks {@link LazyConfigurator} (a service in META-INF/services) when the first
 * logger is requested, so a command that never logs ({@code --version}, {@code migrations history}) never loads
 * logback's ~250 classes (docs/performance.md).
 */
public final class Logging {
    private static volatile Path logFile;

    private Logging() {
    }

    public static Path init(Path logDirectory) {
        if (logFile != null) {
            return logFile;
        }
        // Not under this class's lock: SLF4J's first initialisation (here or on another thread) holds its own lock
        // while it runs LazyConfigurator, which takes this class's lock; holding ours first could deadlock.
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        synchronized (Logging.class) {
            if (logFile != null) {
                // the first getILoggerFactory() above ran LazyConfigurator
                return logFile;
            }
            context.reset();
            return configure(context, logDirectory);
        }
    }

    private static synchronized Path configure(LoggerContext context, Path logDirectory) {
        if (logFile != null) {
            return logFile;
        }
        Path file = logDirectory.resolve("signalbox.log");

        RollingFileAppender<ILoggingEvent> appender = fileAppender(context, logDirectory, FileSize.valueOf("5MB"));

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        // Chatty libraries: their INFO lines are noise for an operator reading the log after an incident.
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        context.getLogger("io.zonky").setLevel(Level.WARN);
        context.getLogger("org.eclipse.jgit").setLevel(Level.WARN);
        context.getLogger("graphql").setLevel(Level.WARN);
        logFile = file;
        return file;
    }

    /**
     * The rotating file appender ({@code signalbox.log}, then {@code signalbox.1.log} to {@code .5}), every file
     * created owner-only (0600): the log names hosts, users and profiles, like the audit and state files.
     */
    static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logDirectory, FileSize maxFileSize) {
        return fileAppender(context, logDirectory, maxFileSize, null);
    }

    /** @param sizeCheckEvery how often logback looks at the size (null: its default, once a minute) */
    static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logDirectory, FileSize maxFileSize,
                                                           ch.qos.logback.core.util.Duration sizeCheckEvery) {
        Path file = logDirectory.resolve("signalbox.log");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new OwnerOnlyFileAppender();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(logDirectory.resolve("signalbox.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(maxFileSize);
        if (sizeCheckEvery != null) {
            trigger.setCheckIncrement(sizeCheckEvery);
        }
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }

    /**
     * Logback opens its files with the process umask (0644 usually), at start and after every rollover: the file
     * is created 0600 before logback opens it, and an existing one is narrowed to 0600.
     */
    static final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path path = Path.of(fileName);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            try {
                if (!Files.exists(path)) {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the log folder under %LOCALAPPDATA% is private to the user already.
            } catch (FileAlreadyExistsException raced) {
                // Another console created it between the check and here: it narrowed it the same way.
            }
            super.openFile(fileName);
        }
    }

    public static Path logFile() {
        return logFile;
    }

    /**
     * Logback's first initialisation, on the first logger asked for. Under tests ({@code signalbox.test}) it defers to
     * logback-test.xml, as the eager set-up did.
     */
    public static final class LazyConfigurator extends ContextAwareBase implements Configurator {
        @Override
        public ExecutionStatus configure(LoggerContext context) {
            if (Boolean.getBoolean("signalbox.test")) {
                return ExecutionStatus.INVOKE_NEXT_IF_ANY;
            }
            Logging.configure(context, dev.signalbox.config.PlatformDirs.detect().logs());
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
    }
}
