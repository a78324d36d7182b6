package dev.signalbox.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthMonitor;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.runbook.EngineRunbookServices;
import dev.signalbox.ops.runbook.RunbookProgressStore;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layering of Signalbox as ArchUnit rules, for a root package: {@code dev.signalbox} for the real code, a fixture
 * package for the classes that break each rule on purpose ({@code LayeringTest} shows every rule catching them).
 *
 * <pre>
 *   Signalbox (entry point) --> cli --------------------------+
 *             \                                               v
 *              --> ui (views) --> app (composition root) --> engines (config, common, health, migrations,
 *                                                              database, railway, ops, monitor, sandbox)
 * </pre>
 */
final class Layering {
    /** The views; each may use the shared UI parts but never another view. */
    static final List<String> VIEWS = List.of("overview", "health", "deployments", "migrations", "database", "variables",
            "runbook", "audit", "profiles");
    /** UI parts the views share: common widgets and helpers, the shell, the Railway state of Deployments and Variables. */
    static final List<String> SHARED_VIEW_PARTS = List.of("common", "shell", "railway");

    /** Clients, inspectors, stores and guards: built by the composition root ({@code app}), handed to the UI. */
    static final Set<Class<?>> ENGINES = Set.of(RailwayClient.class, RailwayStatusReader.class, DatabaseInspector.class,
            MigrationInspector.class, HealthChecker.class, HealthMonitor.class, ServiceWatch.class,
            ActionGuard.class, AuditLog.class, RunbookProgressStore.class, ProfileStore.class, EventJournal.class,
            EngineRunbookServices.class, MigrationRehearsal.class);
    /** The static factories that build one of them, and the one place that decides where files go. */
    static final Set<String> FACTORIES = Set.of(
            RailwayClient.class.getName() + ".forProfile", DatabaseInspector.class.getName() + ".open",
            DatabaseInspector.class.getName() + ".snapshotOnce",
            WatchFactory.class.getName() + ".start", PlatformDirs.class.getName() + ".detect");

    private final String root;

    Layering(String root) {
        this.root = root;
    }

    private String ui() {
        return root + ".ui..";
    }

    ArchRule javaFxOnlyInTheUi() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(ui())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("engines run headless under the CLI and in tests: only the window imports JavaFX")
                .allowEmptyShould(true);
    }

    ArchRule theUiDoesNoIo() {
        return noClasses().that().resideInAPackage(ui())
                .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "okhttp3..")
                        .or(belongToAnyOf(Files.class, ProcessBuilder.class, DriverManager.class)))
                .because("the UI never does I/O: engines do it off the FX thread and return typed results")
                .allowEmptyShould(true);
    }

    ArchRule viewsDoNotDependOnEachOther() {
        CompositeArchRule rule = null;
        for (String view : VIEWS) {
            String[] others = VIEWS.stream().filter(v -> !v.equals(view)).map(v -> root + ".ui." + v + "..").toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(root + ".ui." + view + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a view uses only the shared parts (" + String.join(", ", SHARED_VIEW_PARTS) + "), never another view")
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        String[] views = VIEWS.stream().map(v -> root + ".ui." + v + "..").toArray(String[]::new);
        for (String shared : SHARED_VIEW_PARTS) {
            rule = rule.and(noClasses().that().resideInAPackage(root + ".ui." + shared + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(views)
                    .because("shared view parts are below the views").allowEmptyShould(true));
        }
        return rule;
    }

    ArchRule enginesDependOnNeitherUiNorCli() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(ui(), root + ".cli..", root + ".app..", root)
                .should().dependOnClassesThat().resideInAnyPackage(ui(), root + ".cli..", root + ".app..")
                .because("the CLI and the window both render the engines' typed results; engines know neither")
                .allowEmptyShould(true);
    }

    ArchRule uiAndCliApart() {
        return CompositeArchRule.of(noClasses().that().resideInAPackage(ui())
                        .should().dependOnClassesThat().resideInAPackage(root + ".cli..").allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage(root + ".cli..")
                        .should().dependOnClassesThat().resideInAPackage(ui()).allowEmptyShould(true))
                .because("two front ends over the same engines");
    }

    ArchRule onlyTheCompositionRootBuildsEngines() {
        Set<String> engines = ENGINES.stream().map(Class::getName).collect(Collectors.toSet());
        DescribedPredicate<JavaCall<?>> buildsAnEngine = DescribedPredicate.describe(
                "a constructor or factory of a client, inspector, store or guard", call -> {
                    AccessTarget.CodeUnitCallTarget target = call.getTarget();
                    String owner = target.getOwner().getName();
                    if (target instanceof AccessTarget.ConstructorCallTarget) {
                        return engines.contains(owner);
                    }
                    return FACTORIES.contains(owner + "." + target.getName());
                });
        return noClasses().that().resideInAnyPackage(ui(), root + ".cli..")
                .should().callCodeUnitWhere(buildsAnEngine)
                .because("view models and commands get what they need from app.AppContext / app.ServiceContext (the composition root)")
                .allowEmptyShould(true);
    }

    /**
     * The tray icon is built and added in one place, {@code alerts.DesktopTray}: the attention badge and the desktop
     * notifications each added their own, and a desktop with a tray showed two Signalbox icons.
     */
    ArchRule oneTrayIcon() {
        DescribedPredicate<JavaCall<?>> addsATrayIcon = DescribedPredicate.describe(
                "a TrayIcon constructor or SystemTray.add", call -> {
                    AccessTarget.CodeUnitCallTarget target = call.getTarget();
                    String owner = target.getOwner().getName();
                    return owner.equals("java.awt.TrayIcon") && target instanceof AccessTarget.ConstructorCallTarget
                            || owner.equals("java.awt.SystemTray") && target.getName().equals("add");
                });
        return noClasses().that().resideInAPackage(root + "..").and().doNotHaveFullyQualifiedName(root + ".alerts.DesktopTray")
                .should().callCodeUnitWhere(addsATrayIcon)
                .because("one icon in the tray, shared by the attention badge and the desktop notifications")
                .allowEmptyShould(true);
    }

    List<ArchRule> all() {
        return List.of(javaFxOnlyInTheUi(), theUiDoesNoIo(), viewsDoNotDependOnEachOther(), enginesDependOnNeitherUiNorCli(),
                uiAndCliApart(), onlyTheCompositionRootBuildsEngines(), oneTrayIcon());
    }
}
