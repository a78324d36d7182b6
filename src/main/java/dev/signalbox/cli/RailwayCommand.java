package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.ops.AuditState;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.GuardedAction;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RailwayActions;
import dev.signalbox.ops.Verification;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentFollower;
import dev.signalbox.railway.DeploymentLogs;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.NamedId;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayProject;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RateLimitBudget;
import dev.signalbox.railway.RequiredVariableCheck;
import dev.signalbox.railway.VariableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "railway", mixinStandardHelpOptions = true,
        description = {"Railway deployments, logs and variables of the profile's service, and guarded changes.",
                "Changes ask for confirmation (typing the environment name for production), are verified by reading",
                "back, and are written to the audit log."},
        subcommands = {RailwayCommand.Deployments.class, RailwayCommand.Logs.class, RailwayCommand.Vars.class,
                RailwayCommand.Set.class, RailwayCommand.Unset.class, RailwayCommand.Redeploy.class,
                RailwayCommand.Discover.class})
public final class RailwayCommand {

    /** Profile, client and target shared by every sub-command. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Option(names = "--json", description = "Print the result as JSON (schema in docs/cli-json.md).")
        boolean json;
        @Spec
        CommandSpec spec;

        LoadedProfile loaded;
        RailwayClient client;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public final Integer call() throws ConfigException {
            loaded = profileOptions.load();
            Profile.RailwaySettings settings = loaded.profile().railway();
            if (settings == null) {
                throw new ConfigException(loaded.file().toString(), "the profile has no \"railway\" section; add one with"
                        + " a token reference (e.g. \"token\": \"env:RAILWAY_TOKEN\") and run 'signalbox railway discover'");
            }
            client = profileOptions.app().forProfile(loaded).railwayClient();
            try {
                int code = run();
                out().flush();
                return code;
            } catch (RailwayException e) {
                // A profile Railway cannot use (no service id...): the fix is in this file.
                String where = e.kind() == RailwayException.Kind.CONFIGURATION ? loaded.file() + ": " : "";
                spec.commandLine().getErr().println("error: " + where + e.getMessage());
                spec.commandLine().getErr().flush();
                return exitCodeOf(e);
            }
        }

        RailwayTarget target() throws RailwayException {
            return RailwayTarget.of(loaded.profile().railway());
        }

        abstract int run() throws RailwayException, ConfigException;
    }

    static Map<String, Object> deploymentJson(Deployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("status", d.rawStatus());
        m.put("meaning", d.status().meaning());
        m.put("createdAt", d.createdAt());
        m.put("statusUpdatedAt", d.statusUpdatedAt());
        m.put("url", d.url());
        m.put("canRedeploy", d.canRedeploy());
        m.put("commitHash", d.commitHash());
        m.put("commitMessage", d.commitMessage());
        return m;
    }

    static Map<String, Object> budgetJson(RateLimitBudget budget) {
        if (budget == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("limit", budget.limit());
        m.put("remaining", budget.remaining());
        m.put("resetAt", budget.resetAt());
        return m;
    }

    @Command(name = "deployments", mixinStandardHelpOptions = true,
            description = "Lists the service's deployments, newest first, with their status and what it means.")
    static final class Deployments extends Base {
        @Option(names = "--limit", defaultValue = "10", description = "How many, 1 or more (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run() throws RailwayException, ConfigException {
            if (limit < 1) {
                // Railway answers 0 or less with no deployment, which read as "No deployments." and exit 1.
                throw new ConfigException("--limit", "must be 1 or more, got " + limit);
            }
            List<Deployment> deployments = client.deployments(target(), limit);
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("profile", loaded.name());
                result.put("deployments", deployments.stream().map(RailwayCommand::deploymentJson).toList());
                result.put("budget", budgetJson(client.budget()));
                Output.json(out(), result);
            } else {
                for (Deployment d : deployments) {
                    out().printf("%-8s  %-10s  %-24s  %s%n", d.shortId(), d.rawStatus(), d.createdAt(),
                            d.commitMessage() != null ? d.commitMessage() : "");
                }
                if (deployments.isEmpty()) {
                    out().println("No deployments.");
                }
                printBudget(out(), client.budget());
            }
            return deployments.isEmpty() || deployments.get(0).status().isFailure() ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    static void printBudget(PrintWriter out, RateLimitBudget budget) {
        if (budget != null) {
            out.println("Railway API: " + budget.describe());
        }
    }

    @Command(name = "logs", mixinStandardHelpOptions = true,
            description = {"Build and deploy logs of a deployment (the latest by default), with known failure lines",
                    "marked and explained."})
    static final class Logs extends Base {
        @Parameters(arity = "0..1", paramLabel = "DEPLOYMENT", description = "Deployment id (default: the latest).")
        String deploymentId;
        @Option(names = "--since", paramLabel = "DURATION", description = "Only lines newer than this: 30s, 15m, 2h or PT15M.")
        String since;
        @Option(names = "--search", paramLabel = "TEXT", description = "Only lines containing TEXT (case-insensitive).")
        String search;
        @Option(names = "--signatures", description = "Only lines matching a known failure signature.")
        boolean signaturesOnly;
        @Option(names = "--deployment", paramLabel = "ID", description = "Deployment id (same as DEPLOYMENT).")
        String deploymentOption;
        @Option(names = {"-f", "--follow"}, description = {"Print lines as Railway writes them (a WebSocket subscription;",
                "polling when subscriptions are refused) until Ctrl+C. With --json: one JSON object per line."})
        boolean follow;
        @Option(names = "--build", description = "The build log only (with --follow: the build log instead of the deploy log).")
        boolean buildOnly;

        @Override
        int run() throws RailwayException, ConfigException {
            if (deploymentOption != null) {
                if (deploymentId != null && !deploymentId.equals(deploymentOption)) {
                    throw new ConfigException("--deployment", "two different deployments given (" + deploymentId + " and "
                            + deploymentOption + "); give one");
                }
                deploymentId = deploymentOption;
            }
            if (follow) {
                return new LogFollowPrinter(out(), spec.commandLine().getErr(), json, search, signaturesOnly)
                        .follow(client, loaded.profile().railway(), deployment(),
                                buildOnly ? LogLine.LogSource.BUILD : LogLine.LogSource.DEPLOY);
            }
            Deployment deployment = deploymentId != null ? client.deployment(deploymentId)
                    : client.latestDeployment(target()).orElseThrow(() -> new RailwayException(RailwayException.Kind.GRAPHQL_ERROR,
                    "the service has no deployment yet"));
            DeploymentLogs logs = new DeploymentLogs(client);
            EnumSet<LogLine.LogSource> sources = buildOnly ? EnumSet.of(LogLine.LogSource.BUILD) : EnumSet.allOf(LogLine.LogSource.class);
            DeploymentLogs.Result result = since == null && !buildOnly ? logs.fetchAll(deployment)
                    : logs.fetch(deployment.id(), since == null ? (deployment.createdAt() == null ? null
                    : deployment.createdAt().minusSeconds(60)) : Instant.now().minus(DurationOption.parse("--since", since)), null, sources);
            List<LogLine> lines = result.search(search).stream().filter(l -> !signaturesOnly || l.signature() != null).toList();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("deployment", deploymentJson(deployment));
                m.put("lines", lines.stream().map(Logs::lineJson).toList());
                m.put("signatures", result.signatures().stream().map(Logs::lineJson).toList());
                m.put("truncated", result.truncated());
                Output.json(out(), m);
            } else {
                out().println("Deployment " + deployment.shortId() + " (" + deployment.rawStatus() + ")");
                for (LogLine line : lines) {
                    out().println((line.signature() != null ? "!! " : "   ") + line.source().name().toLowerCase(Locale.ROOT)
                            + "  " + line.timestamp() + "  " + line.message());
                    if (line.signature() != null) {
                        out().println("      -> " + line.signature().explanation());
                    }
                }
                if (result.truncated()) {
                    out().println("(cut after " + DeploymentLogs.MAX_PAGES * DeploymentLogs.PAGE + " lines per log; narrow with --since)");
                }
            }
            return result.signatures().isEmpty() ? ExitCode.OK : ExitCode.ATTENTION;
        }

        private Deployment deployment() throws RailwayException {
            return deploymentId != null ? client.deployment(deploymentId)
                    : client.latestDeployment(target()).orElseThrow(() -> new RailwayException(RailwayException.Kind.GRAPHQL_ERROR,
                    "the service has no deployment yet"));
        }

        static Map<String, Object> lineJson(LogLine line) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", line.source().name().toLowerCase(Locale.ROOT));
            m.put("timestamp", line.timestamp());
            m.put("severity", line.severity());
            m.put("message", line.message());
            m.put("signature", line.signature() == null ? null : line.signature().name());
            m.put("explanation", line.signature() == null ? null : line.signature().explanation());
            return m;
        }
    }

    @Command(name = "vars", mixinStandardHelpOptions = true,
            description = {"Lists the service's variables with values masked, and checks the profile's required",
                    "variables (present, pattern, minimum length) without showing values."})
    static final class Vars extends Base {
        @Option(names = "--reveal", paramLabel = "NAME", description = "Print this one variable's value in clear.")
        String reveal;

        @Override
        int run() throws RailwayException {
            VariableSet variables = client.variables(target());
            if (reveal != null) {
                String value = variables.reveal(reveal).orElseThrow(() -> new RailwayException(RailwayException.Kind.GRAPHQL_ERROR,
                        reveal + " is not set on this service"));
                AuditLog audit = profileOptions.app().auditLog();
                try {
                    audit.append(AuditRecord.reveal(OpsContext.of(loaded.profile(), false),
                            new RailwayActions(client, target(), loaded.profile()).variableTarget(reveal), reveal, "railway vars --reveal"));
                } catch (IOException e) {
                    spec.commandLine().getErr().println("error: " + reveal + " was not shown: the audit record of who revealed it"
                            + " could not be written to " + audit.file() + " (" + e.getMessage() + "); fix the folder's permissions or space");
                    spec.commandLine().getErr().flush();
                    return ExitCode.ATTENTION;
                }
                if (json) {
                    Output.json(out(), Map.of("name", reveal, "value", value));
                } else {
                    out().println(value);
                }
                return ExitCode.OK;
            }
            List<RequiredVariableCheck.Finding> findings = RequiredVariableCheck.check(loaded.profile().requiredVariables(), variables);
            List<String> togglesOn = togglesOn(loaded.profile(), variables);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("variables", variables.masked());
                m.put("required", findings.stream().map(f -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", f.name());
                    row.put("verdict", f.verdict().name());
                    row.put("detail", f.detail());
                    return row;
                }).toList());
                m.put("togglesOn", togglesOn);
                Output.json(out(), m);
            } else {
                variables.masked().forEach((name, value) -> out().println("  " + name + "=" + value));
                for (RequiredVariableCheck.Finding f : findings) {
                    out().println((f.ok() ? "  ok       " : "  PROBLEM  ") + f.name() + ": " + f.detail());
                }
                for (String toggle : togglesOn) {
                    out().println("  ON       " + toggle);
                }
            }
            return findings.stream().allMatch(RequiredVariableCheck.Finding::ok) && togglesOn.isEmpty() ? ExitCode.OK : ExitCode.ATTENTION;
        }
    }

    /** The profile's toggles that are on right now, e.g. a bypass someone forgot to unset (incident 4, step 4). */
    static List<String> togglesOn(Profile profile, VariableSet variables) {
        return RailwayStatusReader.toggles(profile, variables).stream().filter(RailwayStatus.ToggleState::on)
                .map(RailwayStatus.ToggleState::onSummary).toList();
    }

