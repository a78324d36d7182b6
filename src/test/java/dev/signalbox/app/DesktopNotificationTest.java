package dev.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's watch, as the composition root builds it, notifies the desktop through {@code notify-send}: here a
 * stand-in script on a PATH of the test's own that records each call's arguments. One readiness flip in the sandbox
 * gives one notification, and its recovery one "resolved".
 */
class DesktopNotificationTest {
    @TempDir
    Path bin;
    @TempDir
    Path profiles;

    @Test
    void oneReadinessFlipGivesOneNotificationAndOneResolved() throws Exception {
        Path calls = bin.resolve("calls.txt");
        Path notifySend = bin.resolve("notify-send");
        // Each call on one line, its arguments separated by '|'.
        Files.writeString(notifySend, "#!/bin/sh\n# Stand-in for libnotify's notify-send: records its arguments.\n"
                + "for a in \"$@\"; do printf '%s|' \"$a\"; done >> '" + calls + "'\necho >> '" + calls + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(notifySend, PosixFilePermissions.fromString("rwx------"));

        AppContext app = AppContext.withProfiles(new ProfileStore(profiles)).withDesktopNotifications(Map.of("PATH", bin.toString()));
        Profile.AlertTriggers readinessOnly = new Profile.AlertTriggers(true, false, false, null, null, false, null);
        try (Sandbox sandbox = Sandbox.start(Scenario.HEALTHY, line -> { })) {
            LoadedProfile loaded = new LoadedProfile(sandbox.profileFile(), sandbox.profile().profile()
                    .withAlerts(new Profile.AlertSettings(List.of(), readinessOnly, 2, null, null, true)));
            AtomicLong healthStates = new AtomicLong();
            try (ServiceWatch watch = app.forProfile(loaded).startWatch()) {
                watch.addListener(state -> {
                    if (state.part() == Part.HEALTH && state.hasValue()) {
                        healthStates.incrementAndGet();
                    }
                });
                await(() -> healthStates.get() >= 4, "the first probes");
                try {
                    allowConnections(sandbox, false);
                    await(() -> lines(calls).size() >= 1, "a desktop notification of readiness DOWN");
                    allowConnections(sandbox, true);
                    await(() -> lines(calls).size() >= 2, "a desktop notification of its recovery");
                } finally {
                    allowConnections(sandbox, true);
                }
                long seen = healthStates.get();
                await(() -> healthStates.get() >= seen + 6, "more probes after the recovery");

                List<String> notifications = lines(calls);
                assertThat(notifications).hasSize(2);
                assertThat(notifications.get(0)).startsWith("--app-name=Signalbox|--urgency=critical|[" + loaded.name()
                        + "/sandbox] readiness is DOWN|");
                assertThat(notifications.get(1)).startsWith("--app-name=Signalbox|--urgency=normal|[" + loaded.name()
                        + "/sandbox] resolved: readiness is DOWN|after ");
                assertThat(String.join("\n", notifications)).doesNotContain("postgresql://", sandbox.railwayIds().projectToken());
            }
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void allowConnections(Sandbox sandbox, boolean allow) throws Exception {
        try (Connection connection = sandbox.database().connect("postgres", "desktop-test");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + Sandbox.DATABASE + " ALLOW_CONNECTIONS " + allow);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Object monitor = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 60 s for " + what);
            }
            synchronized (monitor) {
                // Polls a file a child process writes; 20 ms between looks, not a sleep to let time pass.
                monitor.wait(20);
            }
        }
    }
}
