package dev.signalbox.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Fleet's "Read" column: how old the row's status is, not how old its slowest part is by design. */
class FleetRowTest {

    @Test
    void deploySettingsReadEveryFiveMinutesDoNotMakeTheRowLookStale() {
        Instant now = Instant.parse("2026-12-01T11:00:00Z");
        Profile profile = new Profile("api", "production", true, null, null, null, null, null, List.of(), List.of(), null);
        Map<Part, PartState<?>> states = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            states.put(part, PartState.notConfigured(part));
        }
        states.put(Part.RAILWAY, PartState.loading(Part.RAILWAY).succeeded("status", now.minusSeconds(20)));
        states.put(Part.MIGRATIONS, PartState.loading(Part.MIGRATIONS).succeeded("migrations", now.minusSeconds(12)));
        states.put(Part.DEPLOY_SETTINGS, PartState.loading(Part.DEPLOY_SETTINGS).succeeded("judged", now.minusSeconds(240)));

        FleetRow row = FleetRow.of(new LoadedProfile(Path.of("api.json").toAbsolutePath(), profile), states);

        assertThat(row.freshAt()).isEqualTo(now.minusSeconds(20));
    }
}
