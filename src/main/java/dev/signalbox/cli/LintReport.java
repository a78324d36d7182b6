package dev.signalbox.cli;

import dev.signalbox.common.Version;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.LintRule;
import dev.signalbox.migrations.LintSettings;
import dev.signalbox.migrations.MigrationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code signalbox migrations lint} output in the four formats: text for people, JSON (docs/cli-json.md), SARIF 2.1.0
 * for code-scanning uploads, and GitHub workflow commands ({@code ::error file=...,line=...::...}) that become
 * annotations on the pull request's diff.
 *
 * @param findings  every finding, ignored ones included (they are shown with their reason and never fail)
 * @param revisions how many revisions were linted (after --changed-since)
 * @param base      paths are printed relative to this directory (the repository root in CI) when under it
 */
record LintReport(List<LintFinding> findings, List<MigrationProblem> problems, int revisions, LintSettings settings, Path base) {

    enum Format { TEXT, JSON, SARIF, GITHUB }

    /** --fail-on: the least severe finding that makes the exit code 1. */
    enum FailOn { ERROR, WARNING, NONE }

    long count(LintRule.Severity severity) {
        return findings.stream().filter(f -> f.active() && f.severity() == severity).count();
    }

    long ignored() {
        return findings.stream().filter(f -> !f.active()).count();
    }

    boolean fails(FailOn failOn) {
        return switch (failOn) {
            case ERROR -> count(LintRule.Severity.ERROR) > 0;
            case WARNING -> count(LintRule.Severity.ERROR) + count(LintRule.Severity.WARNING) > 0;
            case NONE -> false;
        };
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case TEXT -> text(out);
            case JSON -> {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("lint", findings.stream().map(MigrationReport.LintItem::of).toList());
                result.put("problems", problems.stream().map(MigrationReport.ProblemItem::of).toList());
                result.put("revisions", revisions);
                result.put("settings", settingsItem());
                Output.json(out, result);
            }
            case SARIF -> Output.json(out, sarif());
            case GITHUB -> github(out);
        }
        out.flush();
    }

    private Map<String, Object> settingsItem() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", settings.source() == null ? null : settings.source().toString());
        s.put("disabled", settings.disabled().stream().sorted().toList());
        s.put("postgresVersion", settings.postgresVersion());
        s.put("assumeInTransaction", settings.assumeInTransaction());
        return s;
    }

    private void text(PrintWriter out) {
        for (LintFinding f : findings) {
            out.println(f.toText());
        }
        out.println(count(LintRule.Severity.ERROR) + " error(s), " + count(LintRule.Severity.WARNING) + " warning(s), "
                + ignored() + " ignored in " + revisions + " revision(s)"
                + (settings.source() == null ? "" : " (settings: " + settings.source() + ")"));
    }

    // ---- GitHub workflow commands ------------------------------------------------------------------------------

    private void github(PrintWriter out) {
        for (LintFinding f : findings) {
            String level = !f.active() ? "notice" : f.severity() == LintRule.Severity.ERROR ? "error" : "warning";
            String title = f.active() ? f.rule() : f.rule() + " (ignored)";
            String message = f.active()
                    ? f.what() + "\nlock: " + f.lock() + "\nwhy: " + f.why() + "\ninstead: " + f.safePattern()
                    : f.what() + "\nignored: " + f.ignoredBecause();
            out.println("::" + level + " file=" + property(relative(f.file())) + ",line=" + Math.max(1, f.line())
                    + ",title=" + property(title) + "::" + data(message));
        }
        for (MigrationProblem p : problems) {
            String level = p.severity() == MigrationProblem.Severity.ERROR ? "error" : "warning";
            String where = p.file() == null ? "" : " file=" + property(relative(p.file())) + (p.line() > 0 ? ",line=" + p.line() : "");
            out.println("::" + level + where + "::" + data(p.message()));
        }
        out.println(count(LintRule.Severity.ERROR) + " error(s), " + count(LintRule.Severity.WARNING) + " warning(s), "
                + ignored() + " ignored in " + revisions + " revision(s)");
    }

    /** A workflow command's message: %, CR and LF escaped (GitHub's toolkit escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also ':' and ',' (GitHub's toolkit escapeProperty). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private String relative(Path file) {
        if (file == null) {
            return "";
        }
        Path absolute = real(file);
        Path root = real(base);
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    // ---- SARIF 2.1.0 -------------------------------------------------------------------------------------------

    private Map<String, Object> sarif() {
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (LintRule rule : LintRule.values()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(map(
                    "id", rule.id(),
                    "name", camel(rule.id()),
                    "shortDescription", map("text", rule.why()),
                    "fullDescription", map("text", rule.why() + ". Lock: " + rule.lock() + "."),
                    "help", map("text", "Instead: " + rule.safePattern(),
                            "markdown", "**Lock:** " + rule.lock() + "\n\n**Instead:** " + rule.safePattern()),
                    "defaultConfiguration", map("level", level(rule.severity()), "enabled", settings.enabled(rule)),
                    "properties", map("lock", rule.lock(), "tags", List.of("migration", "postgresql"))));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (LintFinding f : findings) {
            Map<String, Object> result = map(
                    "ruleId", f.rule(),
                    "ruleIndex", ruleIndex.getOrDefault(f.rule(), -1),
                    "level", level(f.severity()),
                    "message", map("text", f.what() + " (lock: " + f.lock() + "): " + f.why() + ". Instead: " + f.safePattern()),
                    "locations", List.of(map("physicalLocation", map(
                            "artifactLocation", map("uri", uri(f.file()), "uriBaseId", "SRCROOT"),
                            "region", map("startLine", Math.max(1, f.line()))))),
                    "partialFingerprints", map("signalboxRevisionRule/v1", f.revision() + ":" + f.rule() + ":" + f.line()),
                    "properties", map("revision", f.revision() == null ? "" : f.revision()));
            if (!f.active()) {
                result.put("suppressions", List.of(map("kind", "inSource", "justification", f.ignoredBecause())));
            }
            results.add(result);
        }
        Map<String, Object> run = map(
                "tool", map("driver", map(
                        "name", "signalbox",
                        "semanticVersion", semver(Version.current()),
                        "rules", rules)),
                "originalUriBaseIds", map("SRCROOT", map("uri", base.toAbsolutePath().normalize().toUri().toString())),
                "results", results,
                "columnKind", "unicodeCodePoints");
        return map("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", List.of(run));
    }

    private static String level(LintRule.Severity severity) {
        return severity == LintRule.Severity.ERROR ? "error" : "warning";
    }

    /** A relative URI reference under SRCROOT, percent-encoded as a URI path. */
    private String uri(Path file) {
        String relative = relative(file);
        if (relative.startsWith("/")) {
            return file.toAbsolutePath().normalize().toUri().toString();
        }
        StringBuilder encoded = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (!encoded.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    private static String semver(String version) {
        return version == null || version.isBlank() ? "0.0.0" : version;
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Format format(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static FailOn failOn(String value) {
        try {
            return FailOn.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
