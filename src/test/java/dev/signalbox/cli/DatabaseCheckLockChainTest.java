package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code signalbox check} on incident 2 (the blocked-migration sandbox) names the whole lock chain. */
class DatabaseCheckLockChainTest {

    @Test
    void theCheckNamesWhatWaitsForWhichLockOnWhichRelationRunningWhat() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { })) {
            CheckReport.Builder report = new CheckReport.Builder(sandbox.profile().profile().name());
            new DatabaseCheck(AppContext.lazy().withEnvironment(Map.of())).addTo(report, sandbox.profile());
            CheckReport.Item database = report.build().items().get(0);
            List<String> locks = database.details().stream().filter(line -> line.startsWith("lock: ")).toList();

            assertThat(database.status()).isEqualTo(CheckReport.Status.ATTENTION);
            assertThat(locks).hasSize(3);
            assertThat(locks.get(0)).matches("lock: pid \\d+ \\(facteur-api\\), idle in transaction.*holds ACCESS SHARE on"
                    + " public.user_personalization and waits for nothing: SELECT id FROM user_personalization LIMIT 1");
            assertThat(locks.get(1)).matches("lock: pid \\d+ \\(alembic\\) waits for ACCESS EXCLUSIVE on public.user_personalization"
                    + " behind pid \\d+.*: ALTER TABLE user_personalization DROP CONSTRAINT user_personalization_user_id_fkey");
            assertThat(locks.get(2)).matches("lock: pid \\d+ \\(facteur-api\\) is queued for ACCESS SHARE on"
                    + " public.user_personalization behind pid \\d+'s pending request.*: SELECT count\\(\\*\\) FROM user_personalization");
        }
    }
}
