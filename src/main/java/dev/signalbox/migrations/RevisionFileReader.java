package dev.signalbox.migrations;

import dev.signalbox.migrations.MigrationProblem.Kind;
import dev.signalbox.migrations.PythonTokens.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one revision file as text, as Alembic would load it: the module's top-level assignments of
 * {@code revision}, {@code down_revision}, {@code branch_labels} and {@code depends_on} (last assignment wins,
 * annotations allowed), the docstring's first paragraph and {@code Create Date:}, and the calls made in
 * {@code upgrade()}. Falls back to the docstring header ({@code Revision ID:}, {@code Revises:}) and then to the
 * legacy {@code <hex>.py} file name only when the assignments are missing. Never throws on bad content: every
 * difficulty becomes a {@link MigrationProblem} naming the file and line.
 */
public final class RevisionFileReader {
    private static final String REVISION = "revision";
    private static final String DOWN_REVISION = "down_revision";
    private static final String BRANCH_LABELS = "branch_labels";
    private static final String DEPENDS_ON = "depends_on";

    private RevisionFileReader() {
    }

    /** Reads a file; an unreadable file becomes a revision with a MALFORMED_FILE problem. */
    public static RevisionFile read(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return unreadable(file, "cannot read the file: " + e.getMessage());
        }
        return parse(file, text);
    }

    static RevisionFile unreadable(Path file, String why) {
        return new RevisionFile(file, null, List.of(), List.of(), List.of(), "", null, RevisionFile.IdSource.NONE,
                List.of(MigrationProblem.error(Kind.MALFORMED_FILE, why, file, 0)), List.of());
    }

    /** Parses file content (the path is used for messages and the legacy file-name fallback). */
    public static RevisionFile parse(Path file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Token> tokens = PythonTokens.tokenize(text);
        List<MigrationProblem> problems = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == PythonTokens.Kind.ERROR) {
                problems.add(MigrationProblem.error(Kind.MALFORMED_FILE, "not valid Python: " + t.text(), file, t.line()));
                return new RevisionFile(file, null, List.of(), List.of(), List.of(), "", null, RevisionFile.IdSource.NONE,
                        problems, List.of());
            }
        }
        List<int[]> lines = logicalLines(tokens);
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        String docstring = null;
        List<PythonCall> upgradeCalls = List.of();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int[] range = lines.get(i);
            Token head = tokens.get(range[0]);
            if (head.indent() != 0) {
                continue;
            }
            if (first) {
                first = false;
                if (allStrings(tokens, range)) {
                    StringBuilder doc = new StringBuilder();
                    for (int k = range[0]; k < range[1]; k++) {
                        doc.append(tokens.get(k).text());
                    }
                    docstring = doc.toString();
                    continue;
                }
            }
            if (head.isName("def") && range[0] + 1 < range[1] && tokens.get(range[0] + 1).isName("upgrade")) {
                int end = i + 1;
                while (end < lines.size() && tokens.get(lines.get(end)[0]).indent() > 0) {
                    end++;
                }
                upgradeCalls = calls(tokens, lines.subList(i + 1, end));
                i = end - 1;
                continue;
            }
            assignment(tokens, range, assignments);
        }

        String revision = null;
        RevisionFile.IdSource idSource = RevisionFile.IdSource.NONE;
        Assignment revAssign = assignments.get(REVISION);
        DocHeader header = DocHeader.of(docstring);
        if (revAssign != null) {
            if (revAssign.value() instanceof PythonValue.Str s) {
                revision = s.value();
                idSource = RevisionFile.IdSource.ASSIGNMENT;
            } else {
                problems.add(MigrationProblem.error(Kind.UNRESOLVED_VALUE, "revision = " + describe(revAssign.value())
                        + " is not a string literal; Signalbox does not run Python to work it out", file, revAssign.line()));
            }
        } else if (header.revisionId() != null) {
            revision = header.revisionId();
            idSource = RevisionFile.IdSource.DOCSTRING;
            problems.add(MigrationProblem.warning(Kind.FALLBACK_USED, "no 'revision = ...' assignment; took '" + revision
                    + "' from the docstring's 'Revision ID:' (Alembic itself needs the assignment)", file, 0));
        } else {
            String name = file.getFileName().toString();
            String legacy = legacyId(name);
            if (legacy != null) {
                revision = legacy;
                idSource = RevisionFile.IdSource.FILE_NAME;
                problems.add(MigrationProblem.warning(Kind.FALLBACK_USED, "no 'revision = ...' assignment; took '" + revision
                        + "' from the legacy file name form <hex>.py", file, 0));
            } else {
                problems.add(MigrationProblem.error(Kind.MALFORMED_FILE, "no revision id: neither a 'revision = ...' assignment,"
                        + " a 'Revision ID:' docstring line, nor a <hex>.py file name (Alembic stops with"
                        + " \"Could not determine revision id from filename\")", file, 0));
            }
        }

        List<String> down = List.of();
        Assignment downAssign = assignments.get(DOWN_REVISION);
        if (downAssign != null) {
            Optional<List<String>> ids = downAssign.value().asRevisionIds();
            if (ids.isPresent()) {
                down = ids.get();
            } else {
                problems.add(MigrationProblem.error(Kind.UNRESOLVED_VALUE, "down_revision = " + describe(downAssign.value())
                        + " is not a literal (None, a string, or a tuple/list of strings); the revision cannot be placed"
                        + " in the history", file, downAssign.line()));
            }
        } else if (header.revises() != null) {
            down = header.revises();
            if (revision != null && idSource == RevisionFile.IdSource.ASSIGNMENT) {
                problems.add(MigrationProblem.warning(Kind.FALLBACK_USED, "no 'down_revision = ...' assignment; took "
                        + (down.isEmpty() ? "<base>" : String.join(", ", down)) + " from the docstring's 'Revises:'", file, 0));
            }
        } else if (revision != null) {
            problems.add(MigrationProblem.error(Kind.MALFORMED_FILE, "no 'down_revision = ...' assignment and no 'Revises:'"
                    + " docstring line (Alembic fails loading this file)", file, 0));
        }

        List<String> labels = optionalIds(assignments.get(BRANCH_LABELS), BRANCH_LABELS, file, problems);
        List<String> depends = optionalIds(assignments.get(DEPENDS_ON), DEPENDS_ON, file, problems);
        return new RevisionFile(file, revision, down, labels, depends, header.message(), header.createDate(), idSource,
                problems, upgradeCalls);
    }

    private static List<String> optionalIds(Assignment assignment, String name, Path file, List<MigrationProblem> problems) {
        if (assignment == null) {
            return List.of();
        }
        Optional<List<String>> ids = assignment.value().asRevisionIds();
        if (ids.isPresent()) {
            return ids.get();
        }
        problems.add(MigrationProblem.warning(Kind.UNRESOLVED_VALUE, name + " = " + describe(assignment.value())
                + " is not a literal; it is left out of the graph (Signalbox does not run Python)", file, assignment.line()));
        return List.of();
    }

    private static String describe(PythonValue value) {
        return value instanceof PythonValue.Expression e ? e.text() : value.toString();
    }

    /** Alembic's {@code _legacy_rev}: {@code ([a-f0-9]+)\.py$} matched from the start of the name. */
    static String legacyId(String fileName) {
        if (!fileName.endsWith(".py")) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - 3);
        if (stem.isEmpty()) {
            return null;
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return stem;
    }

    private record Assignment(PythonValue value, int line) {
    }

    /** NAME [: annotation] = [NAME =]* value, at module level. Later assignments replace earlier ones. */
    private static void assignment(List<Token> tokens, int[] range, Map<String, Assignment> into) {
        int start = range[0];
        int end = range[1];
        Token name = tokens.get(start);
        if (name.kind() != PythonTokens.Kind.NAME) {
            return;
        }
        List<String> targets = new ArrayList<>();
        int i = start;
        int valueStart = -1;
        if (i + 1 < end && tokens.get(i + 1).isOp(":")) {
            int eq = topLevel(tokens, i + 2, end, "=");
            if (eq < 0) {
                return;
            }
            targets.add(name.text());
            valueStart = eq + 1;
        } else {
            while (i + 1 < end && tokens.get(i).kind() == PythonTokens.Kind.NAME && tokens.get(i + 1).isOp("=")) {
                targets.add(tokens.get(i).text());
                i += 2;
                valueStart = i;
            }
        }
        if (targets.isEmpty() || valueStart >= end) {
            return;
        }
        PythonValue value = PythonValue.parse(tokens, valueStart, end);
        for (String target : targets) {
            into.put(target, new Assignment(value, tokens.get(valueStart).line()));
        }
    }

    private static int topLevel(List<Token> tokens, int from, int to, String op) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.isOp(op)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allStrings(List<Token> tokens, int[] range) {
        for (int k = range[0]; k < range[1]; k++) {
            Token t = tokens.get(k);
            if (t.kind() != PythonTokens.Kind.STRING || t.formatted()) {
                return false;
            }
        }
        return true;
    }

    /** [start, end) token ranges of logical lines, NEWLINE excluded. */
    private static List<int[]> logicalLines(List<Token> tokens) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PythonTokens.Kind kind = tokens.get(i).kind();
            if (kind == PythonTokens.Kind.NEWLINE || kind == PythonTokens.Kind.END) {
                if (i > start) {
                    lines.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private record Block(int indent, boolean autocommit, String batchTable) {
    }

    /** Every call in the body lines, outer calls before the calls nested in their arguments. */
    private static List<PythonCall> calls(List<Token> tokens, List<int[]> body) {
        List<PythonCall> calls = new ArrayList<>();
        Deque<Block> blocks = new ArrayDeque<>();
        for (int[] range : body) {
            Token head = tokens.get(range[0]);
            while (!blocks.isEmpty() && blocks.peek().indent() >= head.indent()) {
                blocks.pop();
            }
            boolean autocommit = blocks.stream().anyMatch(Block::autocommit);
            String batchTable = blocks.stream().map(Block::batchTable).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            int before = calls.size();
            Map<Integer, String> callClosingAt = new java.util.HashMap<>();
            for (int i = range[0]; i < range[1]; i++) {
                Token t = tokens.get(i);
                if (t.kind() != PythonTokens.Kind.NAME) {
                    continue;
                }
                String chainedOn = null;
                if (i > range[0] && tokens.get(i - 1).isOp(".")) {
                    // a call on a call's result, as in op.get_bind().execute(text("...")): named "op.get_bind().execute"
                    chainedOn = i > range[0] + 1 && tokens.get(i - 2).isOp(")") ? callClosingAt.get(i - 2) : null;
                    if (chainedOn == null) {
                        continue;
                    }
                }
                StringBuilder dotted = new StringBuilder(chainedOn == null ? t.text() : chainedOn + "()." + t.text());
                int j = i + 1;
                while (j + 1 < range[1] && tokens.get(j).isOp(".") && tokens.get(j + 1).kind() == PythonTokens.Kind.NAME) {
                    dotted.append('.').append(tokens.get(j + 1).text());
                    j += 2;
                }
                if (j < range[1] && tokens.get(j).isOp("(")) {
                    int close = matching(tokens, j, range[1]);
                    calls.add(call(tokens, dotted.toString(), t.line(), i, j, close, autocommit, batchTable));
                    callClosingAt.put(close, dotted.toString());
                }
            }
            if (head.isName("with")) {
                boolean opens = false;
                String table = null;
                for (int k = range[0]; k < range[1]; k++) {
                    if (tokens.get(k).isName("autocommit_block")) {
                        opens = true;
                    }
                }
                for (int k = before; k < calls.size(); k++) {
                    PythonCall c = calls.get(k);
                    if (c.method().equals("batch_alter_table")) {
                        table = c.stringArg(0, "table_name");
                    }
                }
                blocks.push(new Block(head.indent(), opens, table));
            }
        }
        return calls;
    }

    private static int matching(List<Token> tokens, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return limit;
    }

    private static PythonCall call(List<Token> tokens, String name, int line, int from, int open, int close,
                                   boolean autocommit, String batchTable) {
        List<PythonValue> positional = new ArrayList<>();
        Map<String, PythonValue> keywords = new LinkedHashMap<>();
        List<PythonCall.SourceString> sqlStrings = null;
        int argStart = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close; i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            boolean atEnd = i == close;
            if (!atEnd && t != null) {
                if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                    depth++;
                    continue;
                } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                    depth--;
                    continue;
                } else if (!(depth == 0 && t.isOp(","))) {
                    continue;
                }
            }
            if (i > argStart) {
                Token first = tokens.get(argStart);
                if (first.kind() == PythonTokens.Kind.NAME && argStart + 1 < i && tokens.get(argStart + 1).isOp("=")) {
                    keywords.put(first.text(), PythonValue.parse(tokens, argStart + 2, i));
                    if (sqlStrings == null && (first.text().equals("sqltext") || first.text().equals("statement"))) {
                        sqlStrings = stringRun(tokens, argStart + 2, i);
                    }
                } else if (!first.isOp("*") && !first.isOp("**")) {
                    if (positional.isEmpty() && sqlStrings == null) {
                        sqlStrings = stringRun(tokens, argStart, i);
                    }
                    positional.add(PythonValue.parse(tokens, argStart, i));
                }
            }
            argStart = i + 1;
        }
        return new PythonCall(name, line, from, Math.min(close + 1, tokens.size()), List.copyOf(positional),
                Map.copyOf(keywords), autocommit, batchTable, sqlStrings == null ? List.of() : sqlStrings);
    }

    /**
     * The SQL of an argument written as adjacent string literals ("..." "...") or as {@code [sa.]text("...")};
     * empty for anything else (a SQLAlchemy construct's strings are values, not SQL).
     */
    private static List<PythonCall.SourceString> stringRun(List<Token> tokens, int from, int to) {
        int start = from;
        if (start < to && tokens.get(start).kind() != PythonTokens.Kind.STRING) {
            while (start + 1 < to && tokens.get(start).kind() == PythonTokens.Kind.NAME && tokens.get(start + 1).isOp(".")) {
                start += 2;
            }
            if (!(start + 2 < to && tokens.get(start).isName("text") && tokens.get(start + 1).isOp("("))) {
                return List.of();
            }
            start += 2;
        }
        List<PythonCall.SourceString> run = new ArrayList<>();
        for (int i = start; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == PythonTokens.Kind.STRING) {
                run.add(new PythonCall.SourceString(t.text(), t.line()));
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return List.copyOf(run);
    }

    /** The docstring: message (first paragraph), Create Date, and the header Alembic's template writes. */
    record DocHeader(String message, String createDate, String revisionId, List<String> revises) {
        static DocHeader of(String docstring) {
            if (docstring == null) {
                return new DocHeader("", null, null, null);
            }
            String longdoc = docstring.strip();
            int para = longdoc.indexOf("\n\n");
            String message = para < 0 ? longdoc : longdoc.substring(0, para);
            String createDate = null;
            String revisionId = null;
            List<String> revises = null;
            for (String raw : longdoc.split("\n")) {
                String line = raw.strip();
                if (line.startsWith("Create Date:")) {
                    createDate = line.substring("Create Date:".length()).strip();
                } else if (line.startsWith("Revision ID:")) {
                    String id = line.substring("Revision ID:".length()).strip();
                    revisionId = id.isEmpty() ? null : id;
                } else if (line.startsWith("Revises:")) {
                    revises = revisesList(line.substring("Revises:".length()).strip());
                }
            }
            return new DocHeader(message, createDate, revisionId, revises);
        }

        /** {@code Revises: a, b} (current template), {@code ('a', 'b')} (older tuple repr), empty or None for a base. */
        private static List<String> revisesList(String text) {
            if (text.isEmpty() || text.equals("None")) {
                return List.of();
            }
            if (text.startsWith("(") || text.startsWith("[") || text.startsWith("'") || text.startsWith("\"")) {
                List<Token> tokens = PythonTokens.tokenize(text);
                int end = tokens.size();
                while (end > 0 && (tokens.get(end - 1).kind() == PythonTokens.Kind.END
                        || tokens.get(end - 1).kind() == PythonTokens.Kind.NEWLINE)) {
                    end--;
                }
                Optional<List<String>> ids = PythonValue.parse(tokens, 0, end).asRevisionIds();
                if (ids.isPresent()) {
                    return ids.get();
                }
            }
            List<String> ids = new ArrayList<>();
            for (String part : text.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    ids.add(part);
                }
            }
            return List.copyOf(ids);
        }
    }
}
