package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision file's text as the detail pane shows it: numbered lines, each lint finding right under the line it
 * is about. Reading is blocking file I/O: call {@link #read} off the FX thread.
 *
 * @param error why the file could not be read (then {@code items} is empty)
 */
public record RevisionSource(String revision, Path file, List<Item> items, String text, String error) {

    public RevisionSource {
        items = List.copyOf(items);
    }

    /** One entry of the source list. */
    public sealed interface Item permits Line, Finding {
    }

    /** @param flagged a lint finding is about this line */
    public record Line(int number, String text, boolean flagged) implements Item {
    }

    public record Finding(LintFinding finding) implements Item {
    }

    /** Files bigger than this are not revision files anyone reads in a pane; shown truncated, said so. */
    static final long MAX_BYTES = 2_000_000;

    public static RevisionSource read(String revision, Path file, List<LintFinding> findings) {
        SourceFile source = SourceFile.read(file, MAX_BYTES);
        if (source.error() != null) {
            return new RevisionSource(revision, file, List.of(), "", source.error());
        }
        return of(revision, file, source.text(), findings);
    }

    static RevisionSource of(String revision, Path file, String text, List<LintFinding> findings) {
        List<String> lines = text.lines().toList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            List<LintFinding> here = findings.stream().filter(f -> f.line() == number).toList();
            items.add(new Line(number, lines.get(i), !here.isEmpty()));
            here.forEach(f -> items.add(new Finding(f)));
        }
        // A finding whose line is past the end (the file changed since the lint ran) still shows, at the end.
        findings.stream().filter(f -> f.line() < 1 || f.line() > lines.size()).forEach(f -> items.add(new Finding(f)));
        return new RevisionSource(revision, file, items, text, null);
    }

    /** Index in {@link #items} of the given line, or -1. */
    public int indexOfLine(int line) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Line l && l.number() == line) {
                return i;
            }
        }
        return -1;
    }
}
