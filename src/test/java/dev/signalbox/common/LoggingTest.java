package dev.signalbox.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file is the user's alone, like the audit and state files: 0600 when created and after a rollover. */
class LoggingTest {
    @TempDir
    Path logs;

    @Test
    void theLogAndItsRolledFilesAreOwnerOnly() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        RollingFileAppender<ILoggingEvent> appender = Logging.fileAppender(context, logs, FileSize.valueOf("2KB"),
                ch.qos.logback.core.util.Duration.buildByMilliseconds(0));
        ch.qos.logback.classic.Logger logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        Path log = logs.resolve("signalbox.log");
        Path rolled = logs.resolve("signalbox.1.log");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        for (int i = 0; i < 10_000 && !Files.exists(rolled); i++) {
            logger.info("line {} of the log, long enough to fill two kilobytes quickly", i);
        }
        logger.info("a line in the new file");
        appender.stop();
        context.stop();

        assertThat(rolled).as("rolled over at 2 KB").exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rolled))).isEqualTo("rw-------");
    }

    @Test
    void anExistingWorldReadableLogIsNarrowed() throws Exception {
        Path log = logs.resolve("signalbox.log");
        Files.writeString(log, "from an older version\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        LoggerContext context = new LoggerContext();
        RollingFileAppender<ILoggingEvent> appender = Logging.fileAppender(context, logs, FileSize.valueOf("5MB"));
        appender.stop();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    }
}
