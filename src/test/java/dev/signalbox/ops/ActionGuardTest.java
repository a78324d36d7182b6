package dev.signalbox.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentFollower;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.SimulatedRailway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guarded Railway mutations against the simulator over HTTP: toggles, read-back, refusal, confirmation, audit. */
class ActionGuardTest {
    private static final Profile.ToggleVariable BYPASS =
            new Profile.ToggleVariable("FACTEUR_MIGRATION_IN_PROGRESS", Profile.ToggleKind.BYPASS, "1", null, null);
    private static final Profile.ToggleVariable MAINTENANCE =
            new Profile.ToggleVariable("MAINTENANCE_MODE", Profile.ToggleKind.MAINTENANCE, "true", "false", null);
    private static final String DB_PASSWORD = "s3cr3t-db-password";

    @TempDir
    Path state;

    private final SimulatedRailway railway = new SimulatedRailway();
    private final RailwayClient client = railway.projectClient();
    private final List<Confirmation.Request> asked = new ArrayList<>();

    @AfterEach
    void close() {
        railway.close();
    }

    private Profile profile(String environment, boolean readOnly) {
        return new Profile("facteur-api", environment, null, readOnly, null, null, null, null, List.of(BYPASS, MAINTENANCE),
                List.of(new Profile.RequiredVariable("ENVIRONMENT", null, null, false, null)), null);
    }

    private AuditLog audit() {
        return new AuditLog(state.resolve("audit.jsonl"));
    }

    private ActionGuard guard(Profile profile, Confirmation.Answer answer) {
        return new ActionGuard(OpsContext.of(profile, false), request -> {
            asked.add(request);
            return answer;
        }, audit(), railway.simulator.clock());
    }

    private RailwayActions actions(Profile profile) {
        return new RailwayActions(client, railway.target(), profile);
    }

    private int deploymentCount() {
        return railway.simulator.deploymentIds(railway.seeded.environmentId(), railway.seeded.serviceId()).size();
    }

    private Map<String, String> variablesOnRailway() {
        return railway.simulator.variables(railway.seeded.environmentId(), railway.seeded.serviceId());
    }

