package dev.signalbox.monitor;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.Verdict;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.health.ProbeSample;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.RevisionGraph;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.NamedId;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayProject;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.monitor.PartResult.Part;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Profiles view's "Test" buttons: each part of a profile tried on its own with the same engines
 * {@code signalbox check} uses (health checker, database inspector, script locator, Railway client), answering
 * with exactly what failed or what was found. Plain blocking calls, bounded by those engines' timeouts: run them
 * off the FX thread.
 */
public final class ProfilePartTests {
    /** Account tokens can reach many projects; discovery reads each one, so it stops somewhere. */
    static final int MAX_DISCOVERED_PROJECTS = 20;

    private final Map<String, String> environment;
    private final Pacer pacer;
    private final Clock clock;

    public ProfilePartTests(Map<String, String> environment, Pacer pacer, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.pacer = pacer;
        this.clock = clock;
    }

    public ProfilePartTests() {
        this(System.getenv(), Pacer.sleeping(), Clock.systemUTC());
    }

    public PartResult test(Part part, LoadedProfile loaded) {
        return switch (part) {
            case API -> api(loaded.profile());
            case DATABASE -> database(loaded.profile());
            case MIGRATIONS -> migrations(loaded);
            case RAILWAY -> railway(loaded.profile());
        };
    }