    /**
     * One rule for every command (check included): Railway refusing the token, or a profile Railway cannot use, is
     * a configuration error, exit 2; any other Railway failure needs attention, exit 1.
     */
    static int exitCodeOf(RailwayException e) {
        return e.kind() == RailwayException.Kind.CONFIGURATION || e.kind() == RailwayException.Kind.NOT_AUTHORIZED
                ? ExitCode.USAGE : ExitCode.ATTENTION;
    }

    /** A guarded action, unchanged, that remembers a configuration refusal so the exit code follows the rule above. */
    private static final class RefusalWatch<R> implements GuardedAction<R> {
        private final GuardedAction<R> action;
        private volatile RailwayException refusal;

        RefusalWatch(GuardedAction<R> action) {
            this.action = action;
        }

        private <T> T watch(java.util.concurrent.Callable<T> step) throws Exception {
            try {
                return step.call();
            } catch (RailwayException e) {
                if (exitCodeOf(e) == ExitCode.USAGE) {
                    refusal = e;
                }
                throw e;
            }
        }

        @Override
        public String action() {
            return action.action();
        }

        @Override
        public String target() {
            return action.target();
        }

        @Override
        public String summary() {
            return action.summary();
        }

        @Override
        public List<String> consequences() {
            return action.consequences();
        }

