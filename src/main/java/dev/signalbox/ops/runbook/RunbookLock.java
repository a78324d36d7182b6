package dev.signalbox.ops.runbook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.signalbox.common.Json;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.ops.Who;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Who runs a runbook on this machine: an OS file lock on {@code <profile>--<runbook>.lock} next to the progress
 * file, held for the whole run, with the holder written inside (pid, user, host, since, the command it is running).
 * The OS drops the lock when the holder's process dies, even by {@code kill -9}, so a dead holder never blocks
 * anyone; its record stays in the file, which is how the next run learns that a command was interrupted.
 * The file is emptied on release, never deleted: deleting it would let two processes lock two different files.
 */
public final class RunbookLock implements AutoCloseable {

    /** The process holding (or that last held) the lock. */
    public record Holder(long pid, Instant processStart, String user, String host, Instant since, Long commandPid,
                         String command) {

        /** True while the holder's process runs (the same process: a reused pid has another start time). */
        @JsonIgnore
        public boolean alive() {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                return false;
            }
            Optional<Instant> started = handle.get().info().startInstant();
            return processStart == null || started.isEmpty()
                    || Duration.between(started.get(), processStart).abs().compareTo(Duration.ofSeconds(2)) < 0;
        }

        /** True while the command it started still has a process in its group (Unix). */
        @JsonIgnore
        public boolean commandAlive() {
            return commandPid != null && (LocalCommand.groupAlive(commandPid)
                    || ProcessHandle.of(commandPid).map(ProcessHandle::isAlive).orElse(false));
        }

        /** "pid 4242 (alice@laptop) since 2026-11-30T14:02:11Z" (UTC, to the second) */
        public String describe() {
            return "pid " + pid + " (" + user + "@" + host + ") since " + (since == null ? "?" : since.truncatedTo(ChronoUnit.SECONDS));
        }

        Holder withCommand(Long pid2, String command2) {
            return new Holder(pid, processStart, user, host, since, pid2, command2);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Holder previous;
    private Holder holder;

    private RunbookLock(Path file, FileChannel channel, FileLock lock, Holder previous, Holder holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.previous = previous;
        this.holder = holder;
    }

    /**
     * Takes the lock, or throws naming the live holder. A dead holder whose command still runs (an orphan the
     * watchdog could not end) also refuses: running the step again now would migrate twice.
     */
    static RunbookLock acquire(Path file, String what) throws RunbookClaimedException {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            Holder recorded = read(channel);
            if (lock == null) {
                channel.close();
                String who = recorded == null ? "another process on this machine" : "the console " + recorded.describe();
                throw new RunbookClaimedException(what + " is already running here: " + who
                        + ". Wait for it to finish, or stop it there; two runs at once would act twice.", who(recorded), since(recorded));
            }
            if (recorded != null && recorded.commandAlive()) {
                lock.release();
                channel.close();
                throw new RunbookClaimedException(what + ": the console " + recorded.describe() + " is gone, but the command"
                        + " it started (" + recorded.command() + ", pid " + recorded.commandPid() + ") is still running."
                        + " Wait for it to end (or end it: kill -TERM -" + recorded.commandPid() + ") before resuming,"
                        + " or the step would run twice.", who(recorded), since(recorded));
            }
            Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
            Holder self = new Holder(ProcessHandle.current().pid(), processStart, Who.user(), Who.host(), Instant.now(), null, null);
            RunbookLock acquired = new RunbookLock(file, channel, lock, recorded, self);
            acquired.write(self);
            return acquired;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot take the runbook lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Who holds (or last held) the lock, from the file; empty when nobody ran it or the last run ended cleanly. */
    static Optional<Holder> holder(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return Optional.ofNullable(read(channel));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The holder found in the file when this lock was taken: a run that ended without releasing (a crash). */
    public Optional<Holder> previous() {
        return Optional.ofNullable(previous);
    }

    /** Records the command this run has started (its pid, the process group on Unix), or null once it ended. */
    public synchronized void command(Long pid, String command) {
        holder = holder.withCommand(pid, command);
        try {
            write(holder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the runbook lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.truncate(0);
            channel.force(false);
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock anyway; a stale holder record is recognised as dead.
        } finally {
            closeQuietly(channel);
        }
    }

    private void write(Holder value) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(value);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.force(false);
    }

    private static Holder read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        long position = 0;
        while (buffer.hasRemaining() && channel.read(buffer, position) > 0) {
            position = buffer.position();
        }
        try {
            return Json.mapper().readValue(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8), Holder.class);
        } catch (IOException unreadable) {
            // Half-written by a holder killed mid-write: no usable record.
            return null;
        }
    }

    private static String who(Holder holder) {
        return holder == null ? null : holder.user() + "@" + holder.host() + " (pid " + holder.pid() + ")";
    }

    private static Instant since(Holder holder) {
        return holder == null ? null : holder.since();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