    public PartResult api(Profile profile) {
        if (profile.api() == null) {
            return PartResult.failed(Part.API, "the profile has no api section; give a base URL to probe");
        }
        HealthTarget target;
        try {
            target = HealthTarget.fromProfile(profile);
        } catch (ConfigException e) {
            return PartResult.failed(Part.API, e.getMessage());
        }
        HealthSnapshot snapshot = new HealthChecker().check(target);
        List<String> details = new ArrayList<>();
        List<String> healthy = new ArrayList<>();
        // Liveness and readiness usually fail the same way (one host, one port): say it once, with every URL.
        Map<String, List<EndpointHealth>> failures = new java.util.LinkedHashMap<>();
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            ProbeSample sample = endpoint.lastSample();
            String url = sample == null ? endpoint.endpoint().url() : sample.url();
            String line = endpoint.name() + " " + endpoint.verdict()
                    + (sample == null || !sample.hasResponse() ? ", no answer" : ", HTTP " + sample.httpStatus()
                    + " in " + sample.timings().totalMicros() / 1000 + " ms");
            if (sample != null && sample.failed()) {
                failures.computeIfAbsent(sample.failureMessage(), k -> new ArrayList<>()).add(endpoint);
            } else if (endpoint.verdict() != dev.signalbox.health.HealthVerdict.UP) {
                failures.computeIfAbsent(endpoint.reasons().isEmpty() ? endpoint.verdict().name() : String.join("; ", endpoint.reasons()),
                        k -> new ArrayList<>()).add(endpoint);
            } else {
                healthy.add(line);
            }
            details.add(line + " - " + url);
        }
        if (!failures.isEmpty()) {
            List<String> parts = new ArrayList<>();
            failures.forEach((message, endpoints) -> parts.add(String.join(" and ", endpoints.stream().map(EndpointHealth::name).toList())
                    + ": " + message + " (" + String.join(", ", endpoints.stream().map(e -> e.lastSample() == null
                    ? e.endpoint().url() : e.lastSample().url()).toList()) + ")"));
            return PartResult.failed(Part.API, String.join("; ", parts), healthy);
        }
        return PartResult.ok(Part.API, snapshot.verdict() + " - " + String.join(", ", healthy), details);
    }

    public PartResult database(Profile profile) {
        if (profile.database() == null) {
            return PartResult.failed(Part.DATABASE, "the profile has no database section");
        }
        DatabaseUrl url;
        try {
            url = DatabaseReference.parse(profile.database().url()).resolve(environment);
        } catch (ConfigException e) {
            return PartResult.failed(Part.DATABASE, withoutPlace(e));
        }
        List<String> details = new ArrayList<>();
        details.add(url.redacted() + " (" + url.hostKind().label() + ")");
        details.addAll(url.warnings());
        if (profile.database().directUrl() != null) {
            try {
                DatabaseUrl direct = DatabaseReference.parse(profile.database().directUrl()).resolve(environment);
                details.add("direct URL " + direct.redacted() + " (" + direct.hostKind().label() + "), not contacted");
            } catch (ConfigException e) {
                details.add("direct URL: " + withoutPlace(e));
            }
        }
        DatabaseSnapshot snapshot = DatabaseInspector.snapshotOnce(url, profile);
        if (snapshot.connection() == null) {
            String reason = snapshot.errors().getOrDefault("connection", "cannot reach " + url.redacted());
            return PartResult.failed(Part.DATABASE, reason, details);
        }
        details.addAll(Verdict.attentionLines(snapshot.verdicts()));
        for (Map.Entry<String, String> error : snapshot.errors().entrySet()) {
            details.add("could not read " + error.getKey() + ": " + error.getValue());
        }
        String found = "PostgreSQL " + snapshot.connection().serverVersion() + " as " + snapshot.connection().user()
                + " on " + snapshot.connection().database() + ", pooler " + snapshot.connection().pooler().json()
                + ", " + snapshot.constraints().size() + " constraints";
        return PartResult.ok(Part.DATABASE, found, details);
    }

    public PartResult migrations(LoadedProfile loaded) {
        Profile.MigrationSettings settings = loaded.profile().migrations();
        if (settings == null) {
            return PartResult.failed(Part.MIGRATIONS, "the profile has no migrations section; give an alembic.ini,"
                    + " a pyproject.toml or a versions directory");
        }
        Path path = loaded.resolve(settings.location());
        try {
            ScriptLocation location = ScriptLocator.locate(path, settings.iniSection());
            RevisionGraph graph = new MigrationInspector(location, false, false, clock).loadGraph();
            List<String> details = new ArrayList<>();
            if (location.configFile() != null) {
                details.add("config " + location.configFile() + (location.section() != null ? " [" + location.section() + "]" : ""));
            }
            details.add("script directory " + location.scriptDirectory());
            details.add("versions in " + String.join(", ", location.versionLocations().stream().map(Path::toString).toList()));
            graph.problems().forEach(p -> details.add(p.toText()));
            String heads = graph.heads().size() == 1 ? "head " + graph.heads().get(0) : graph.heads().size() + " heads";
            if (graph.revisions().isEmpty()) {
                return PartResult.failed(Part.MIGRATIONS, "no revision files found under " + location.versionLocations(), details);
            }
            return PartResult.ok(Part.MIGRATIONS, "found " + graph.revisions().size() + " revisions, " + heads, details);
        } catch (MigrationException e) {
            return PartResult.failed(Part.MIGRATIONS, e.getMessage());
        }
    }

    public PartResult railway(Profile profile) {
        Profile.RailwaySettings settings = profile.railway();
        if (settings == null) {
            return PartResult.failed(Part.RAILWAY, "the profile has no railway section");
        }
        RailwayClient client;
        try {
            client = RailwayClient.forProfile(settings, environment, pacer, clock);
        } catch (ConfigException e) {
            return PartResult.failed(Part.RAILWAY, withoutPlace(e));
        }
        RailwayTarget target;
        try {
            target = RailwayTarget.of(settings);
        } catch (RailwayException e) {
            return PartResult.failed(Part.RAILWAY, e.getMessage());
        }
        try {
            RailwayProject project;
            if (settings.tokenKind() == TokenKind.PROJECT) {
                RailwayClient.ProjectTokenScope scope = client.projectToken();
                project = scope.project();
                if (!scope.project().id().equals(target.projectId())) {
                    return PartResult.failed(Part.RAILWAY, "the token belongs to project " + describe(scope.project())
                            + ", not to projectId " + target.projectId() + "; use Discover to fill the ids");
                }
                if (!scope.environment().id().equals(target.environmentId())) {
                    return PartResult.failed(Part.RAILWAY, "the project token reaches environment " + scope.environment()
                            + " only, not environmentId " + target.environmentId() + "; a project token is made for one environment");
                }
            } else {
                project = client.project(target.projectId());
            }
            Optional<NamedId> environmentName = project.environments().stream().filter(e -> e.id().equals(target.environmentId())).findFirst();
            Optional<NamedId> service = project.services().stream().filter(s -> s.id().equals(target.serviceId())).findFirst();
            if (environmentName.isEmpty()) {
                return PartResult.failed(Part.RAILWAY, "project " + describe(project) + " has no environment " + target.environmentId()
                        + " (it has " + names(project.environments()) + ")");
            }
            if (service.isEmpty()) {
                return PartResult.failed(Part.RAILWAY, "project " + describe(project) + " has no service " + target.serviceId()
                        + " (it has " + names(project.services()) + ")");
            }
            List<Deployment> deployments = client.deployments(target, 10);
            List<String> details = new ArrayList<>();
            deployments.stream().limit(3).forEach(d -> details.add("deployment " + d.shortId() + " " + d.rawStatus()));
            if (client.budget() != null) {
                details.add("Railway API: " + client.budget().describe());
            }
            String count = deployments.size() >= 10 ? "10 or more deployments" : deployments.size() + " deployment" + (deployments.size() == 1 ? "" : "s");
            return PartResult.ok(Part.RAILWAY, "project " + project.name() + " / environment " + environmentName.get().name()
                    + " / service " + service.get().name() + "; " + count, details);
        } catch (RailwayException e) {
            if (e.kind() == RailwayException.Kind.NOT_AUTHORIZED) {
                String diagnosis = diagnoseTokenKind(settings);
                if (diagnosis != null) {
                    return PartResult.failed(Part.RAILWAY, diagnosis, List.of(e.getMessage()));
                }
            }
            return PartResult.failed(Part.RAILWAY, e.getMessage());
        }
    }

    /**
     * Railway answers "Not Authorized" both to a revoked token and to a token sent in the wrong header (a project
     * token goes in Project-Access-Token, account and workspace tokens in Authorization: Bearer). Trying the
     * token the other way tells the two apart.
     */
    private String diagnoseTokenKind(Profile.RailwaySettings settings) {
        for (TokenKind other : TokenKind.values()) {
            if (other == settings.tokenKind()) {
                continue;
            }
            try {
                RailwayClient probe = RailwayClient.forProfile(withKind(settings, other), environment, pacer, clock);
                switch (other) {
                    case PROJECT -> probe.projectToken();
                    case ACCOUNT -> probe.accountProjects();
                    case WORKSPACE -> probe.tokenProjects(1);
                }
                return "Not Authorized - this looks like " + article(other) + " token sent as " + article(settings.tokenKind())
                        + " token; set the token kind to " + lower(other);
            } catch (ConfigException | RailwayException ignored) {
                // Not that kind either: try the next one.
            }
        }
        return null;
    }

    /** Every project, environment and service the token reaches, to fill the ids with. */
    public List<RailwayChoice> discover(Profile.RailwaySettings settings) throws ConfigException, RailwayException {
        RailwayClient client = RailwayClient.forProfile(settings, environment, pacer, clock);
        List<RailwayChoice> choices = new ArrayList<>();
        switch (settings.tokenKind()) {
            case PROJECT -> {
                RailwayClient.ProjectTokenScope scope = client.projectToken();
                for (NamedId service : scope.project().services()) {
                    choices.add(new RailwayChoice(scope.project().id(), scope.project().name(), scope.environment(), service));
                }
            }
            case ACCOUNT, WORKSPACE -> {
                List<NamedId> projects = new ArrayList<>();
                if (settings.tokenKind() == TokenKind.ACCOUNT) {
                    client.accountProjects().forEach(w -> projects.addAll(w.projects()));
                } else {
                    projects.addAll(client.tokenProjects(MAX_DISCOVERED_PROJECTS));
                }
                for (NamedId id : projects.stream().limit(MAX_DISCOVERED_PROJECTS).toList()) {
                    RailwayProject project = client.project(id.id());
                    for (NamedId environmentId : project.environments()) {
                        for (NamedId service : project.services()) {
                            choices.add(new RailwayChoice(project.id(), project.name(), environmentId, service));
                        }
                    }
                }
            }
        }
        return choices;
    }

    /** One service in one environment of one project that a token reaches. */
    public record RailwayChoice(String projectId, String projectName, NamedId environment, NamedId service) {
        @Override
        public String toString() {
            return projectName + " / " + environment.name() + " / " + service.name();
        }
    }

    private static Profile.RailwaySettings withKind(Profile.RailwaySettings s, TokenKind kind) {
        return new Profile.RailwaySettings(s.endpoint(), s.token(), kind, s.projectId(), s.environmentId(), s.serviceId());
    }

    /** A resolution error's message says where itself ("env:DATABASE_URL: ..."); the headline names the part. */
    private static String withoutPlace(ConfigException e) {
        String message = e.getMessage();
        return !e.where().isEmpty() && message.startsWith(e.where() + ": ") ? message.substring(e.where().length() + 2) : message;
    }

    private static String describe(RailwayProject project) {
        return project.name().isEmpty() ? project.id() : project.name() + " (" + project.id() + ")";
    }

    private static String names(List<NamedId> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(NamedId::toString).toList());
    }

    private static String lower(TokenKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String article(TokenKind kind) {
        return (kind == TokenKind.ACCOUNT ? "an " : "a ") + lower(kind);
    }
}
