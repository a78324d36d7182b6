package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signalbox init} as a new user runs it: a child JVM with its own HOME (holding the Railway CLI's config), a
 * repository linked to the sandbox's simulated project, and the environment variables of each case.
 */
class InitCommandTest {
    private static Sandbox sandbox;

    @TempDir
    Path home;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.HEALTHY, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The sandbox's Alembic project as a user's repository, with config as code and .env.example, committed. */
    private Path repository() throws Exception {
        Path repo = home.resolve("code/facteur-api");
        Path source = sandbox.root().resolve("project");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !source.relativize(f).toString().startsWith(".git")).toList()) {
                Path target = repo.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(repo.resolve("railway.toml"), """
                [deploy]
                startCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"
                preDeployCommand = ["alembic upgrade head"]
                healthcheckPath = "/api/health"
                healthcheckTimeout = 100
                """);
        Files.writeString(repo.resolve(".env.example"), "DATABASE_URL=\nSECRET_KEY=\nENVIRONMENT=development\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Facteur API").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com")
                    .setSign(false).call();
        }
        return repo;
    }

    private void railwayCliConfig(Path repo, String loginToken) throws IOException {
        var ids = sandbox.railwayIds();
        Map<String, Object> link = Map.of("projectPath", repo.toString(), "name", "facteur", "project", ids.projectId(),
                "environment", ids.environmentId(), "environmentName", "sandbox", "service", ids.serviceId());
        Map<String, Object> user = loginToken == null ? Map.of() : Map.of("token", loginToken);
        Files.createDirectories(home.resolve(".railway"));
        Files.writeString(home.resolve(".railway/config.json"),
                Json.mapper().writeValueAsString(Map.of("projects", Map.of(repo.toString(), link), "user", user)));
    }

    /** {@code signalbox ARGS} in a child JVM whose environment is only {@code env} (plus PATH). */
    private Result run(Map<String, String> env, String... args) throws Exception {
        return runWithInput("", env, args);
    }

    private Result runWithInput(String input, Map<String, String> env, String... args) throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary, "-cp", System.getProperty("java.class.path"),
                "-Dsignalbox.test=true", Signalbox.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("SIGNALBOX_HOME", home.resolve("signalbox").toString());
        builder.environment().putAll(env);
        Path stdout = home.resolve("stdout.txt");
        Path stderr = home.resolve("stderr.txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        int code = process.waitFor();
        return new Result(code, Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private Path profileFile(String name) {
        return home.resolve("signalbox/config/profiles").resolve(name + ".json");
    }

    @Test
    void theCliLoginAndLinkGiveAProfileWhoseCheckPasses() throws Exception {
        Path repo = repository();
        String accountToken = sandbox.railway().issueAccountToken();
        railwayCliConfig(repo, accountToken);
        Map<String, String> env = Map.of("DATABASE_URL", sandbox.database().url(Sandbox.DATABASE));

        Result first = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes");
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Railway CLI (" + home.resolve(".railway/config.json"))
                .contains("railway-cli:login").contains("railway.toml").contains("alembic.ini").contains(".env.example")
                .contains("Wrote " + profileFile("api")).contains("Profile api: ok").contains("deploy");
        String written = Files.readString(profileFile("api"));
        assertThat(written).contains("\"token\" : \"railway-cli:login\"").contains("\"url\" : \"env:DATABASE_URL\"")
                .contains(sandbox.service().baseUrl()).doesNotContain(accountToken).doesNotContain("s3cr3t");

        Result second = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes");
        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("already up to date; nothing changed");
        assertThat(Files.readString(profileFile("api"))).isEqualTo(written);
    }

    @Test
    void aProjectTokenInsteadOfTheLogin() throws Exception {
        Path repo = repository();
        railwayCliConfig(repo, null);
        Map<String, String> env = Map.of("DATABASE_URL", sandbox.database().url(Sandbox.DATABASE),
                "RAILWAY_TOKEN", sandbox.railwayIds().projectToken());
        Result result = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes", "--json");
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        var json = Json.mapper().readTree(result.out());
        assertThat(json.path("outcome").asText()).isEqualTo("written");
        assertThat(Files.readString(profileFile("api"))).contains("\"token\" : \"env:RAILWAY_TOKEN\"").contains("\"tokenKind\" : \"PROJECT\"")
                .doesNotContain(sandbox.railwayIds().projectToken());
    }

    @Test
    void libpqVariablesInsteadOfAUrl() throws Exception {
        Path repo = repository();
        railwayCliConfig(repo, null);
        Map<String, String> env = new HashMap<>();
        env.put("RAILWAY_TOKEN", sandbox.railwayIds().projectToken());
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", Integer.toString(sandbox.database().port()));
        env.put("PGUSER", "postgres");
        env.put("PGDATABASE", Sandbox.DATABASE);
        env.put("PGSSLMODE", "disable");
        Result result = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes");
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("libpq (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE)").contains("Profile api: ok");
        assertThat(Files.readString(profileFile("api"))).contains("\"url\" : \"libpq:\"");
    }

    @Test
    void withYesAnOpenChoiceExitsTwoNamingTheOptionsAndWritesNothing() throws Exception {
        Path repo = repository();
        // No link, an account token: the sandbox project has two services and a single environment.
        Files.createDirectories(home.resolve(".railway"));
        Files.writeString(home.resolve(".railway/config.json"), "{\"projects\": {}, \"user\": {}}");
        sandbox.railway().addService(sandbox.railwayIds().projectId(), "worker");
        Map<String, String> env = Map.of("RAILWAY_API_TOKEN", sandbox.railway().issueAccountToken());
        Result result = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes");
        assertThat(result.code()).as(result.out() + result.err()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("which service?").contains("api").contains("worker").contains("--service")
                .contains("nothing was written");
        assertThat(profileFile("api")).doesNotExist();

        Result chosen = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes",
                "--service", "api", "--name", "facteur");
        assertThat(chosen.out()).contains("Wrote " + profileFile("facteur"));
        Result again = run(env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes",
                "--service", "worker", "--name", "facteur");
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("a different profile of that name exists; nothing was written").contains("--force");
    }

    @Test
    void withoutYesItAsksWhichServiceOnTheTerminal() throws Exception {
        Path repo = repository();
        Files.createDirectories(home.resolve(".railway"));
        Files.writeString(home.resolve(".railway/config.json"), "{\"projects\": {}, \"user\": {}}");
        sandbox.railway().addService(sandbox.railwayIds().projectId(), "scheduler");
        Map<String, String> env = Map.of("RAILWAY_API_TOKEN", sandbox.railway().issueAccountToken(),
                "DATABASE_URL", sandbox.database().url(Sandbox.DATABASE));
        Result result = runWithInput("api\n", env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint());
        assertThat(result.err()).contains("Which service?").contains(") scheduler").contains("Number or name");
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("service api").contains("Wrote " + profileFile("api"));

        Result unanswered = runWithInput("", env, "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(),
                "--name", "other");
        assertThat(unanswered.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unanswered.err()).contains("which service?").contains("nothing was written");
    }

    @Test
    void badInputIsPositionedAndNothingIsWritten() throws Exception {
        Path repo = repository();
        Files.createDirectories(home.resolve(".railway"));
        Files.writeString(home.resolve(".railway/config.json"), "{\n  \"projects\": {\n    \"" + repo + "\": {\"project\": 7}\n  }\n}\n");
        Result brokenCli = run(Map.of(), "init", "--dir", repo.toString(), "--yes");
        assertThat(brokenCli.code()).isEqualTo(ExitCode.USAGE);
        assertThat(brokenCli.err()).contains(home.resolve(".railway/config.json") + ":3:").contains(".project");

        railwayCliConfig(repo, null);
        Files.writeString(repo.resolve("railway.toml"), "[deploy]\nhealthcheckTimeout = \"soon\"\n");
        Result brokenToml = run(Map.of(), "init", "--dir", repo.toString(), "--yes");
        assertThat(brokenToml.code()).isEqualTo(ExitCode.USAGE);
        assertThat(brokenToml.err()).contains(repo.resolve("railway.toml") + ":2").contains("deploy.healthcheckTimeout");
        assertThat(home.resolve("signalbox/config/profiles")).doesNotExist();
    }

    @Test
    void aLinkToAProjectTheTokenCannotSeeSaysWhatItSees() throws Exception {
        Path repo = repository();
        railwayCliConfig(repo, null);
        String otherWorkspace = sandbox.railway().addWorkspace("Elsewhere");
        String otherProject = sandbox.railway().addProject(otherWorkspace, "billing");
        sandbox.railway().addEnvironment(otherProject, "production");
        String workspaceToken = sandbox.railway().issueWorkspaceToken(otherWorkspace);
        // The CLI login is a workspace-less account login here: use an account that cannot see the linked project.
        Files.writeString(home.resolve(".railway/config.json"), Files.readString(home.resolve(".railway/config.json"))
                .replace("\"user\":{}", "\"user\":{\"token\":\"" + workspaceToken + "\"}"));
        Result result = run(Map.of(), "init", "--dir", repo.toString(), "--railway-endpoint", sandbox.railway().endpoint(), "--yes");
        assertThat(result.code()).as(result.out() + result.err()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("cannot see").contains("railway-cli:login").contains(sandbox.railwayIds().projectId());
    }
}
