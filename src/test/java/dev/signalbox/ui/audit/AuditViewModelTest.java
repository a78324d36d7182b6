package dev.signalbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering and before/after of the audit view model, without a window, on records read by the real {@link AuditLog}. */
class AuditViewModelTest {
    @TempDir
    Path folder;

    @Test
    void filtersCombineAndTextSearchesValuesToo() throws Exception {
        AuditLog log = new AuditLog(folder.resolve("audit.jsonl"));
        log.append(record("2025-03-01T10:00:00Z", "facteur-api", "railway.variable.set", Map.of("MAINTENANCE_MODE", "false"),
                Map.of("MAINTENANCE_MODE", "true"), Outcome.SUCCEEDED));
        log.append(record("2025-03-01T10:01:00Z", "facteur-api", "railway.redeploy", Map.of(), Map.of(), Outcome.UNVERIFIED));
        log.append(record("2025-03-01T10:02:00Z", "billing-api", "railway.redeploy", Map.of(), Map.of(), Outcome.DECLINED));
        AuditViewModel model = new AuditViewModel(log, ZoneOffset.UTC);
        model.show(log.read(), Instant.parse("2025-03-01T10:03:00Z"));

        assertThat(model.visibleRecords()).extracting(AuditRecord::profile).containsExactly("billing-api", "facteur-api", "facteur-api");
        assertThat(model.actions()).containsExactly(AuditViewModel.ALL_ACTIONS, "railway.redeploy", "railway.variable.set");
        assertThat(model.profiles()).containsExactly(AuditViewModel.ALL_PROFILES, "billing-api", "facteur-api");
        assertThat(model.statusProperty().get()).isEqualTo("3 record(s), read 10:03:00");

        model.actionProperty().set("railway.redeploy");
        model.profileProperty().set("facteur-api");
        assertThat(model.visibleRecords()).extracting(AuditRecord::outcome).containsExactly(Outcome.UNVERIFIED);
        model.outcomeProperty().set(AuditViewModel.OutcomeFilter.SUCCEEDED);
        assertThat(model.visibleRecords()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("0 of 3 record(s)");

        model.actionProperty().set(AuditViewModel.ALL_ACTIONS);
        model.profileProperty().set(AuditViewModel.ALL_PROFILES);
        model.outcomeProperty().set(AuditViewModel.OutcomeFilter.ALL);
        model.filterTextProperty().set("maintenance_mode=TRUE");
        assertThat(model.visibleRecords()).extracting(AuditRecord::action).containsExactly("railway.variable.set");
        assertThat(AuditViewModel.changes(model.visibleRecords().get(0)))
                .containsExactly(new AuditViewModel.Change("MAINTENANCE_MODE", "false", "true"));
        assertThat(AuditViewModel.changes(model.visibleRecords().get(0)).get(0).changed()).isTrue();
    }

    @Test
    void aFilterOnAnActionNoLongerInTheLogIsKeptAndShowsNothing() throws Exception {
        AuditLog log = new AuditLog(folder.resolve("audit.jsonl"));
        log.append(record("2025-03-01T10:00:00Z", "facteur-api", "railway.redeploy", Map.of(), Map.of(), Outcome.SUCCEEDED));
        AuditViewModel model = new AuditViewModel(log, ZoneOffset.UTC);
        model.show(log.read(), Instant.now());
        model.actionProperty().set("database.terminate");
        model.show(log.read(), Instant.now());
        assertThat(model.actionProperty().get()).isEqualTo("database.terminate");
        assertThat(model.actions()).contains("database.terminate");
        assertThat(model.visibleRecords()).isEmpty();
        assertThat(List.copyOf(model.allRecords())).hasSize(1);
    }

    private static AuditRecord record(String time, String profile, String action, Map<String, String> before,
                                      Map<String, String> after, Outcome outcome) {
        return new AuditRecord(Instant.parse(time), "oncall", profile, "production", action, "service web",
                action + " on service web", before, after, outcome, null);
    }
}
