package dev.signalbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signalbox.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own files read as Railway, Alembic, dotenv and Docker read them; bad input named by position. */
class RepositoryReadersTest {
    @TempDir
    Path repo;

    @Test
    void railwayTomlGivesTheDeploySettings() throws Exception {
        Files.writeString(repo.resolve("railway.toml"), """
                [build]
                builder = "NIXPACKS"

                [deploy]
                startCommand = "alembic upgrade head && uvicorn app.main:app"
                preDeployCommand = ["python -m scripts.seed", "echo ok"]
                healthcheckPath = "/api/health/ready"
                healthcheckTimeout = 30
                numReplicas = 2
                restartPolicyType = "ON_FAILURE"
                """);
        RailwayConfigAsCode config = RailwayConfigAsCode.find(repo).orElseThrow();
        assertThat(config.startCommand()).isEqualTo("alembic upgrade head && uvicorn app.main:app");
        assertThat(config.preDeployCommand()).isEqualTo("python -m scripts.seed && echo ok");
        assertThat(config.healthcheckPath()).isEqualTo("/api/health/ready");
        assertThat(config.healthcheckTimeout()).isEqualTo(30);
        assertThat(config.numReplicas()).isEqualTo(2);
        assertThat(StartCommands.runsMigrations(config.startCommand())).isTrue();
        assertThat(StartCommands.runsMigrations(config.preDeployCommand())).isFalse();
    }

    @Test
    void railwayJsonWithAWrongTypeNamesLineAndField() throws Exception {
        Files.writeString(repo.resolve("railway.json"), """
                {
                  "$schema": "https://railway.com/railway.schema.json",
                  "deploy": {
                    "healthcheckTimeout": "soon"
                  }
                }
                """);
        assertThatThrownBy(() -> RailwayConfigAsCode.find(repo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("railway.json:4:").hasMessageContaining("deploy.healthcheckTimeout");
    }

    @Test
    void malformedRailwayTomlNamesTheFileAndLine() throws Exception {
        Files.writeString(repo.resolve("railway.toml"), "[deploy]\nstartCommand = \"uvicorn\n");
        assertThatThrownBy(() -> RailwayConfigAsCode.find(repo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("railway.toml:2");
        Files.writeString(repo.resolve("railway.toml"), "[build]\nbuilder = \"NIXPACKS\"\n\n[deploy]\nhealthcheckTimeout = \"soon\"\n");
        assertThatThrownBy(() -> RailwayConfigAsCode.find(repo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("railway.toml:5 (field deploy.healthcheckTimeout)").hasMessageContaining("whole number");
    }

    @Test
    void alembicIniReferenceNamesTheVariableAndEnvPyIsTheFallback() throws Exception {
        Files.createDirectories(repo.resolve("migrations/versions"));
        Files.writeString(repo.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\nsqlalchemy.url = %(DATABASE_URL)s\n");
        AlembicSettings settings = AlembicSettings.find(repo).orElseThrow();
        assertThat(settings.urlVariable()).isEqualTo("DATABASE_URL");
        assertThat(settings.urlWhere()).isEqualTo("alembic.ini:3 sqlalchemy.url");

        Files.writeString(repo.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://localhost/dev\n");
        Files.writeString(repo.resolve("migrations/env.py"), "import os\nconfig.set_main_option('sqlalchemy.url', os.environ[\"DATABASE_PUBLIC_URL\"])\n");
        settings = AlembicSettings.find(repo).orElseThrow();
        assertThat(settings.urlVariable()).isEqualTo("DATABASE_PUBLIC_URL");
        assertThat(settings.urlWhere()).isEqualTo("migrations/env.py:2");
    }

    @Test
    void alembicIniPointingNowhereIsAnError() throws Exception {
        Files.writeString(repo.resolve("alembic.ini"), "[alembic]\nscript_location = nowhere\n");
        assertThatThrownBy(() -> AlembicSettings.find(repo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("alembic.ini").hasMessageContaining("script_location");
    }

    @Test
    void dotenvNamesOnlyAndABadLineIsPositioned() throws Exception {
        Files.writeString(repo.resolve(".env.example"), """
                # copy to .env
                DATABASE_URL=postgresql://localhost/dev
                export SECRET_KEY="change
                me"
                NEXTAUTH_SECRET=
                """);
        assertThat(EnvFileNames.read(repo.resolve(".env.example")).names()).containsExactly("DATABASE_URL", "SECRET_KEY", "NEXTAUTH_SECRET");
        Files.writeString(repo.resolve(".env"), "OK=1\nthis is not an assignment\n");
        assertThatThrownBy(() -> EnvFileNames.read(repo.resolve(".env"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(".env:2");
    }

    @Test
    void procfileWebLineThenDockerfileCmd() throws Exception {
        Files.writeString(repo.resolve("Dockerfile"), "FROM python:3.12\nCMD [\"sh\", \"-c\", \\\n  \"alembic upgrade head && uvicorn app:app\"]\n");
        assertThat(StartCommands.find(repo).orElseThrow())
                .isEqualTo(new StartCommands.StartCommand("sh -c alembic upgrade head && uvicorn app:app", "Dockerfile:2"));
        Files.writeString(repo.resolve("Procfile"), "release: alembic upgrade head\nweb: uvicorn app:app --port $PORT\n");
        assertThat(StartCommands.find(repo).orElseThrow())
                .isEqualTo(new StartCommands.StartCommand("uvicorn app:app --port $PORT", "Procfile:2"));
    }

    @Test
    void aCommittedDotEnvIsSeen() throws Exception {
        Files.writeString(repo.resolve(".env"), "SECRET_KEY=abc\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            assertThat(RepositoryFacts.scan(repo).dotEnvCommitted()).isFalse();
            git.add().addFilepattern(".env").call();
            assertThat(RepositoryFacts.scan(repo).dotEnvCommitted()).isTrue();
        }
    }
}
