package dev.signalbox.ui.audit;

import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.Secret;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.AuditState;
import dev.signalbox.ops.Outcome;
import java.time.Instant;
import java.util.Map;

/**
 * Writes a believable recovery (incident 4) into the audit log of {@code SIGNALBOX_HOME}, through the real
 * {@link AuditLog}, so the audit view's screenshots show something. Only for docs/screenshots:
 * {@code SIGNALBOX_HOME=... java -cp "target/test-classes:target/classes:target/lib/*" dev.signalbox.ui.audit.AuditScreenshotData}
 */
public final class AuditScreenshotData {
    private AuditScreenshotData() {
    }

    public static void main(String[] args) throws Exception {
        AuditLog log = new AuditLog(PlatformDirs.detect().auditLog());
        Instant start = Instant.now().minusSeconds(40 * 60);
        String bypass = "FACTEUR_MIGRATION_IN_PROGRESS";
        write(log, start, "railway.variable.set", bypass, "Set " + bypass + " = 1 (bypass the start-up head check)",
                Map.of(bypass, "(absent)"), Map.of(bypass, "1"), Outcome.SUCCEEDED, "Read back: " + bypass + " = 1");
        write(log, start.plusSeconds(60), "railway.redeploy", "deployment 6f1c2a", "Redeploy the latest deployment",
                Map.of("status", "CRASHED"), Map.of("status", "FAILED"), Outcome.FAILED,
                "Verification failed: the new deployment FAILED (ConnectionRefusedError: could not connect to the database)");
        write(log, start.plusSeconds(300), "railway.redeploy", "deployment 6f1c2a", "Redeploy the latest deployment",
                Map.of("status", "FAILED"), Map.of(), Outcome.REFUSED,
                "Refused: production is production, and the environment name was not typed exactly; nothing was changed.");
        write(log, start.plusSeconds(420), "railway.redeploy", "deployment 6f1c2a", "Redeploy the latest deployment",
                Map.of("status", "FAILED"), Map.of("status", "SUCCESS"), Outcome.SUCCEEDED, "Deployment 8a2d91 is SUCCESS");
        write(log, start.plusSeconds(900), "database.cancel", "pid 48213", "Cancel the query blocking the migration",
                Map.of("state", "active", "waiting", "ALTER TABLE user_personalization ..."), Map.of(), Outcome.DECLINED,
                "Not confirmed; nothing was changed.");
        write(log, start.plusSeconds(1200), "railway.variable.set", "SECRET_KEY", "Rotate SECRET_KEY",
                AuditState.builder().secret("SECRET_KEY", Secret.of("x".repeat(24))).build().values(),
                AuditState.builder().secret("SECRET_KEY", Secret.of("y".repeat(48))).build().values(), Outcome.UNVERIFIED,
                "Done, but the read-back failed, so it is not verified: Railway answered 502");
        write(log, start.plusSeconds(1500), "railway.variable.delete", bypass, "Unset " + bypass,
                Map.of(bypass, "1"), Map.of(bypass, "(absent)"), Outcome.SUCCEEDED, "Read back: " + bypass + " is absent");
        System.out.println("wrote 7 records to " + log.file());
    }

    private static void write(AuditLog log, Instant time, String action, String target, String summary, Map<String, String> before,
                              Map<String, String> after, Outcome outcome, String message) throws Exception {
        log.append(new AuditRecord(time, "oncall", "sandbox", "production", action, target, summary, before, after, outcome, message));
    }
}
