package dev.signalbox.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.deploy.DeploySettingsReport;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ui.shell.ConsoleSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Overview's "Deploy settings" tile says what the judge found, and opens the Variables view. */
class DeploySettingsTileTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private static Tile tile(PartState<DeploySettingsReport> state) {
        List<Tile> tiles = OverviewTiles.build(null, null, null, null, state, Map.of(), NOW);
        return tiles.get(tiles.size() - 1);
    }

    @Test
    void judgementsMakeItAnAttentionTileWithTheirFacts() {
        DeploySettingsReport report = new DeploySettingsReport(List.of(new DeploySettingsReport.Judgement(
                DeploySettingsReport.Kind.MIGRATIONS_IN_START_COMMAND, "the start command runs migrations (Railway startCommand: alembic upgrade head)",
                "move the migration to preDeployCommand")), List.of("replicas 2"), List.of());
        Tile tile = tile(PartState.<DeploySettingsReport>loading(Part.DEPLOY_SETTINGS).succeeded(report, NOW));
        assertThat(tile.id()).isEqualTo("tile-deploy-settings");
        assertThat(tile.status()).isEqualTo(Tile.Status.ATTENTION);
        assertThat(tile.headline()).isEqualTo("1 setting(s) to look at");
        assertThat(tile.details()).containsExactly("the start command runs migrations (Railway startCommand: alembic upgrade head)");
        assertThat(tile.opens()).isEqualTo(ConsoleSection.VARIABLES);
    }

    @Test
    void nothingToSayShowsTheSettingsSeen() {
        DeploySettingsReport report = new DeploySettingsReport(List.of(), List.of("pre-deploy command (railway.toml): alembic upgrade head"), List.of());
        Tile tile = tile(PartState.<DeploySettingsReport>loading(Part.DEPLOY_SETTINGS).succeeded(report, NOW));
        assertThat(tile.status()).isEqualTo(Tile.Status.OK);
        assertThat(tile.headline()).isEqualTo("as expected");
        assertThat(tile.details()).containsExactly("pre-deploy command (railway.toml): alembic upgrade head");
        assertThat(tile(PartState.notConfigured(Part.DEPLOY_SETTINGS)).status()).isEqualTo(Tile.Status.NOT_CONFIGURED);
    }
}
