package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Project;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.monitor.ProjectComparison;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.deploy.DeploySettingsReader;
import dev.signalbox.deploy.ProjectDeploySettings;
import dev.signalbox.railway.ProjectRailwayReader;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.VariableSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code signalbox check --profile PROJECT}: every member's checks, then what differs between members
 * ({@link ProjectComparison}). The exit code is the worst of them. Railway is read once per token for every member
 * ({@link SharedRailway}), not once per member.
 */
final class ProjectCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectCheck.class);
    /** Members are checked a few at a time: each mostly waits on the network, and 2 cores must stay responsive. */
    private static final int PARALLEL_MEMBERS = 4;
    private static final java.time.Duration ONE_CHECK = java.time.Duration.ofHours(1);

    private final AppContext app;
    private final Clock clock;

    ProjectCheck(AppContext app) {
        this.app = app;
        this.clock = app.clock();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record MemberReport(String profile, String environment, String service, CheckReport.Status status,
                        List<CheckReport.Item> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Report(String project, CheckReport.Status status, List<MemberReport> members,
                  List<ProjectComparison.Finding> findings, List<String> notes) {
        int exitCode() {
            return status == CheckReport.Status.OK ? ExitCode.OK : ExitCode.ATTENTION;
        }

        String toText() {
            StringBuilder out = new StringBuilder();
            out.append("Project ").append(project).append(": ").append(status.name().toLowerCase(Locale.ROOT))
                    .append(" (").append(members.size()).append(" members)\n");
            for (MemberReport member : members) {
                out.append(String.format("  %-9s %s (%s)%n", member.status(), member.profile(), member.environment()));
                for (CheckReport.Item item : member.items()) {
                    if (item.status() != CheckReport.Status.OK) {
                        out.append(String.format("      %-9s %-11s %s%n", item.status(), item.part(), item.summary()));
                    }
                }
            }
            if (!findings.isEmpty()) {
                out.append("Across members:\n");
                for (ProjectComparison.Finding finding : findings) {
                    out.append(String.format("  %-9s %s%n", finding.severity(), finding.summary()));
                    out.append("            fix: ").append(finding.fix()).append('\n');
                }
            }
            for (String note : notes) {
                out.append("  note: ").append(note).append('\n');
            }
            return out.toString();
        }
    }

    Report run(Project project) {
        List<MemberReport> members = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_MEMBERS, project.members().size()), runnable -> {
            Thread thread = new Thread(runnable, "signalbox-project-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CheckReport>> reports = new ArrayList<>();
            List<Future<MigrationSnapshot>> migrations = new ArrayList<>();
            SharedRailway railway = new SharedRailway(project);
            for (LoadedProfile member : project.members()) {
                reports.add(pool.submit(() -> CheckCommand.report(app, member, new RailwayCheck(railway::status),
                        new MigrationsCheck(app), new DeploySettingsCheck(app, railway::deploySettings))));
                migrations.add(member.profile().migrations() == null || member.profile().database() == null ? null
                        : pool.submit(() -> WatchFactory.inspectMigrations(member, clock)));
            }
            Map<LoadedProfile, VariableSet> variables = railway.variables(notes);
            List<ProjectComparison.MemberFacts> facts = new ArrayList<>();
            for (int i = 0; i < project.members().size(); i++) {
                LoadedProfile member = project.members().get(i);
                CheckReport report = await(reports.get(i), member, notes);
                Profile profile = member.profile();
                members.add(new MemberReport(member.name(), profile.environment(),
                        profile.railway() != null ? profile.railway().serviceId() : null,
                        report == null ? CheckReport.Status.ERROR : report.status(),
                        report == null ? List.of() : report.items()));
                facts.add(new ProjectComparison.MemberFacts(member, variables.get(member),
                        migrations.get(i) == null ? null : await(migrations.get(i), member, notes), ProjectComparison.databaseTarget(profile)));
            }
            List<ProjectComparison.Finding> findings = ProjectComparison.compare(facts);
            railway.addBudgets(notes);
            CheckReport.Status worst = CheckReport.Status.OK;
            for (MemberReport member : members) {
                worst = member.status().ordinal() > worst.ordinal() ? member.status() : worst;
            }
            for (ProjectComparison.Finding finding : findings) {
                CheckReport.Status status = finding.severity() == ProjectComparison.Severity.ERROR
                        ? CheckReport.Status.ERROR : CheckReport.Status.ATTENTION;
                worst = status.ordinal() > worst.ordinal() ? status : worst;
            }
            return new Report(project.name(), worst, members, findings, notes);
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T await(Future<T> future, LoadedProfile member, List<String> notes) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // The member's own report already carries the part's error; the comparison just goes without it.
            LOG.debug("reading {} for the project comparison failed", member.name(), e.getCause());
            return null;
        }
    }

    /**
     * Railway read for every member of a token at once: one status request and one deploy-settings request (plus the
     * first log lines of the deployments measured) instead of about 7 per member, 280 for 40 members - more than a
     * quarter of the Hobby plan's hour for one check. A token that does not resolve leaves its members to read alone,
     * so each reports the error as a single-service check would.
     */
    private final class SharedRailway {
        private final Map<LoadedProfile, ProjectRailwayReader> statusReaders = new HashMap<>();
        private final Map<LoadedProfile, ProjectDeploySettings> deploySettings = new HashMap<>();
        private final Map<List<Object>, List<LoadedProfile>> byToken = new LinkedHashMap<>();
        private final Map<List<LoadedProfile>, RailwayClient> clients = new LinkedHashMap<>();

        SharedRailway(Project project) {
            for (LoadedProfile member : project.members()) {
                Profile.RailwaySettings railway = member.profile().railway();
                if (railway != null) {
                    byToken.computeIfAbsent(List.of(railway.endpoint(), railway.token(), railway.tokenKind()), key -> new ArrayList<>())
                            .add(member);
                }
            }
            for (List<LoadedProfile> group : byToken.values()) {
                try {
                    RailwayClient client = app.railwayClient(group.get(0).profile().railway());
                    Map<RailwayTarget, Profile> targets = new LinkedHashMap<>();
                    for (LoadedProfile member : group) {
                        targets.put(RailwayTarget.of(member.profile().railway()), member.profile());
                    }
                    // One check is one round: whatever member asks first fetches for the rest.
                    ProjectRailwayReader status = new ProjectRailwayReader(client, targets, clock, ONE_CHECK);
                    ProjectDeploySettings settings = new ProjectDeploySettings(client, List.copyOf(targets.keySet()), clock, ONE_CHECK);
                    for (LoadedProfile member : group) {
                        statusReaders.put(member, status);
                        deploySettings.put(member, settings);
                    }
                    clients.put(group, client);
                } catch (ConfigException | RailwayException e) {
                    LOG.debug("members of one token read Railway alone: {}", e.getMessage());
                }
            }
        }

        RailwayStatus status(LoadedProfile member) throws ConfigException, RailwayException {
            ProjectRailwayReader reader = statusReaders.get(member);
            if (reader == null) {
                return app.railwayStatusReader(app.railwayClient(member.profile().railway()), member.profile()).read();
            }
            return reader.read(RailwayTarget.of(member.profile().railway()));
        }

        DeploySettingsReader.Source deploySettings(LoadedProfile member) throws ConfigException, RailwayException {
            ProjectDeploySettings batch = deploySettings.get(member);
            RailwayTarget target = RailwayTarget.of(member.profile().railway());
            return batch == null ? DeploySettingsReader.readAlone(app.railwayClient(member.profile().railway()), target)
                    : batch.source(target);
        }

        /** What is left of each token's hourly budget after the check, from Railway's X-RateLimit headers. */
        void addBudgets(List<String> notes) {
            clients.forEach((group, client) -> {
                if (client.budget() != null) {
                    notes.add("Railway API (" + String.join(", ", group.stream().map(LoadedProfile::name).toList()) + "): "
                            + client.budget().describe());
                }
            });
        }

        /** Every member's variables for the comparison, from the status reads the members' checks already made. */
        Map<LoadedProfile, VariableSet> variables(List<String> notes) {
            Map<LoadedProfile, VariableSet> result = new HashMap<>();
            for (List<LoadedProfile> group : byToken.values()) {
                try {
                    for (LoadedProfile member : group) {
                        result.put(member, status(member).variables());
                    }
                } catch (ConfigException | RailwayException e) {
                    notes.add("variables of " + String.join(", ", group.stream().map(LoadedProfile::name).toList())
                            + " were not compared: " + e.getMessage());
                }
            }
            return result;
        }
    }
}
