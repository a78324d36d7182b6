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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log: one JSON object per line ({@link AuditRecord}) in the platform's state folder
 * ({@code PlatformDirs.auditLog()}). Appends take a file lock, so the CLI and the window can write at once.
 */
public final class AuditLog {
    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(AuditRecord record) throws IOException {
        String line;
        try {
            line = Json.mapper().writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new IOException("cannot encode an audit record", e);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            FileLock lock = channel.lock();
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
            lock.release();
        }
        if (created) {
            try {
                // Targets and masked values only, but still nobody else's business.
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException | IOException notPosix) {
                // Windows: the folder under %LOCALAPPDATA% is already private to the user.
            }
        }
    }

    /** Records read, oldest first, and a note for each line that could not be read (file:line: problem). */
    public record Entries(List<AuditRecord> records, List<String> problems) {
        public Entries {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    public Entries read() throws IOException {
        if (!Files.exists(file)) {
            return new Entries(List.of(), List.of());
        }
        List<AuditRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(Json.mapper().readValue(line, AuditRecord.class));
            } catch (JsonProcessingException e) {
                problems.add(file + ":" + (i + 1) + ": not an audit record (" + e.getOriginalMessage() + ")");
            }
        }
        return new Entries(records, problems);
    }

    /** The newest {@code count} records, newest first. */
    public List<AuditRecord> latest(int count) throws IOException {
        List<AuditRecord> records = new ArrayList<>(read().records());
        java.util.Collections.reverse(records);
        return records.subList(0, Math.min(count, records.size()));
    }
}
