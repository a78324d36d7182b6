package dev.signalbox.deploy;

import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.FirstLogLinesQuery;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.ProjectDeploySettingsQuery;
import dev.signalbox.railway.ProjectStatusQuery;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayProject;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.ServiceInstanceSettings;
import dev.signalbox.railway.StagedChanges;
import dev.signalbox.railway.VariableSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Railway facts of the "Deploy settings" part for every member of a project that shares one token: the first
 * member's read in a round fetches them all in one request ({@link ProjectDeploySettingsQuery}, up to 50 service
 * instances a request), plus one request for the first log lines of deployments not measured before
 * ({@link FirstLogLinesQuery}). A failed fetch is remembered for the round too: 40 members on a rate-limited token
 * must not send 40 more requests into the 429.
 */
public final class ProjectDeploySettings {
    private final RailwayClient client;
    private final List<RailwayTarget> targets;
    private final Clock clock;
    private final Duration freshness;
    private final Map<String, Optional<LogLine>> firstLines = new HashMap<>();
    private Map<RailwayTarget, ProjectDeploySettingsQuery.TargetSettings> last = Map.of();
    private RailwayException lastFailure;
    private Map<RailwayTarget, RailwayException> failedTargets = Map.of();
    private RailwayException firstLinesFailure;
    private Instant lastReadAt;

    /**
     * @param freshness how old a batch may be and still answer a member's read; half the part's interval lets every
     *                  member of one round share one request while the next round fetches again
     */
    public ProjectDeploySettings(RailwayClient client, List<RailwayTarget> targets, Clock clock, Duration freshness) {
        this.client = client;
        this.targets = List.copyOf(new java.util.LinkedHashSet<>(targets));
        this.clock = clock;
        this.freshness = freshness;
    }

    /** The member's facts from a batch at most {@code freshness} old, fetching a new batch for everyone if needed. */
    public synchronized DeploySettingsReader.Source source(RailwayTarget target) {
        if (!targets.contains(target)) {
            throw new IllegalArgumentException("not a member of this project's deploy settings: " + target);
        }
        Instant now = clock.instant();
        if (lastReadAt == null || !now.isBefore(lastReadAt.plus(freshness))) {
            fetch();
            lastReadAt = now;
        }
        return new BatchSource(target, last.get(target), lastFailure != null ? lastFailure : failedTargets.get(target),
                firstLinesFailure);
    }

    private void fetch() {
        Map<RailwayTarget, ProjectDeploySettingsQuery.TargetSettings> settings = new LinkedHashMap<>();
        Map<RailwayTarget, RailwayException> failures = new LinkedHashMap<>();
        try {
            for (List<RailwayTarget> batch : ProjectStatusQuery.batches(targets)) {
                ProjectDeploySettingsQuery query = new ProjectDeploySettingsQuery(batch, DeploySettingsReader.RECENT_DEPLOYMENTS);
                List<ProjectDeploySettingsQuery.TargetSettings> answered;
                try {
                    answered = query.execute(client.transport(), clock);
                } catch (RailwayException e) {
                    // One member's error (a deleted service) nulls the whole answer: it fails alone, the rest are asked again.
                    java.util.Set<RailwayTarget> failed = query.targetsFailedBy(e);
                    if (failed.isEmpty() || failed.size() == batch.size()) {
                        throw e;
                    }
                    failed.forEach(target -> failures.put(target, e));
                    answered = new ProjectDeploySettingsQuery(batch.stream().filter(t -> !failed.contains(t)).toList(),
                            DeploySettingsReader.RECENT_DEPLOYMENTS).execute(client.transport(), clock);
                }
                for (ProjectDeploySettingsQuery.TargetSettings target : answered) {
                    settings.put(target.target(), target);
                }
            }
        } catch (RailwayException e) {
            last = Map.of();
            failedTargets = Map.of();
            lastFailure = e;
            return;
        }
        last = settings;
        failedTargets = failures;
        lastFailure = null;
        List<Deployment> measured = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (ProjectDeploySettingsQuery.TargetSettings target : settings.values()) {
            for (Deployment deployment : DeploySettingsReader.measured(target.deployments())) {
                current.add(deployment.id());
                if (!firstLines.containsKey(deployment.id())) {
                    measured.add(deployment);
                }
            }
        }
        firstLines.keySet().retainAll(current);
        firstLinesFailure = null;
        try {
            for (int from = 0; from < measured.size(); from += FirstLogLinesQuery.MAX_DEPLOYMENTS) {
                List<Deployment> batch = measured.subList(from, Math.min(measured.size(), from + FirstLogLinesQuery.MAX_DEPLOYMENTS));
                // A deployment that logged nothing yet is asked again next round; a first line never changes.
                new FirstLogLinesQuery(batch).execute(client.transport()).forEach((id, line) -> {
                    if (line.isPresent()) {
                        firstLines.put(id, line);
                    }
                });
            }
        } catch (RailwayException e) {
            firstLinesFailure = e;
        }
    }

    /** One member's view of the latest batch; every read fails with the batch's failure when there was one. */
    private final class BatchSource implements DeploySettingsReader.Source {
        private final RailwayTarget target;
        private final ProjectDeploySettingsQuery.TargetSettings read;
        private final RailwayException failure;
        private final RailwayException firstLinesFailure;

        BatchSource(RailwayTarget target, ProjectDeploySettingsQuery.TargetSettings read, RailwayException failure,
                    RailwayException firstLinesFailure) {
            this.target = target;
            this.read = read;
            this.failure = failure;
            this.firstLinesFailure = firstLinesFailure;
        }

        private ProjectDeploySettingsQuery.TargetSettings read() throws RailwayException {
            if (failure != null) {
                throw failure;
            }
            return read;
        }

        @Override
        public RailwayTarget target() {
            return target;
        }

        @Override
        public ServiceInstanceSettings settings() throws RailwayException {
            return read().settings();
        }

        @Override
        public StagedChanges stagedChanges() throws RailwayException {
            return read().stagedChanges();
        }

        @Override
        public VariableSet variables() throws RailwayException {
            return read().variables();
        }

        @Override
        public List<Deployment> recentDeployments() throws RailwayException {
            return read().deployments();
        }

        @Override
        public Optional<LogLine> firstLogLine(Deployment deployment) throws RailwayException {
            read();
            synchronized (ProjectDeploySettings.this) {
                Optional<LogLine> known = firstLines.get(deployment.id());
                if (known != null) {
                    return known;
                }
            }
            if (firstLinesFailure != null) {
                throw firstLinesFailure;
            }
            return Optional.empty();
        }

        @Override
        public RailwayProject project() throws RailwayException {
            return read().project();
        }

        /** A member of the batch answers from it; a service outside the project's members costs one request. */
        @Override
        public VariableSet variablesOf(RailwayTarget other) throws RailwayException {
            ProjectDeploySettingsQuery.TargetSettings member;
            synchronized (ProjectDeploySettings.this) {
                member = last.get(other);
            }
            return member != null ? member.variables() : client.variables(other);
        }
    }
}
