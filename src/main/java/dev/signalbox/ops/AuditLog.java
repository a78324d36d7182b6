package dev.signalbox.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The audit log: one JSON object per line ({@link AuditRecord}) in the platform's state folder
 * ({@code PlatformDirs.auditLog()}). Appends take a lock on {@code audit.jsonl.lock} (between processes: the CLI and
 * the window write at once) and a lock per file in this JVM; the record's time is taken under that lock, so the
 * order of the lines is the order of the times. Past {@link #DEFAULT_MAX_BYTES} the file is renamed
 * {@code audit.N.jsonl} (N grows) and a new one begun; nothing is ever deleted, and {@link #read()} reads them all.
 */
public final class AuditLog {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** One lock object per audit file in this JVM: FileLock is per process, a second channel would throw. */
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final long maxBytes;

    public AuditLog(Path file) {
        this(file, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the size past which the file is rotated */
    public AuditLog(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    public Path file() {
        return file;
    }

    /** Appends the record as it is; one without a time gets the time now, taken under the lock. */
    public AuditRecord append(AuditRecord record) throws IOException {
        return append(record, record.time() == null ? Clock.systemUTC() : null);
    }

    /**
     * Appends the record with its time read from {@code clock} under the lock that orders the lines (null: keep
     * the record's time); returns the record as written.
     */
    public AuditRecord append(AuditRecord record, Clock clock) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Object local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object());
        synchronized (local) {
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockChannel.lock()) {
                rotateIfFull();
                AuditRecord stamped = clock == null ? record : record.at(clock.instant());
                String line;
                try {
                    line = Json.mapper().writeValueAsString(stamped) + "\n";
                } catch (JsonProcessingException e) {
                    throw new IOException("cannot encode an audit record", e);
                }
                boolean created = !Files.exists(file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    if (created) {
                        makePrivate(file);
                    }
                    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(false);
                }
                makePrivate(lockFile);
                return stamped;
            }
        }
    }

    private void rotateIfFull() throws IOException {
        if (!Files.exists(file) || Files.size(file) < maxBytes) {
            return;
        }
        int next = rotated().stream().mapToInt(AuditLog::number).max().orElse(0) + 1;
        Files.move(file, rotatedName(next), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void makePrivate(Path path) {
        try {
            // Targets and masked values only, but still nobody else's business.
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder under %LOCALAPPDATA% is already private to the user.
        }
    }

    private Pattern rotatedPattern() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return Pattern.compile(Pattern.quote(stem) + "\\.(\\d{1,9})" + Pattern.quote(extension));
    }

    private Path rotatedName(int number) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? file.resolveSibling(name.substring(0, dot) + "." + number + name.substring(dot))
                : file.resolveSibling(name + "." + number);
    }

    private static int number(Path rotatedFile) {
        Matcher m = Pattern.compile("\\.(\\d{1,9})(\\.[^.]*)?$").matcher(rotatedFile.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The rotated files, oldest first. */
    public List<Path> rotated() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern pattern = rotatedPattern();
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(AuditLog::number)).toList();
        }
    }

    /** Records read, oldest first, and a note for each line that could not be read (file:line: problem). */
    public record Entries(List<AuditRecord> records, List<String> problems) {
        public Entries {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    /** Every record: the rotated files, oldest first, then the current one. */
    public Entries read() throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>(rotated());
        files.add(file);
        for (Path each : files) {
            if (!Files.exists(each)) {
                continue;
            }
            List<String> lines = Files.readAllLines(each, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(Json.mapper().readValue(line, AuditRecord.class));
                } catch (JsonProcessingException e) {
                    problems.add(each + ":" + (i + 1) + ": not an audit record (" + e.getOriginalMessage() + ")");
                }
            }
        }
        return new Entries(records, problems);
    }

    /** The newest {@code count} records, newest first. */
    public List<AuditRecord> latest(int count) throws IOException {
        List<AuditRecord> records = new ArrayList<>(read().records());
        Collections.reverse(records);
        return records.subList(0, Math.min(count, records.size()));
    }
}
