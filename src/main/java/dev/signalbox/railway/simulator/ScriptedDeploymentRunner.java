package dev.signalbox.railway.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The default runner: builds and starts succeed with the lines a FastAPI service prints, unless a test queued a
 * failure or declared a rule (e.g. "crash at start-up while FACTEUR_MIGRATION_IN_PROGRESS is unset", incident 4).
 * Thread-safe.
 */
public final class ScriptedDeploymentRunner implements DeploymentRunner {
    private final Deque<PhaseResult> builds = new ArrayDeque<>();
    private final Deque<PhaseResult> starts = new ArrayDeque<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<DeploymentContext> started = new ArrayList<>();

    private record Rule(Predicate<DeploymentContext> when, PhaseResult result) {
    }

    public synchronized ScriptedDeploymentRunner failNextBuild(String... lines) {
        builds.add(PhaseResult.failed(lines));
        return this;
    }

    public synchronized ScriptedDeploymentRunner crashNextStart(String... lines) {
        starts.add(PhaseResult.failed(lines));
        return this;
    }

    /** Every start matching {@code when} crashes with these lines (checked before the queue). */
    public synchronized ScriptedDeploymentRunner crashWhen(Predicate<DeploymentContext> when, String... lines) {
        rules.add(new Rule(when, PhaseResult.failed(lines)));
        return this;
    }

    /** The contexts every start received, oldest first: what variables each deployment really saw. */
    public synchronized List<DeploymentContext> started() {
        return List.copyOf(started);
    }

    @Override
    public synchronized PhaseResult build(DeploymentContext context) {
        if (!builds.isEmpty()) {
            return builds.poll();
        }
        return PhaseResult.succeeded(
                "Using Nixpacks",
                "setup      | python311, postgresql_16",
                "install    | python -m venv --copies /opt/venv && pip install -r requirements.txt",
                "start      | alembic upgrade head && uvicorn app.main:app --host 0.0.0.0 --port $PORT",
                "[stage-0] RUN pip install -r requirements.txt",
                "Successfully installed alembic-1.13.2 fastapi-0.115.0 psycopg-3.2.1 sqlalchemy-2.0.35 uvicorn-0.30.6",
                "Build time: 41.27 seconds");
    }

    @Override
    public synchronized PhaseResult start(DeploymentContext context) {
        started.add(context);
        for (Rule rule : rules) {
            if (rule.when().test(context)) {
                return rule.result();
            }
        }
        if (!starts.isEmpty()) {
            return starts.poll();
        }
        return PhaseResult.succeeded(
                "Starting Container",
                "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
                "INFO  [alembic.runtime.migration] Will assume transactional DDL.",
                "INFO:     Started server process [1]",
                "INFO:     Waiting for application startup.",
                "INFO:     Application startup complete.",
                "INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)");
    }
}
