package dev.signalbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.signalbox.Signalbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering holds by test, not by habit (issue 13). Each rule runs on the real classes (no violation) and on
 * {@code architecture.violations}, a miniature of the project whose classes break every rule on purpose: a rule
 * that cannot fail would prove nothing.
 */
class LayeringTest {
    static final String VIOLATIONS = "dev.signalbox.architecture.violations";
    static JavaClasses real;
    static JavaClasses broken;
    static final Layering LAYERING = new Layering("dev.signalbox");
    static final Layering BROKEN = new Layering(VIOLATIONS);

    @BeforeAll
    static void importClasses() throws Exception {
        // The main output folder itself (target/classes): the shipped code, without the tests and these fixtures.
        real = new ClassFileImporter().importPath(Path.of(Signalbox.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        broken = new ClassFileImporter().importPackages(VIOLATIONS);
    }

    @Test
    void javaFxOnlyInTheUi() {
        LAYERING.javaFxOnlyInTheUi().check(real);
        assertThat(violations(BROKEN.javaFxOnlyInTheUi())).anyMatch(v -> v.contains("violations.health.EngineWithJavaFx"))
                .noneMatch(v -> v.contains("violations.ui."));
    }

    @Test
    void theUiDoesNoIo() {
        LAYERING.theUiDoesNoIo().check(real);
        List<String> found = violations(BROKEN.theUiDoesNoIo());
        assertThat(found).allMatch(v -> v.contains("violations.ui.common.ViewModelDoingIo"));
        assertThat(String.join("\n", found)).contains("java.nio.file.Files", "java.lang.ProcessBuilder", "java.sql.DriverManager",
                "java.sql.Connection", "okhttp3.OkHttpClient");
    }

    @Test
    void viewsDependOnlyOnTheSharedViewParts() {
        LAYERING.viewsDoNotDependOnEachOther().check(real);
        List<String> found = violations(BROKEN.viewsDoNotDependOnEachOther());
        assertThat(found).anyMatch(v -> v.contains("violations.ui.overview.OverviewUsingHealth") && v.contains("violations.ui.health.HealthPart"))
                .anyMatch(v -> v.contains("violations.ui.shell.ShellKnowingAView"))
                .noneMatch(v -> v.contains("violations.ui.overview.OverviewUsingShared"));
    }

    @Test
    void enginesDependOnNeitherUiNorCli() {
        LAYERING.enginesDependOnNeitherUiNorCli().check(real);
        assertThat(violations(BROKEN.enginesDependOnNeitherUiNorCli()))
                .anyMatch(v -> v.contains("violations.database.EngineKnowingTheUi"))
                .anyMatch(v -> v.contains("violations.database.EngineKnowingTheCli"));
    }

    @Test
    void uiAndCliDoNotDependOnEachOther() {
        LAYERING.uiAndCliApart().check(real);
        assertThat(violations(BROKEN.uiAndCliApart()))
                .anyMatch(v -> v.contains("violations.ui.shell.ShellCallingTheCli"))
                .anyMatch(v -> v.contains("violations.cli.CommandShowingAWindow"));
    }

    @Test
    void onlyTheCompositionRootBuildsClientsInspectorsStoresAndGuards() {
        LAYERING.onlyTheCompositionRootBuildsEngines().check(real);
        List<String> found = violations(BROKEN.onlyTheCompositionRootBuildsEngines());
        assertThat(String.join("\n", found)).contains("AuditLog.<init>", "PlatformDirs.detect", "RailwayClient.forProfile");
        assertThat(found).anyMatch(v -> v.contains("violations.cli.CommandBuildingItsOwnStore") && v.contains("RunbookProgressStore.<init>"));
        assertThat(found).noneMatch(v -> v.contains("violations.app."));
    }

    @Test
    void onlyDesktopTrayBuildsAndAddsTheTrayIcon() {
        LAYERING.oneTrayIcon().check(real);
        List<String> found = violations(BROKEN.oneTrayIcon());
        assertThat(found).anyMatch(v -> v.contains("violations.ui.shell.BadgeWithItsOwnTrayIcon") && v.contains("TrayIcon.<init>"))
                .anyMatch(v -> v.contains("violations.ui.shell.BadgeWithItsOwnTrayIcon") && v.contains("SystemTray.add"))
                .noneMatch(v -> v.contains("violations.alerts.DesktopTray"));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(broken);
        assertThat(result.hasViolation()).as("the rule catches its deliberate violation: " + rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
