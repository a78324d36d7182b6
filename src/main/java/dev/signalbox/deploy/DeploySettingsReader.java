package dev.signalbox.deploy;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.discovery.RepositoryFacts;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.NamedId;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayProject;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.ServiceInstanceSettings;
import dev.signalbox.railway.StagedChanges;
import dev.signalbox.railway.VariableSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the facts of the "Deploy settings" part once: the service instance's settings, staged changes, the names of
 * its variables, start-up times of recent successful deployments, the repository beside the profile's migrations,
 * and the {@code sameAs} comparisons. Each read fails alone and is named in {@link DeploySettingsReport#unavailable()}.
 * The Railway facts come from a {@link Source}: read alone ({@link #DeploySettingsReader(RailwayClient, RailwayTarget,
 * LoadedProfile)}, about 5 requests), or from a project's batch ({@link ProjectDeploySettings}, one request for every
 * member).
 */
public final class DeploySettingsReader {
    static final int RECENT_DEPLOYMENTS = 5;
    private static final int STARTUPS_MEASURED = 2;

    /** Where the Railway facts of one service instance come from. */
    public interface Source {
        RailwayTarget target();

        ServiceInstanceSettings settings() throws RailwayException;

        /** The environment's staged changes, what they touch named by service id. */
        StagedChanges stagedChanges() throws RailwayException;

        VariableSet variables() throws RailwayException;

        /** At most {@link #RECENT_DEPLOYMENTS}, newest first. */
        List<Deployment> recentDeployments() throws RailwayException;

        /** The deployment's first deploy-log line (its container started); empty when it logged nothing. */
        Optional<LogLine> firstLogLine(Deployment deployment) throws RailwayException;

        RailwayProject project() throws RailwayException;

        /** Another service instance's variables, for a {@code sameAs} comparison. */
        VariableSet variablesOf(RailwayTarget other) throws RailwayException;
    }

    private final Source source;
    private final LoadedProfile profile;
    private RailwayProject project;

    /** {@code client} and {@code target} may be null (a profile without Railway: only the repository is judged). */
    public DeploySettingsReader(RailwayClient client, RailwayTarget target, LoadedProfile profile) {
        this(client == null || target == null ? null : new ClientSource(client, target), profile);
    }

    /** One service instance's facts read alone, about 5 requests (3 once its deployments' first lines are known). */
    public static Source readAlone(RailwayClient client, RailwayTarget target) {
        return new ClientSource(client, target);
    }

    /** {@code source} null: a profile without Railway, only the repository is judged. */
    public DeploySettingsReader(Source source, LoadedProfile profile) {
        this.source = source;
        this.profile = profile;
    }

    public DeploySettingsReport read() {
        project = null;
        List<String> unavailable = new ArrayList<>();
        Profile p = profile.profile();
        RepositoryFacts repository = null;
        Optional<Path> root = repositoryRoot(profile);
        if (root.isPresent()) {
            try {
                repository = RepositoryFacts.scan(root.get());
            } catch (ConfigException e) {
                unavailable.add("repository: " + e.getMessage());
            }
        }
        ServiceInstanceSettings settings = null;
        StagedChanges staged = null;
        Set<String> names = null;
        DeploySettingsFacts.ObservedStartup startup = null;
        List<DeploySettingsFacts.SharedVariable> shared = new ArrayList<>();
        if (source != null) {
            try {
                settings = source.settings();
            } catch (RailwayException e) {
                unavailable.add("Railway service settings: " + e.getMessage());
            }
            try {
                staged = source.stagedChanges();
                if (!staged.touched().isEmpty()) {
                    staged = withServiceNames(staged);
                }
            } catch (RailwayException e) {
                unavailable.add("Railway staged changes: " + e.getMessage());
            }
            VariableSet variables = null;
            try {
                variables = source.variables();
                names = variables.values().keySet();
            } catch (RailwayException e) {
                unavailable.add("Railway variables: " + e.getMessage());
            }
            try {
                startup = observedStartup();
            } catch (RailwayException e) {
                unavailable.add("Railway deployments: " + e.getMessage());
            }
            if (variables != null) {
                shared = compareShared(p, variables, unavailable);
            }
        }
        DeploySettingsFacts facts = new DeploySettingsFacts(p, settings, repository, staged, names, startup, shared);
        return DeploySettingsJudge.judge(facts, unavailable);
    }

    /** The project's services, asked once per read (staged changes and sameAs both need them). */
    private RailwayProject project() throws RailwayException {
        if (project == null) {
            project = source.project();
        }
        return project;
    }

    /** "api: variables" rather than a service id (read alone: one more request, only when something is staged). */
    private StagedChanges withServiceNames(StagedChanges staged) throws RailwayException {
        List<String> named = new ArrayList<>();
        for (String touched : staged.touched()) {
            String label = touched;
            for (NamedId service : project().services()) {
                if (touched.startsWith(service.id() + ":")) {
                    label = service.name() + touched.substring(service.id().length());
                }
            }
            named.add(label);
        }
        return new StagedChanges(staged.unmergedChangesCount(), staged.patchStatus(), named);
    }

    /** The repository beside the profile's migrations location (the closest folder with .git or railway.toml). */
    public static Optional<Path> repositoryRoot(LoadedProfile profile) {
        if (profile.profile().migrations() == null) {
            return Optional.empty();
        }
        Path location = profile.resolve(profile.profile().migrations().location());
        return java.nio.file.Files.exists(location) ? Optional.of(RepositoryFacts.rootOf(location)) : Optional.empty();
    }