        @Override
        public AuditState before() throws Exception {
            return watch(action::before);
        }

        @Override
        public R perform() throws Exception {
            return watch(action::perform);
        }

        @Override
        public Verification verify(R result) throws Exception {
            return watch(() -> action.verify(result));
        }
    }

    /** Confirmation, follow and audit options of every mutation. */
    abstract static class Mutation extends Base {
        @picocli.CommandLine.Mixin
        GuardOptions guardOptions;

        ActionGuard guard() throws ConfigException {
            return guardOptions.guard(loaded, spec.commandLine().getErr());
        }

        <R> int report(ActionOutcome<R> outcome, Map<String, Object> extra) {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("action", outcome.record().action());
                m.put("target", outcome.record().target());
                m.put("outcome", outcome.outcome().name());
                m.put("message", outcome.message());
                m.put("before", outcome.record().before());
                m.put("after", outcome.record().after());
                m.putAll(extra);
                if (outcome.auditProblem() != null) {
                    m.put("auditProblem", outcome.auditProblem());
                }
                Output.json(out(), m);
            } else {
                out().println(outcome.outcome() + ": " + outcome.message());
                if (outcome.auditProblem() != null) {
                    out().println("WARNING: " + outcome.auditProblem());
                }
            }
            return outcome.outcome() == Outcome.SUCCEEDED ? ExitCode.OK : ExitCode.ATTENTION;
        }

