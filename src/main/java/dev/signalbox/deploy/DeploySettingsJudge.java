package dev.signalbox.deploy;

import dev.signalbox.config.Profile;
import dev.signalbox.deploy.DeploySettingsReport.Judgement;
import dev.signalbox.deploy.DeploySettingsReport.Kind;
import dev.signalbox.discovery.RepositoryFacts;
import dev.signalbox.discovery.StartCommands;
import dev.signalbox.railway.ServiceInstanceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Judges deploy settings from facts already read: no I/O, so each judgement is tested on its own. */
public final class DeploySettingsJudge {

    private DeploySettingsJudge() {
    }

    /** A setting with where it was read (Railway, or the repository's file). */
    private record Sourced(String value, String where) {
    }

    public static DeploySettingsReport judge(DeploySettingsFacts facts, List<String> unavailable) {
        List<Judgement> judgements = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ServiceInstanceSettings railway = facts.railway();
        RepositoryFacts repo = facts.repository();

        Sourced start = startCommand(railway, repo);
        Sourced preDeploy = preDeployCommand(railway, repo);
        Sourced healthcheck = healthcheckPath(railway, repo);
        Integer timeout = railway != null && railway.healthcheckTimeout() != null ? railway.healthcheckTimeout()
                : repo != null && repo.configAsCode() != null ? repo.configAsCode().healthcheckTimeout() : null;
        int replicas = railway != null && railway.numReplicas() != null ? railway.numReplicas()
                : repo != null && repo.configAsCode() != null && repo.configAsCode().numReplicas() != null ? repo.configAsCode().numReplicas() : 1;

        if (start != null) {
            notes.add("start command (" + start.where() + "): " + start.value());
        }
        if (preDeploy != null) {
            notes.add("pre-deploy command (" + preDeploy.where() + "): " + preDeploy.value());
        }
        if (healthcheck != null) {
            notes.add("platform health check (" + healthcheck.where() + "): " + healthcheck.value()
                    + (timeout != null ? ", timeout " + timeout + " s" : ""));
        }
        if (railway != null) {
            notes.add("replicas " + replicas + (railway.restartPolicyType() != null ? ", restart " + railway.restartPolicyType()
                    + (railway.restartPolicyMaxRetries() != null ? " (max " + railway.restartPolicyMaxRetries() + " retries)" : "") : ""));
        }

        boolean startMigrates = start != null && StartCommands.runsMigrations(start.value());
        if (startMigrates) {
            judgements.add(new Judgement(Kind.MIGRATIONS_IN_START_COMMAND,
                    "the start command runs migrations (" + start.where() + ": " + start.value() + ")"
                            + (preDeploy == null ? " and there is no preDeployCommand" : ""),
                    "move the migration to Railway's preDeployCommand (railway.toml [deploy] preDeployCommand ="
                            + " [\"alembic upgrade head\"]): it runs once before the new deployment starts, and a failing"
                            + " migration fails the deploy instead of crash-looping every replica (the start-up death loop)"));
            if (replicas > 1) {
                judgements.add(new Judgement(Kind.REPLICAS_MIGRATE_AT_ONCE,
                        replicas + " replicas each run the start command, so " + replicas + " migrations start at once",
                        "run migrations in preDeployCommand (once per deploy), never in the start command of a replicated service"));
            }
        }

        if (healthcheck != null && facts.profile() != null && facts.profile().api() != null) {
            Profile.ApiSettings api = facts.profile().api();
            boolean isReadiness = samePath(healthcheck.value(), api.readiness().path());
            List<Profile.Endpoint> endpoints = new ArrayList<>(List.of(api.liveness(), api.readiness()));
            endpoints.addAll(api.extraEndpoints());
            boolean databaseField = endpoints.stream().anyMatch(e -> samePath(healthcheck.value(), e.path()) && mentionsDatabase(e));
            if (isReadiness || databaseField) {
                judgements.add(new Judgement(Kind.HEALTHCHECK_DEPENDS_ON_DATABASE,
                        "Railway's health check (" + healthcheck.where() + ") probes " + healthcheck.value() + ", "
                                + (isReadiness ? "the readiness endpoint" : "an endpoint whose body reports the database")
                                + ": no deployment goes live while the database or migrations are down, including the fix",
                        "if that is not what the team wants, point healthcheckPath at the liveness endpoint ("
                                + facts.profile().api().liveness().path() + "), which answers while the process runs"));
            }
        }

        if (facts.observedStartup() != null) {
            int effective = timeout != null ? timeout : ServiceInstanceSettings.DEFAULT_HEALTHCHECK_TIMEOUT_SECONDS;
            long observed = facts.observedStartup().duration().toSeconds();
            notes.add("start-up observed: " + observed + " s (deployment " + shortId(facts.observedStartup().deploymentId()) + ")");
            if (healthcheck != null && observed > effective) {
                judgements.add(new Judgement(Kind.HEALTHCHECK_TIMEOUT_TOO_SHORT,
                        "healthcheckTimeout is " + effective + " s" + (timeout == null ? " (Railway's default)" : "")
                                + " but deployment " + shortId(facts.observedStartup().deploymentId()) + " took " + observed
                                + " s to start",
                        "raise healthcheckTimeout above the slowest start-up (railway.toml [deploy] healthcheckTimeout = "
                                + (observed * 2) + "), or make start-up faster"));
            }
        }

        if (repo != null && facts.platformVariables() != null) {
            TreeSet<String> missing = new TreeSet<>();
            String from = null;
            for (var names : new dev.signalbox.discovery.EnvFileNames[]{repo.envExample(), repo.dotEnv()}) {
                if (names == null) {
                    continue;
                }
                for (String name : names.names()) {
                    if (!facts.platformVariables().contains(name)) {
                        missing.add(name);
                        from = from == null ? names.file().getFileName().toString() : from;
                    }
                }
            }
            if (!missing.isEmpty()) {
                judgements.add(new Judgement(Kind.VARIABLES_MISSING_ON_PLATFORM,
                        String.join(", ", missing) + " named in " + from + " " + (missing.size() == 1 ? "is" : "are")
                                + " not set on Railway for this service",
                        "set " + (missing.size() == 1 ? "it" : "them") + " on Railway (signalbox railway set NAME VALUE), or"
                                + " remove the name from " + from + " if the code no longer reads it"));
            }
        }
        if (repo != null && repo.dotEnvCommitted()) {
            judgements.add(new Judgement(Kind.DOTENV_COMMITTED,
                    ".env is committed to git in " + repo.directory() + ": whatever it holds is in the history and is not"
                            + " deployed by Railway",
                    "git rm --cached .env, add .env to .gitignore, rotate any secret it held, and keep the names in"
                            + " .env.example"));
        }

        if (facts.staged() != null && facts.staged().any()) {
            judgements.add(new Judgement(Kind.STAGED_CHANGES,
                    facts.staged().unmergedChangesCount() + " change(s) staged in Railway's dashboard and not applied"
                            + (facts.staged().touched().isEmpty() ? "" : " (" + String.join("; ", facts.staged().touched()) + ")")
                            + ": they are not live",
                    "review and deploy them in the dashboard (Deploy staged changes), or discard them"));
        }

        for (DeploySettingsFacts.SharedVariable shared : facts.shared()) {
            if (shared.same() == null) {
                judgements.add(new Judgement(Kind.SHARED_VARIABLE_DIFFERS,
                        shared.name() + " must be identical in this service and " + shared.otherService() + ", but it is not set in "
                                + shared.missingIn(),
                        "set it in " + shared.missingIn() + " as a reference to the other (${{" + shared.otherService() + "."
                                + shared.name() + "}}) so the two cannot drift"));
            } else if (!shared.same()) {
                judgements.add(new Judgement(Kind.SHARED_VARIABLE_DIFFERS,
                        shared.name() + " differs between this service and " + shared.otherService()
                                + " (compared by salted fingerprint; the values are not shown)",
                        "make one a reference to the other (${{" + shared.otherService() + "." + shared.name() + "}}) and redeploy both"));
            } else {
                notes.add(shared.name() + " is identical in this service and " + shared.otherService());
            }
        }
        return new DeploySettingsReport(judgements, notes, unavailable);
    }