    /**
     * Start-up as Railway saw it: from the deployment's first deploy-log line (the container started) to its
     * SUCCESS (the health check passed). The longest of the recent successful deployments.
     */
    private DeploySettingsFacts.ObservedStartup observedStartup() throws RailwayException {
        DeploySettingsFacts.ObservedStartup longest = null;
        for (Deployment deployment : measured(source.recentDeployments())) {
            Optional<LogLine> first = source.firstLogLine(deployment);
            if (first.isEmpty() || first.get().time() == null) {
                continue;
            }
            Duration startup = Duration.between(first.get().time(), deployment.statusUpdatedAt());
            if (!startup.isNegative() && (longest == null || startup.compareTo(longest.duration()) > 0)) {
                longest = new DeploySettingsFacts.ObservedStartup(startup, deployment.id());
            }
        }
        return longest;
    }

    /** The recent deployments whose start-up is measured: the newest successful ones with both times known. */
    static List<Deployment> measured(List<Deployment> recent) {
        return recent.stream().limit(RECENT_DEPLOYMENTS)
                .filter(d -> d.status() == DeploymentStatus.SUCCESS && d.statusUpdatedAt() != null && d.createdAt() != null)
                .limit(STARTUPS_MEASURED).toList();
    }

    private List<DeploySettingsFacts.SharedVariable> compareShared(Profile p, VariableSet mine, List<String> unavailable) {
        List<DeploySettingsFacts.SharedVariable> result = new ArrayList<>();
        List<Profile.RequiredVariable> withSameAs = p.requiredVariables().stream().filter(r -> r.sameAs() != null).toList();
        if (withSameAs.isEmpty()) {
            return result;
        }
        RailwayProject project;
        try {
            project = project();
        } catch (RailwayException e) {
            unavailable.add("sameAs: the project's services: " + e.getMessage());
            return result;
        }
        // One salt per comparison run: the fingerprints cannot be matched against anything outside this process.
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        for (Profile.RequiredVariable required : withSameAs) {
            Optional<NamedId> other = project.services().stream()
                    .filter(s -> s.name().equals(required.sameAs()) || s.id().equals(required.sameAs())).findFirst();
            if (other.isEmpty()) {
                unavailable.add("sameAs: no service '" + required.sameAs() + "' in project " + project.name());
                continue;
            }
            try {
                RailwayTarget target = source.target();
                VariableSet theirs = source.variablesOf(new RailwayTarget(target.projectId(), target.environmentId(), other.get().id()));
                Optional<Secret> a = mine.get(required.name());
                Optional<Secret> b = theirs.get(required.name());
                if (a.isEmpty() || b.isEmpty()) {
                    result.add(new DeploySettingsFacts.SharedVariable(required.name(), other.get().name(), null,
                            a.isEmpty() ? "this service" : other.get().name()));
                } else {
                    result.add(new DeploySettingsFacts.SharedVariable(required.name(), other.get().name(),
                            MessageDigest.isEqual(fingerprint(salt, a.get()), fingerprint(salt, b.get())), null));
                }
            } catch (RailwayException e) {
                unavailable.add("sameAs " + required.name() + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** HMAC-SHA256 of the value under a caller's one-off salt: equal values compare equal, nothing else is learned. */
    public static byte[] fingerprint(byte[] salt, Secret value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(value.reveal().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * One service instance read alone. A deployment's first log line never changes, so it is asked once for the life
     * of the source (the watch keeps one): after the first read, a read costs 3 requests, not 5.
     */
    static final class ClientSource implements Source {
        private final RailwayClient client;
        private final RailwayTarget target;
        private final Map<String, Optional<LogLine>> firstLines = new HashMap<>();

        ClientSource(RailwayClient client, RailwayTarget target) {
            this.client = client;
            this.target = target;
        }

        @Override
        public RailwayTarget target() {
            return target;
        }

        @Override
        public ServiceInstanceSettings settings() throws RailwayException {
            return client.serviceInstanceSettings(target);
        }

        @Override
        public StagedChanges stagedChanges() throws RailwayException {
            return client.stagedChanges(target.environmentId());
        }

        @Override
        public VariableSet variables() throws RailwayException {
            return client.variables(target);
        }

        @Override
        public List<Deployment> recentDeployments() throws RailwayException {
            List<Deployment> recent = client.deployments(target, RECENT_DEPLOYMENTS);
            synchronized (firstLines) {
                firstLines.keySet().retainAll(recent.stream().map(Deployment::id).toList());
            }
            return recent;
        }

        @Override
        public Optional<LogLine> firstLogLine(Deployment deployment) throws RailwayException {
            synchronized (firstLines) {
                Optional<LogLine> known = firstLines.get(deployment.id());
                if (known != null) {
                    return known;
                }
            }
            Optional<LogLine> first = client.logs(LogLine.LogSource.DEPLOY, deployment.id(), deployment.createdAt(), null, 1)
                    .stream().findFirst();
            if (first.isPresent()) {
                synchronized (firstLines) {
                    firstLines.put(deployment.id(), first);
                }
            }
            return first;
        }

        @Override
        public RailwayProject project() throws RailwayException {
            return client.project(target.projectId());
        }

        @Override
        public VariableSet variablesOf(RailwayTarget other) throws RailwayException {
            return client.variables(other);
        }
    }
}