        <R> int perform(GuardedAction<R> action) throws ConfigException {
            RefusalWatch<R> watched = new RefusalWatch<>(action);
            int code = report(guard().run(watched), Map.of());
            return watched.refusal != null ? exitCodeOf(watched.refusal) : code;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Sets a service variable, reads it back, and records it in the audit log.",
                    "Railway deploys the change unless --skip-deploy; the running deployment sees it only after a redeploy."})
    static final class Set extends Mutation {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "VALUE", description = "The value; '-' reads it from standard input (keeps it out of shell history).")
        String value;
        @Option(names = "--skip-deploy", description = "Do not let Railway start a deployment.")
        boolean skipDeploy;

        @Override
        int run() throws RailwayException, ConfigException {
            String actual = value;
            if ("-".equals(value)) {
                try {
                    actual = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                } catch (IOException e) {
                    actual = null;
                }
                if (actual == null) {
                    throw new ConfigException("VALUE", "nothing on standard input");
                }
            }
            try {
                return perform(new RailwayActions(client, target(), loaded.profile()).setVariable(name, Secret.of(actual, "command line"), skipDeploy));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("NAME", e.getMessage());
            }
        }
    }

    @Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Deletes a service variable (Railway starts a deployment: deletes cannot skip it), reads back, audits.")
    static final class Unset extends Mutation {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() throws RailwayException, ConfigException {
            try {
                return perform(new RailwayActions(client, target(), loaded.profile()).unsetVariable(name));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("NAME", e.getMessage());
            }
        }
    }

    @Command(name = "redeploy", mixinStandardHelpOptions = true,
            description = {"Redeploys the service and follows the new deployment to SUCCESS, FAILED or CRASHED",
                    "(polling within the Hobby plan's request budget)."})
    static final class Redeploy extends Mutation {
        @Option(names = "--no-follow", description = "Return once the deployment is created.")
        boolean noFollow;

        @Override
        int run() throws RailwayException, ConfigException {
            RefusalWatch<Deployment> watched = new RefusalWatch<>(new RailwayActions(client, target(), loaded.profile()).redeploy());
            ActionOutcome<Deployment> outcome = guard().run(watched);
            if (watched.refusal != null) {
                report(outcome, Map.of());
                return exitCodeOf(watched.refusal);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            if (outcome.result() != null) {
                extra.put("deployment", deploymentJson(outcome.result()));
            }
            if (outcome.result() == null || noFollow) {
                return report(outcome, extra);
            }
            if (!json) {
                out().println(outcome.outcome() + ": " + outcome.message());
                out().flush();
            }
            DeploymentFollower.Result followed = new DeploymentFollower(client, Pacer.sleeping(), Clock.systemUTC())
                    .follow(outcome.result().id(), DeploymentFollower.Budget.HOBBY, d -> {
                        if (!json) {
                            out().println("  " + d.rawStatus() + ": " + d.status().meaning());
                            out().flush();
                        }
                    });
            if (json) {
                extra.put("deployment", deploymentJson(followed.deployment()));
                extra.put("follow", Map.of("terminal", followed.terminal(), "requests", followed.requests(),
                        "stopReason", followed.stopReason()));
                report(outcome, extra);
            } else {
                out().println(followed.stopReason() + " after " + followed.requests() + " requests");
            }
            return followed.succeeded() ? ExitCode.OK : ExitCode.ATTENTION;
        }
    }

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = {"Lists the projects, environments and services the profile's token reaches, with their ids,",
                    "to fill in the profile's railway section."})
    static final class Discover extends Base {
        @Override
        int run() throws RailwayException {
            List<RailwayProject> projects = new ArrayList<>();
            switch (client.tokenKind()) {
                case PROJECT -> projects.add(client.projectToken().project());
                case ACCOUNT -> {
                    for (RailwayClient.WorkspaceProjects workspace : client.accountProjects()) {
                        for (NamedId project : workspace.projects()) {
                            projects.add(client.project(project.id()));
                        }
                    }
                }
                case WORKSPACE -> {
                    for (NamedId project : client.tokenProjects(50)) {
                        projects.add(client.project(project.id()));
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tokenKind", client.tokenKind().name().toLowerCase(Locale.ROOT));
                m.put("projects", projects);
                Output.json(out(), m);
            } else {
                for (RailwayProject project : projects) {
                    out().println("project " + project.name() + "  \"projectId\": \"" + project.id() + "\"");
                    for (NamedId environment : project.environments()) {
                        out().println("  environment " + environment.name() + "  \"environmentId\": \"" + environment.id() + "\"");
                    }
                    for (NamedId service : project.services()) {
                        out().println("  service " + service.name() + "  \"serviceId\": \"" + service.id() + "\"");
                    }
                }
            }
            return projects.isEmpty() ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }
}
