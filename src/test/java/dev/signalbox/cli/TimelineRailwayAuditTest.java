package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.SimulatedRailway;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signalbox timeline} with Railway's own audit trail: a colleague's change made with their own token appears
 * as "by them (Railway)", apart from this console's audit records; against the simulator over HTTP.
 */
class TimelineRailwayAuditTest {
    private static final String COLLEAGUES_VALUE = "colleague-typed-this-value-0123456789";

    @TempDir
    Path home;

    // The simulator's clock is manual (2025-06-02), the console's is real: a window wide enough for both.
    private final SimulatedRailway railway = new SimulatedRailway();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void isolateHome() {
        System.setProperty("signalbox.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("signalbox.home");
        railway.close();
    }

    private Path profile(String token, String kind) throws Exception {
        Path tokenFile = home.resolve("token-" + kind);
        Files.writeString(tokenFile, token + "\n");
        Path file = home.resolve("facteur-" + kind + ".json");
        Files.writeString(file, """
                {"name": "facteur", "environment": "staging",
                 "railway": {"endpoint": "%s", "token": "file:%s", "tokenKind": "%s",
                             "projectId": "%s", "environmentId": "%s", "serviceId": "%s"},
                 "toggles": [{"name": "MAINTENANCE_MODE", "kind": "maintenance", "onValue": "true", "offValue": "false"}]}
                """.formatted(railway.simulator.endpoint(), tokenFile, kind, railway.seeded.projectId(),
                railway.seeded.environmentId(), railway.seeded.serviceId()));
        return file;
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A colleague, with their own account token, sets a variable through Railway's API (as the dashboard or CLI would). */
    private void colleagueSetsAVariable() throws Exception {
        Path tokenFile = home.resolve("alice-token");
        Files.writeString(tokenFile, railway.simulator.issueAccountToken("alice@example.com") + "\n");
        Profile.RailwaySettings alice = new Profile.RailwaySettings(railway.simulator.endpoint(), "file:" + tokenFile,
                Profile.TokenKind.ACCOUNT, railway.seeded.projectId(), railway.seeded.environmentId(), railway.seeded.serviceId(), null);
        RailwayClient.forProfile(alice).upsertVariable(RailwayTarget.of(alice), "FEATURE_X", Secret.of(COLLEAGUES_VALUE, "test"), true);
    }

    @Test
    void aColleaguesChangeJoinsTheTimelineMarkedAsRailwaysApartFromOurOwnRecords() throws Exception {
        Path file = profile(railway.seeded.accountToken(), "account");
        colleagueSetsAVariable();
        assertThat(run("railway", "set", "MAINTENANCE_MODE", "true", "--skip-deploy", "--yes", "--profile", file.toString())).as(out + "" + err)
                .isEqualTo(ExitCode.OK);

        assertThat(run("timeline", "--profile", file.toString(), "--since", "1000d", "--json")).as(err.toString()).isEqualTo(ExitCode.OK);
        JsonNode events = Json.mapper().readTree(out.toString());
        List<String> railwayAudit = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("kind").asText().equals("RAILWAY_AUDIT")) {
                railwayAudit.add(event.path("text").asText());
            } else if (event.path("kind").asText().equals("OPERATOR")) {
                ours.add(event.path("text").asText());
            }
        }
        assertThat(railwayAudit).contains("variable.upserted FEATURE_X on api by alice@example.com (Railway)");
        // The console's own write is in both trails: once as its audit record, once as Railway saw it (this token's).
        assertThat(railwayAudit).contains("variable.upserted MAINTENANCE_MODE on api by api-token (Railway)");
        assertThat(ours).singleElement().satisfies(text -> assertThat(text).contains("MAINTENANCE_MODE").doesNotContain("(Railway)"));
        assertThat(out.toString()).doesNotContain(COLLEAGUES_VALUE);

        assertThat(run("timeline", "--profile", file.toString(), "--since", "1000d")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("RAILWAY_AUDIT").contains("by alice@example.com (Railway)");
    }

    @Test
    void aProjectTokenCannotReadTheAuditTrailAndTheTimelineSaysSoAndGoesOn() throws Exception {
        Path file = profile(railway.seeded.projectToken(), "project");
        colleagueSetsAVariable();
        assertThat(run("timeline", "--profile", file.toString(), "--since", "1000d", "--json")).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("Railway's audit trail").contains("a project token cannot read them");
        assertThat(out.toString()).doesNotContain("RAILWAY_AUDIT");
    }
}
