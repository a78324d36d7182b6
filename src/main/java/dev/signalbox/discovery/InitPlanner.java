package dev.signalbox.discovery;

import dev.signalbox.common.Http;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LibpqSettings;
import dev.signalbox.config.Profile;
import dev.signalbox.config.RailwayCliConfig;
import dev.signalbox.config.Secret;
import dev.signalbox.config.SecretReference;
import dev.signalbox.railway.NamedId;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayProject;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.RailwayTransport;
import dev.signalbox.railway.ServiceInstanceSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a profile from what the user already has: the repository's files, the Railway CLI's link and login (or
 * {@code RAILWAY_TOKEN} / {@code RAILWAY_API_TOKEN}, with the CLI's precedence), Railway's environments, services
 * and domains, libpq's variables. Every secret becomes a reference; nothing is written here.
 */
public final class InitPlanner {

    /** Asks a person to pick one of several options; empty = no answer (the choice stays open). */
    public interface Chooser {
        Optional<NamedId> choose(String what, List<NamedId> options);
    }

    /** Explicit choices from the command line; each may be null. */
    public record Options(Path directory, String name, String environment, String service, String railwayEndpoint) {
    }

    /** A database service (Railway's Postgres, Redis...) is never the one a repository deploys. */
    private static final java.util.regex.Pattern DATABASE_SERVICE =
            java.util.regex.Pattern.compile("(?i).*\\b(postgres(ql)?|pg|redis|mysql|mongo(db)?|valkey)\\b.*");

    private final Map<String, String> environment;
    private final Chooser chooser;

    public InitPlanner(Map<String, String> environment, Chooser chooser) {
        this.environment = environment;
        this.chooser = chooser;
    }

    public InitPlan plan(Options options) throws ConfigException, RailwayException {
        Path dir = options.directory().toAbsolutePath().normalize();
        List<Finding> found = new ArrayList<>();
        List<InitPlan.Choice> unresolved = new ArrayList<>();

        RepositoryFacts repo = RepositoryFacts.scan(dir);
        describeRepository(repo, found);

        // ---- Railway: credentials with the CLI's precedence, then the link.
        Optional<RailwayCliConfig> cli = RailwayCliConfig.read(environment);
        Optional<RailwayCliConfig.Link> link = cli.flatMap(c -> c.closestLink(dir));
        cli.ifPresent(c -> found.add(new Finding("Railway CLI", c.file().toString(), link.map(l -> "linked "
                + l.directory() + " to project " + display(l.projectName(), l.projectId()) + ", environment "
                + display(l.environmentName(), l.environmentId()) + (l.serviceId() != null ? ", service " + l.serviceId() : ""))
                .orElse("no link for " + dir + " or a parent") + (c.hasLogin() ? "; logged in" : "; not logged in"))));
        String tokenReference;
        Profile.TokenKind tokenKind;
        if (set("RAILWAY_TOKEN")) {
            tokenReference = "env:RAILWAY_TOKEN";
            tokenKind = Profile.TokenKind.PROJECT;
            found.add(new Finding("environment", "RAILWAY_TOKEN", "a project token (the Railway CLI prefers it to any login)"));
        } else if (set("RAILWAY_API_TOKEN")) {
            tokenReference = "env:RAILWAY_API_TOKEN";
            tokenKind = Profile.TokenKind.ACCOUNT;
            found.add(new Finding("environment", "RAILWAY_API_TOKEN", "an account token (the Railway CLI prefers it to its login)"));
        } else if (cli.isPresent() && cli.get().hasLogin()) {
            tokenReference = SecretReference.RAILWAY_CLI_LOGIN;
            tokenKind = Profile.TokenKind.ACCOUNT;
            found.add(new Finding("Railway CLI", cli.get().file().toString(), "the login, kept as the reference "
                    + SecretReference.RAILWAY_CLI_LOGIN + " (read when Signalbox runs, never copied)"));
        } else {
            tokenReference = null;
            tokenKind = null;
        }

        Profile.RailwaySettings railway = null;
        String environmentName = options.environment();
        String serviceName = null;
        Profile.ApiSettings api = null;
        if (tokenReference != null) {
            String endpoint = options.railwayEndpoint() != null ? options.railwayEndpoint() : Profile.RailwaySettings.DEFAULT_ENDPOINT;
            Secret token = SecretReference.parse(tokenReference, "railway.token").resolve(environment);
            RailwayClient client = new RailwayClient(new RailwayTransport(endpoint, tokenKind, token, Http.client(),
                    Pacer.sleeping(), Clock.systemUTC(), Duration.ofSeconds(30)));
            RailwayProject project = project(client, tokenKind, tokenReference, link, found, unresolved);
            if (project != null) {
                NamedId env = pick("environment", "--environment", options.environment(),
                        tokenKind == Profile.TokenKind.PROJECT ? null : link.map(RailwayCliConfig.Link::environmentId).orElse(null),
                        project.environments(), List.of(), unresolved);
                List<NamedId> candidates = project.services().stream().filter(s -> !DATABASE_SERVICE.matcher(s.name()).matches()).toList();
                NamedId service = pick("service", "--service", options.service(), link.map(RailwayCliConfig.Link::serviceId).orElse(null),
                        project.services(), candidates, unresolved);
                if (env != null) {
                    environmentName = env.name();
                }
                if (env != null && service != null) {
                    serviceName = service.name();
                    found.add(new Finding("Railway", endpoint, "project " + project.name() + ", environment " + env.name()
                            + ", service " + service.name()));
                    RailwayTarget target = new RailwayTarget(project.id(), env.id(), service.id());
                    ServiceInstanceSettings settings = client.serviceInstanceSettings(target);
                    found.add(new Finding("Railway", "service settings", describe(settings)));
                    if (!settings.domains().isEmpty()) {
                        String baseUrl = baseUrl(settings.domains().get(0));
                        api = new Profile.ApiSettings(baseUrl, null, null, null);
                        found.add(new Finding("Railway", "domains", "API base URL " + baseUrl));
                    }
                    railway = new Profile.RailwaySettings(options.railwayEndpoint(), tokenReference, tokenKind,
                            project.id(), env.id(), service.id());
                }
            }
        }

        // ---- The database: the variable the code reads, else libpq's variables.
        String databaseReference = null;
        String urlVariable = repo.alembic() != null ? repo.alembic().urlVariable() : null;
        if (urlVariable != null && set(urlVariable)) {
            databaseReference = "env:" + urlVariable;
            found.add(new Finding("Alembic", repo.alembic().urlWhere(), "database from env:" + urlVariable + " (set here)"));
        } else if (LibpqSettings.present(environment)) {
            databaseReference = set("PGSERVICE") ? "libpq:service=" + environment.get("PGSERVICE") : "libpq:";
            found.add(new Finding("libpq", String.join(", ", LibpqSettings.variablesSet(environment)),
                    "database from " + databaseReference + (set("PGPASSWORD") ? "" : " (password from " + LibpqSettings.passwordFile(environment) + " if it matches)")));
        } else if (urlVariable != null) {
            databaseReference = "env:" + urlVariable;
            found.add(new Finding("Alembic", repo.alembic().urlWhere(), "database from env:" + urlVariable
                    + " (not set in this shell: export it before 'signalbox check')"));
        } else if (set("DATABASE_URL")) {
            databaseReference = "env:DATABASE_URL";
            found.add(new Finding("environment", "DATABASE_URL", "database from env:DATABASE_URL"));
        }

        List<Profile.RequiredVariable> required = new ArrayList<>();
        EnvFileNames names = repo.envExample() != null ? repo.envExample() : repo.dotEnv();
        if (names != null) {
            for (String name : names.names()) {
                required.add(new Profile.RequiredVariable(name, null, null, true, "named in " + names.file().getFileName()));
            }
        }

        if (!unresolved.isEmpty()) {
            return new InitPlan(null, found, unresolved, repo);
        }
        String name = options.name() != null ? options.name() : slug(serviceName != null ? serviceName : dir.getFileName().toString());
        String envName = environmentName != null ? environmentName : "production";
        Profile profile;
        try {
            profile = new Profile(name, envName, null, null, api,
                    databaseReference == null ? null : new Profile.DatabaseSettings(databaseReference, null, null, null, null),
                    repo.alembic() == null ? null : new Profile.MigrationSettings(repo.alembic().config().toString(), null, null),
                    railway, null, required, null, null);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--name", e.getMessage());
        }
        return new InitPlan(profile, found, unresolved, repo);
    }

    private RailwayProject project(RailwayClient client, Profile.TokenKind kind, String tokenReference,
                                   Optional<RailwayCliConfig.Link> link, List<Finding> found, List<InitPlan.Choice> unresolved)
            throws RailwayException {
        if (kind == Profile.TokenKind.PROJECT) {
            RailwayClient.ProjectTokenScope scope;
            try {
                scope = client.projectToken();
            } catch (RailwayException e) {
                throw new RailwayException(e.kind(), "RAILWAY_TOKEN (a project token, sent as Project-Access-Token): "
                        + e.getMessage() + (e.kind() == RailwayException.Kind.NOT_AUTHORIZED || e.kind() == RailwayException.Kind.GRAPHQL_ERROR
                        ? ". Create one in the project's settings (Tokens) for the environment to watch" : ""));
            }
            found.add(new Finding("Railway", "RAILWAY_TOKEN", "reaches project " + scope.project().name()
                    + ", environment " + scope.environment().name()));
            // The CLI too ignores the link's project and environment when RAILWAY_TOKEN is set; only its service stays.
            return new RailwayProject(scope.project().id(), scope.project().name(), List.of(scope.environment()), scope.project().services());
        }
        if (link.isPresent()) {
            try {
                return client.project(link.get().projectId());
            } catch (RailwayException e) {
                if (e.kind() != RailwayException.Kind.NOT_AUTHORIZED) {
                    throw e;
                }
                String visible;
                try {
                    visible = client.accountProjects().stream().flatMap(w -> w.projects().stream()).map(NamedId::name)
                            .collect(Collectors.joining(", "));
                } catch (RailwayException again) {
                    visible = "nothing it could list (" + again.getMessage() + ")";
                }
                throw new RailwayException(RailwayException.Kind.NOT_AUTHORIZED, "the Railway CLI links this directory to project "
                        + link.get().projectId() + ", which the account token from " + tokenReference + " cannot see; it sees: "
                        + (visible.isEmpty() ? "no project" : visible) + ". Run 'railway link' again, or log in as the project's member");
            }
        }
        List<NamedId> projects = client.accountProjects().stream().flatMap(w -> w.projects().stream()).toList();
        NamedId chosen = pick("project", "(railway link)", null, null, projects, List.of(), unresolved);
        return chosen == null ? null : client.project(chosen.id());
    }

    /** An explicit option, else the link, else the only candidate, else the person's choice; null = left open. */
    private NamedId pick(String what, String option, String explicit, String linked, List<NamedId> all, List<NamedId> candidates,
                         List<InitPlan.Choice> unresolved) throws RailwayException {
        if (explicit != null) {
            return all.stream().filter(n -> n.name().equals(explicit) || n.id().equals(explicit)).findFirst()
                    .orElseThrow(() -> new RailwayException(RailwayException.Kind.CONFIGURATION, option + " '" + explicit
                            + "' is not one of: " + all.stream().map(NamedId::name).collect(Collectors.joining(", "))));
        }
        if (linked != null) {
            Optional<NamedId> byLink = all.stream().filter(n -> n.id().equals(linked)).findFirst();
            if (byLink.isPresent()) {
                return byLink.get();
            }
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (all.isEmpty()) {
            throw new RailwayException(RailwayException.Kind.CONFIGURATION, "the project has no " + what + " this token can see");
        }
        Optional<NamedId> answer = chooser.choose(what, all);
        if (answer.isPresent()) {
            return answer.get();
        }
        unresolved.add(new InitPlan.Choice(what, option, all));
        return null;
    }

    private static void describeRepository(RepositoryFacts repo, List<Finding> found) {
        if (repo.configAsCode() != null) {
            RailwayConfigAsCode c = repo.configAsCode();
            found.add(new Finding("config as code", c.file().toString(), "deploy settings"
                    + (c.startCommand() != null ? "; startCommand " + c.startCommand() : "")
                    + (c.preDeployCommand() != null ? "; preDeployCommand " + c.preDeployCommand() : "")
                    + (c.healthcheckPath() != null ? "; healthcheckPath " + c.healthcheckPath() : "")
                    + (c.healthcheckTimeout() != null ? "; healthcheckTimeout " + c.healthcheckTimeout() + " s" : "")));
        }
        if (repo.alembic() != null) {
            found.add(new Finding("Alembic", repo.alembic().config().toString(), "migrations in " + repo.alembic().scriptDirectory()
                    + (repo.alembic().urlVariable() != null ? "; database URL from " + repo.alembic().urlVariable() : "")));
        }
        if (repo.envExample() != null) {
            found.add(new Finding("dotenv", repo.envExample().file().toString(), repo.envExample().names().size()
                    + " required variable(s): " + String.join(", ", repo.envExample().names())));
        }
        if (repo.dotEnv() != null) {
            found.add(new Finding("dotenv", repo.dotEnv().file().toString(), repo.dotEnv().names().size() + " name(s)"
                    + (repo.dotEnvCommitted() ? "; COMMITTED to git" : "")));
        }
        if (repo.startCommand() != null) {
            found.add(new Finding("start command", repo.startCommand().where(), repo.startCommand().command()));
        }
    }

    private static String describe(ServiceInstanceSettings s) {
        List<String> parts = new ArrayList<>();
        parts.add("healthcheckPath " + (s.healthcheckPath() == null ? "none" : s.healthcheckPath()));
        if (s.healthcheckTimeout() != null) {
            parts.add("healthcheckTimeout " + s.healthcheckTimeout() + " s");
        }
        parts.add("startCommand " + (s.startCommand() == null ? "none" : s.startCommand()));
        parts.add("preDeployCommand " + (s.preDeployCommand() == null ? "none" : s.preDeployCommand()));
        if (s.restartPolicyType() != null) {
            parts.add("restart " + s.restartPolicyType() + (s.restartPolicyMaxRetries() != null ? " max " + s.restartPolicyMaxRetries() : ""));
        }
        if (s.numReplicas() != null) {
            parts.add(s.numReplicas() + " replica(s)");
        }
        return String.join("; ", parts);
    }

    /** Railway domains are served over HTTPS; a loopback "domain" (the sandbox's simulated one) is plain HTTP. */
    static String baseUrl(String domain) {
        String host = domain.contains(":") ? domain.substring(0, domain.lastIndexOf(':')) : domain;
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        String url = (loopback ? "http://" : "https://") + domain;
        URI.create(url);
        return url;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return slug.isEmpty() ? "service" : slug.length() > 64 ? slug.substring(0, 64) : slug;
    }

    private static String display(String name, String id) {
        return name != null ? name + " (" + id + ")" : String.valueOf(id);
    }

    private boolean set(String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }
}
