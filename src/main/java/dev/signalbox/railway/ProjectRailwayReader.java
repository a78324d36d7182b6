package dev.signalbox.railway;

import dev.signalbox.config.Profile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Railway part of every member of a project that shares one token, from one batched request per poll interval
 * ({@link ProjectStatusQuery}) instead of two per member: each member's poller calls {@link #read(RailwayTarget)},
 * and the first call in an interval fetches for all of them. The logs that explain a failed deployment are read once
 * per failed deployment, as {@link RailwayStatusReader} does for one service.
 */
public final class ProjectRailwayReader {
    private final RailwayClient client;
    private final Map<RailwayTarget, Profile> members;
    private final Clock clock;
    private final Duration freshness;
    private final List<ProjectStatusQuery> queries = new java.util.ArrayList<>();
    private final Map<String, RailwayStatus.FailureExplanation> explained = new HashMap<>();
    private Map<RailwayTarget, RailwayStatus> last = Map.of();
    private RailwayException lastFailure;
    /** Members Railway could not answer in the latest round (a deleted service), each with its error. */
    private Map<RailwayTarget, RailwayException> failedTargets = Map.of();
    private Instant lastReadAt;

    /**
     * @param freshness how old a batch may be and still answer a member's poll; half the poll interval lets every
     *                  member's poller of one round share one request while the next round fetches again
     */
    public ProjectRailwayReader(RailwayClient client, Map<RailwayTarget, Profile> members, Clock clock, Duration freshness) {
        this.client = client;
        this.members = new LinkedHashMap<>(members);
        this.clock = clock;
        this.freshness = freshness;
        for (List<RailwayTarget> batch : ProjectStatusQuery.batches(List.copyOf(members.keySet()))) {
            queries.add(new ProjectStatusQuery(batch, 10));
        }
    }

    public RailwayClient client() {
        return client;
    }

    /** The member's status from a batch at most {@code freshness} old, fetching a new batch for everyone if needed. */
    public synchronized RailwayStatus read(RailwayTarget target) throws RailwayException {
        if (!members.containsKey(target)) {
            throw new IllegalArgumentException("not a member of this project reader: " + target);
        }
        Instant now = clock.instant();
        if (lastReadAt == null || !now.isBefore(lastReadAt.plus(freshness))) {
            // A failure answers the rest of the round too: 40 members on a rate-limited token must not each send
            // one more request into the 429.
            lastReadAt = now;
            lastFailure = null;
            try {
                last = fetch();
            } catch (RailwayException e) {
                last = Map.of();
                lastFailure = e;
            }
        }
        if (lastFailure != null) {
            throw lastFailure;
        }
        RailwayException alone = failedTargets.get(target);
        if (alone != null) {
            throw alone;
        }
        return last.get(target);
    }

    private Map<RailwayTarget, RailwayStatus> fetch() throws RailwayException {
        Map<RailwayTarget, RailwayStatus> statuses = new LinkedHashMap<>();
        Map<RailwayTarget, RailwayException> failures = new LinkedHashMap<>();
        failedTargets = failures;
        for (ProjectStatusQuery query : queries) {
            List<ProjectStatusQuery.TargetStatus> answered;
            try {
                answered = query.execute(client.transport(), clock);
            } catch (RailwayException e) {
                // One member's error (a deleted service) nulls the whole answer: it fails alone, the rest are asked again.
                java.util.Set<RailwayTarget> failed = query.targetsFailedBy(e);
                if (failed.isEmpty() || failed.size() == query.targets().size()) {
                    throw e;
                }
                failed.forEach(target -> failures.put(target, e));
                answered = new ProjectStatusQuery(query.targets().stream().filter(t -> !failed.contains(t)).toList(), 10)
                        .execute(client.transport(), clock);
            }
            for (ProjectStatusQuery.TargetStatus status : answered) {
                Profile profile = members.get(status.target());
                RailwayStatus.FailureExplanation failure = null;
                if (!status.deployments().isEmpty() && status.deployments().get(0).status().isFailure()) {
                    Deployment failed = status.deployments().get(0);
                    failure = explained.get(failed.id());
                    if (failure == null) {
                        failure = RailwayStatusReader.explainFailure(client, failed);
                        explained.put(failed.id(), failure);
                    }
                }
                statuses.put(status.target(), RailwayStatusReader.assemble(profile, status.deployments(), status.variables(),
                        failure, client.budget(), clock));
            }
        }
        return statuses;
    }
}