    private static Sourced startCommand(ServiceInstanceSettings railway, RepositoryFacts repo) {
        if (railway != null && railway.startCommand() != null) {
            return new Sourced(railway.startCommand(), "Railway startCommand");
        }
        if (repo != null && repo.declaredStartCommand() != null) {
            return new Sourced(repo.declaredStartCommand().command(), repo.declaredStartCommand().where());
        }
        return null;
    }

    private static Sourced preDeployCommand(ServiceInstanceSettings railway, RepositoryFacts repo) {
        if (railway != null && railway.preDeployCommand() != null) {
            return new Sourced(railway.preDeployCommand(), "Railway preDeployCommand");
        }
        if (repo != null && repo.configAsCode() != null && repo.configAsCode().preDeployCommand() != null) {
            return new Sourced(repo.configAsCode().preDeployCommand(), repo.configAsCode().file().getFileName() + " deploy.preDeployCommand");
        }
        return null;
    }

    private static Sourced healthcheckPath(ServiceInstanceSettings railway, RepositoryFacts repo) {
        if (railway != null && railway.healthcheckPath() != null) {
            return new Sourced(railway.healthcheckPath(), "Railway healthcheckPath");
        }
        if (repo != null && repo.configAsCode() != null && repo.configAsCode().healthcheckPath() != null) {
            return new Sourced(repo.configAsCode().healthcheckPath(), repo.configAsCode().file().getFileName() + " deploy.healthcheckPath");
        }
        return null;
    }

    private static boolean samePath(String a, String b) {
        return a != null && b != null && strip(a).equals(strip(b));
    }

    private static String strip(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean mentionsDatabase(Profile.Endpoint endpoint) {
        return endpoint.expectBody().keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).matches(".*(database|/db).*"));
    }

    private static String shortId(String id) {
        return id == null ? "?" : id.length() > 8 ? id.substring(0, 8) : id;
    }
}