    @Test
    void aBypassToggleGoesOnWithoutADeployAndOffByDeleteWhichDeploys() throws Exception {
        Profile staging = profile("staging", false);
        ActionGuard guard = guard(staging, Confirmation.Answer.yes());
        int deployments = deploymentCount();

        ActionOutcome<VariableChange> on = guard.run(actions(staging).toggleOn(BYPASS, true));
        assertThat(on.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(on.message()).contains("(read back)", "No deployment was started", "until a new deployment is live");
        assertThat(variablesOnRailway()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "1");
        assertThat(deploymentCount()).isEqualTo(deployments);
        assertThat(on.result().previous()).isEmpty();
        assertThat(on.record().before()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "(absent)");
        assertThat(on.record().after()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "1");
        assertThat(asked.get(0).consequences()).anyMatch(c -> c.contains("No deployment is started"));
        assertThat(asked.get(0).requiredText()).isNull();

        ActionOutcome<VariableChange> off = guard.run(actions(staging).toggleOff(BYPASS, RailwayActions.OffMode.DELETE));
        assertThat(off.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(off.result().deployTriggered()).isTrue();
        assertThat(variablesOnRailway()).doesNotContainKey("FACTEUR_MIGRATION_IN_PROGRESS");
        assertThat(deploymentCount()).isEqualTo(deployments + 1);
        String deployed = railway.simulator.deploymentIds(railway.seeded.environmentId(), railway.seeded.serviceId()).get(0);
        assertThat(railway.simulator.deploymentVariables(deployed)).doesNotContainKey("FACTEUR_MIGRATION_IN_PROGRESS");
    }

    @Test
    void aMaintenanceToggleGoesOffByItsOffValueWithoutADeployAndCanBeRestored() throws Exception {
        Profile staging = profile("staging", false);
        ActionGuard guard = guard(staging, Confirmation.Answer.yes());
        railway.simulator.putVariable(railway.seeded.environmentId(), railway.seeded.serviceId(), "MAINTENANCE_MODE", "true");
        int deployments = deploymentCount();

        ActionOutcome<VariableChange> off = guard.run(actions(staging).toggleOff(MAINTENANCE, RailwayActions.OffMode.OFF_VALUE_SKIP_DEPLOY));
        assertThat(off.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(variablesOnRailway()).containsEntry("MAINTENANCE_MODE", "false");
        assertThat(deploymentCount()).isEqualTo(deployments);
        assertThat(off.result().previous()).map(Secret::reveal).contains("true");

        ActionOutcome<VariableChange> restored = guard.run(actions(staging).restore(off.result(), true));
        assertThat(restored.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(variablesOnRailway()).containsEntry("MAINTENANCE_MODE", "true");
    }

    @Test
    void aReadBackThatDiffersIsAFailedActionAndAuditedAsSuch() throws Exception {
        Profile staging = profile("staging", false);
        railway.simulator.raceNextVariableWrite("FACTEUR_MIGRATION_IN_PROGRESS", "0");
        ActionOutcome<VariableChange> on = guard(staging, Confirmation.Answer.yes()).run(actions(staging).toggleOn(BYPASS, true));
        assertThat(on.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(on.message()).startsWith("Verification failed").contains("reads back \"0\" instead of \"1\"");
        AuditRecord record = audit().read().records().get(0);
        assertThat(record.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.after()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "0");
    }

    @Test
    void readOnlyModeRefusesWithoutAskingOrCallingRailway() throws Exception {
        Profile readOnly = profile("staging", true);
        ActionOutcome<Deployment> outcome = guard(readOnly, Confirmation.Answer.yes()).run(actions(readOnly).redeploy());
        assertThat(outcome.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(outcome.message()).contains("read-only");
        assertThat(asked).isEmpty();
        assertThat(railway.simulator.mutationCount()).isZero();
        assertThat(audit().read().records()).extracting(AuditRecord::outcome).containsExactly(Outcome.REFUSED);
    }

    @Test
    void productionNeedsTheEnvironmentNameTypedExactly() throws Exception {
        Profile production = profile("production", false);
        int deployments = deploymentCount();

        ActionOutcome<Deployment> sloppy = guard(production, Confirmation.Answer.typed("prod")).run(actions(production).redeploy());
        assertThat(sloppy.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(asked.get(0).requiredText()).isEqualTo("production");
        assertThat(asked.get(0).prompt()).contains("PRODUCTION", "Type the environment name (production)");
        ActionOutcome<Deployment> declined = guard(production, Confirmation.Answer.no()).run(actions(production).redeploy());
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(deploymentCount()).isEqualTo(deployments);
        assertThat(railway.simulator.mutationCount()).isZero();

        ActionOutcome<Deployment> typed = guard(production, Confirmation.Answer.typed("production")).run(actions(production).redeploy());
        assertThat(typed.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(deploymentCount()).isEqualTo(deployments + 1);
        assertThat(audit().read().records()).extracting(AuditRecord::outcome)
                .containsExactly(Outcome.REFUSED, Outcome.DECLINED, Outcome.SUCCEEDED);
    }

    @Test
    void aRedeployIsFollowedToItsEndAndTheBypassEndsTheStartUpDeathLoop() throws Exception {
        // Incident 4: start-up crashes while migrations are pending, unless the bypass variable is set.
        railway.runner.crashWhen(context -> !context.variables().containsKey("FACTEUR_MIGRATION_IN_PROGRESS"),
                "RuntimeError: database is not at head (pending migrations); refusing to start");
        Profile staging = profile("staging", false);
        ActionGuard guard = guard(staging, Confirmation.Answer.yes());
        DeploymentFollower follower = new DeploymentFollower(client, railway.pacer, railway.simulator.clock());

        ActionOutcome<Deployment> redeploy = guard.run(actions(staging).redeploy());
        assertThat(redeploy.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(follower.follow(redeploy.result().id(), DeploymentFollower.Budget.HOBBY, d -> { }).deployment().status())
                .isEqualTo(DeploymentStatus.CRASHED);

        ActionOutcome<VariableChange> bypass = guard.run(actions(staging).toggleOn(BYPASS, false));
        assertThat(bypass.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(bypass.result().deployTriggered()).isTrue();
        String deployment = client.latestDeployment(railway.target()).orElseThrow().id();
        DeploymentFollower.Result result = follower.follow(deployment, DeploymentFollower.Budget.HOBBY, d -> { });
        assertThat(result.deployment().status()).isEqualTo(DeploymentStatus.SUCCESS);
        assertThat(railway.runner.started().get(railway.runner.started().size() - 1).variables())
                .containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "1");
    }

    @Test
    void theAuditLogRecordsWhoWhatAndHowItEndedButNeverASecret() throws Exception {
        Profile staging = profile("staging", false);
        ActionGuard guard = guard(staging, Confirmation.Answer.yes());
        String newSecret = "n3w-S3cret-Key-0123456789abcdefghijkl";
        ActionOutcome<VariableChange> set = guard.run(actions(staging).setVariable("SECRET_KEY", Secret.of(newSecret), true));
        assertThat(set.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(set.message()).doesNotContain(newSecret);
        guard.run(actions(staging).setVariable("DATABASE_URL",
                Secret.of("postgresql://postgres:" + DB_PASSWORD + "@db.proxy.rlwy.net:5432/railway?sslmode=require"), true));
        guard.run(actions(staging).setVariable("ENVIRONMENT", Secret.of("staging"), true));

        String text = Files.readString(audit().file());
        assertThat(text).doesNotContain(newSecret).doesNotContain("k7Qe9v").doesNotContain(DB_PASSWORD).doesNotContain("rlwy.net");
        AuditLog.Entries entries = audit().read();
        assertThat(entries.problems()).isEmpty();
        assertThat(entries.records()).hasSize(3);
        AuditRecord first = entries.records().get(0);
        assertThat(first.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(first.profile()).isEqualTo("facteur-api");
        assertThat(first.environment()).isEqualTo("staging");
        assertThat(first.action()).isEqualTo("railway.variable.set");
        assertThat(first.target()).endsWith(": SECRET_KEY");
        assertThat(first.time()).isEqualTo(railway.simulator.clock().instant());
        // Masked, and without the length: a length narrows a guess and helps nobody reading the log.
        assertThat(first.before()).containsEntry("SECRET_KEY", "****");
        assertThat(first.after()).containsEntry("SECRET_KEY", "****");
        assertThat(text).doesNotContain("chars").doesNotContain("characters");
        // A variable the profile marks as not secret is recorded in clear, so the log can say what changed.
        assertThat(entries.records().get(2).before()).containsEntry("ENVIRONMENT", "production");
        assertThat(entries.records().get(2).after()).containsEntry("ENVIRONMENT", "staging");
        assertThat(audit().latest(1)).extracting(AuditRecord::target).allMatch(t -> t.endsWith(": ENVIRONMENT"));
    }

    @Test
    void aFailedActionIsAuditedWithRailwaysReason() throws Exception {
        Profile staging = profile("staging", false);
        RailwayActions wrongToken = new RailwayActions(railway.client(Profile.TokenKind.ACCOUNT, railway.seeded.projectToken()),
                railway.target(), staging);
        ActionOutcome<VariableChange> outcome = guard(staging, Confirmation.Answer.yes()).run(wrongToken.toggleOn(BYPASS, true));
        assertThat(outcome.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(outcome.message()).contains("Could not read the current state", "Not Authorized");
        assertThat(asked).as("nothing to confirm when the state cannot be read").isEmpty();
        assertThat(audit().read().records().get(0).message()).contains("Not Authorized").doesNotContain(railway.seeded.projectToken());
        assertThat(Optional.ofNullable(outcome.result())).isEmpty();
    }

    @Test
    void aGatewayErrorAfterRailwayAppliedTheWriteIsReadBackAndRecordedAsSucceeded() throws Exception {
        Profile staging = profile("staging", false);
        railway.simulator.applyThenFailNextMutations(1, 502);

        ActionOutcome<VariableChange> on = guard(staging, Confirmation.Answer.yes()).run(actions(staging).toggleOn(BYPASS, true));

        assertThat(variablesOnRailway()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "1");
        assertThat(on.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(on.message()).contains("Applied despite the error", "(read back)", "HTTP 502");
        AuditRecord record = audit().read().records().get(0);
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(record.after()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "1");
        assertThat(railway.simulator.mutationCount()).as("performed once, never re-sent").isEqualTo(1);
    }

    @Test
    void aGatewayErrorBeforeRailwayAppliedTheWriteIsReadBackAndRecordedAsFailed() throws Exception {
        Profile staging = profile("staging", false);
        railway.simulator.failNextMutations(1, 503);

        ActionOutcome<VariableChange> on = guard(staging, Confirmation.Answer.yes()).run(actions(staging).toggleOn(BYPASS, true));

        assertThat(variablesOnRailway()).doesNotContainKey("FACTEUR_MIGRATION_IN_PROGRESS");
        assertThat(on.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(on.message()).contains("Not applied (read back after the error)", "absent", "HTTP 503");
        assertThat(audit().read().records().get(0).after()).containsEntry("FACTEUR_MIGRATION_IN_PROGRESS", "(absent)");
    }

    @Test
    void aRedeployAnsweredWithAGatewayErrorIsFoundByReadingTheLatestDeployment() throws Exception {
        Profile staging = profile("staging", false);
        int deployments = deploymentCount();
        railway.simulator.applyThenFailNextMutations(1, 502);

        ActionOutcome<Deployment> redeploy = guard(staging, Confirmation.Answer.yes()).run(actions(staging).redeploy());

        assertThat(deploymentCount()).isEqualTo(deployments + 1);
        assertThat(redeploy.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(redeploy.result().id()).isEqualTo(client.latestDeployment(railway.target()).orElseThrow().id());
    }

    @Test
    void aGatewayErrorWhoseReadBackAlsoFailsIsUnverified() throws Exception {
        Profile staging = profile("staging", false);
        railway.simulator.applyThenFailNextMutations(1, 502);
        // Every read after the write fails too (a Railway incident): nothing can be said.
        RailwayActions actions = new RailwayActions(client, railway.target(), staging);
        GuardedAction<VariableChange> write = actions.toggleOn(BYPASS, true);
        GuardedAction<VariableChange> blindAfterWrite = new GuardedAction<>() {
            public String action() { return write.action(); }
            public String target() { return write.target(); }
            public String summary() { return write.summary(); }
            public AuditState before() throws Exception { return write.before(); }
            public VariableChange perform() throws Exception {
                try {
                    return write.perform();
                } finally {
                    railway.simulator.failNextRequests(100, 502);
                }
            }
            public Verification verify(VariableChange result) throws Exception { return write.verify(result); }
            public java.util.Optional<VariableChange> resultIfApplied() throws Exception { return write.resultIfApplied(); }
        };

        ActionOutcome<VariableChange> outcome = guard(staging, Confirmation.Answer.yes()).run(blindAfterWrite);
        railway.simulator.failNextRequests(0, 502);

        assertThat(outcome.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(outcome.message()).contains("Outcome unknown", "HTTP 502", "reading it back failed too");
    }
}
