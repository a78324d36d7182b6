package dev.signalbox.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console saw change, per profile, as JSON lines in the state folder, so {@code signalbox timeline}
 * can tell the story after the window is closed. Bounded: past 2 MB the file rolls over to one old copy.
 */
public final class EventJournal {
    private static final Logger LOG = LoggerFactory.getLogger(EventJournal.class);
    private static final long MAX_BYTES = 2 * 1024 * 1024;

    private final Path file;

    public EventJournal(Path stateFolder, String profile) {
        this.file = stateFolder.resolve("timeline").resolve(profile.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
    }

    public Path file() {
        return file;
    }

    public synchronized void append(TimelineEvent event) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, Json.mapper().writeValueAsString(event) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The timeline is a record, not a control path: never fail a poll because it cannot be written.
            LOG.warn("cannot append to the timeline {}", file, e);
        }
    }

    /** Events at or after {@code since}, oldest first; unreadable lines are skipped. */
    public List<TimelineEvent> read(Instant since) throws IOException {
        List<TimelineEvent> events = new ArrayList<>();
        for (Path part : List.of(file.resolveSibling(file.getFileName() + ".1"), file)) {
            if (!Files.exists(part)) {
                continue;
            }
            for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                try {
                    TimelineEvent event = Json.mapper().readValue(line, TimelineEvent.class);
                    if (since == null || !event.at().isBefore(since)) {
                        events.add(event);
                    }
                } catch (JsonProcessingException e) {
                    LOG.debug("skipping an unreadable timeline line in {}", part);
                }
            }
        }
        return events;
    }
}
