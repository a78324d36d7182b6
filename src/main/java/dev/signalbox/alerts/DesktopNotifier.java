package dev.signalbox.alerts;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the freedesktop notification service, via {@code notify-send} (libnotify) when it
 * is on the PATH; elsewhere {@link #find()} is empty and the window's own notification bar is all there is.
 */
public final class DesktopNotifier implements AlertSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    private final Path notifySend;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "signalbox-desktop-notify");
        t.setDaemon(true);
        return t;
    });

    private DesktopNotifier(Path notifySend) {
        this.notifySend = notifySend;
    }

    public static Optional<DesktopNotifier> find() {
        return find(System.getenv());
    }

    /** {@code notify-send} on the {@code PATH} of {@code environment}, the first one found. */
    public static Optional<DesktopNotifier> find(java.util.Map<String, String> environment) {
        String path = environment.get("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "notify-send");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new DesktopNotifier(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public void send(Alert alert) {
        String urgency = alert.state() == Alert.State.FIRING && alert.severity() == Alert.Severity.CRITICAL ? "critical" : "normal";
        List<String> command = List.of(notifySend.toString(), "--app-name=Signalbox", "--urgency=" + urgency,
                alert.headline(), alert.detail() == null ? "" : alert.detail());
        thread.execute(() -> {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    LOG.warn("notify-send did not return in 5 s (is a notification service running?)");
                }
            } catch (java.io.IOException e) {
                LOG.warn("notify-send failed: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
