package dev.signalbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.common.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project sandbox: six members, staging healthy, production's worker crashed for want of DATABASE_URL. */
class ProjectSandboxTest {

    @Test
    void checkOfTheProjectSandboxFindsTheIncidentInProductionOnly() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long railwayRequests;
        int exit;
        try (ProjectSandbox running = ProjectSandbox.start(line -> { })) {
            long before = running.railway().requestCount();
            exit = Signalbox.run(new String[] {"check", "--profile", running.projectFile().toString(), "--json"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            railwayRequests = running.railway().requestCount() - before;
        }
        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.ATTENTION);
        // Six members, one token: one status request, one deploy-settings request, one for the first log lines of
        // the successful deployments, two for the logs of the crashed one. Read member by member it was about 40.
        assertThat(railwayRequests).isEqualTo(5);
        assertThat(notes(out.toString())).anyMatch(note -> note.matches("Railway API \\(facteur-api, .*\\): \\d+ of 1000 requests left this hour.*"));
        JsonNode report = Json.mapper().readTree(out.toString());
        Map<String, String> statuses = new LinkedHashMap<>();
        report.path("members").forEach(m -> statuses.put(m.path("profile").asText(), m.path("status").asText()));
        assertThat(statuses).containsOnlyKeys("facteur-api", "facteur-api-staging", "facteur-worker", "facteur-worker-staging",
                "facteur-frontend", "facteur-frontend-staging");
        assertThat(statuses).containsEntry("facteur-api-staging", "OK").containsEntry("facteur-worker-staging", "OK")
                .containsEntry("facteur-frontend-staging", "OK").containsEntry("facteur-api", "OK");
        assertThat(statuses.get("facteur-worker")).isNotEqualTo("OK");
        JsonNode worker = null;
        for (JsonNode member : report.path("members")) {
            if (member.path("profile").asText().equals("facteur-worker")) {
                worker = member;
            }
        }
        assertThat(worker.toString()).contains("CRASHED").contains("DATABASE_URL");
        assertThat(report.path("findings").toString()).contains("VARIABLES_MISSING_IN_PRODUCTION")
                .contains("set in facteur-worker-staging but not in facteur-worker: DATABASE_URL");
        List<String> shared = new java.util.ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("kind").asText().equals("SHARED_VARIABLE_DIFFERS")) {
                shared.add(f.path("members").toString() + " " + f.path("summary").asText());
            }
        });
        assertThat(shared).containsExactly("[\"facteur-frontend\",\"facteur-api\"] NEXTAUTH_SECRET differs between"
                + " facteur-frontend and facteur-api (compared by salted fingerprint; values are never shown)");
    }

    private static List<String> notes(String json) throws Exception {
        List<String> notes = new java.util.ArrayList<>();
        Json.mapper().readTree(json).path("notes").forEach(note -> notes.add(note.asText()));
        return notes;
    }
}
