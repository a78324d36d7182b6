package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.railway.VariableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What no single service's view can show: how the members of a project differ where they should not. A variable
 * staging has and production lacks (the next deploy to production crashes on it, incident 6), production behind
 * staging's migrations (the schema the code was tested on is not the one it meets), and two environments that
 * share one database (a staging migration or a staging load test runs against production's data).
 * Pure: it judges facts already read, so the CLI and the window judge alike.
 */
public final class ProjectComparison {
    private ProjectComparison() {
    }

    public enum Kind { VARIABLES_MISSING_IN_PRODUCTION, MIGRATIONS_BEHIND, SHARED_DATABASE, SHARED_VARIABLE_DIFFERS }

    public enum Severity { ATTENTION, ERROR }

    /** One finding across members; {@code members} are profile names. Never carries a variable's value. */
    public record Finding(Kind kind, Severity severity, List<String> members, String summary, String fix) {
        public Finding {
            members = List.copyOf(members);
        }
    }

    /**
     * What was read of one member; any part may be null when it is not configured or could not be read.
     *
     * @param databaseTarget where the member's database lives, {@code host:port/database}, without credentials
     */
    public record MemberFacts(LoadedProfile member, VariableSet variables, MigrationSnapshot migrations, String databaseTarget) {
        public MemberFacts {
            Objects.requireNonNull(member, "member");
        }

        String name() {
            return member.name();
        }

        /** The same service in another environment: the same Railway service id, or the same profile file. */
        String serviceKey() {
            var railway = member.profile().railway();
            return railway != null && railway.serviceId() != null && !railway.serviceId().isBlank()
                    ? "railway:" + railway.serviceId() : "file:" + member.file().toAbsolutePath().normalize();
        }

        boolean production() {
            return member.profile().isProduction();
        }
    }

    /** host:port/database of the member's runtime database, or null when it has none or it cannot be resolved. */
    public static String databaseTarget(dev.signalbox.config.Profile profile) {
        if (profile.database() == null) {
            return null;
        }
        try {
            dev.signalbox.config.DatabaseUrl url = WatchFactory.databaseUrl(profile.database(), false);
            return String.join(",", url.hosts().stream().map(dev.signalbox.config.DatabaseUrl.HostPort::toString).toList())
                    + "/" + url.database();
        } catch (dev.signalbox.config.ConfigException e) {
            return null;
        }
    }

    public static List<Finding> compare(Collection<MemberFacts> members) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<MemberFacts>> byService = new LinkedHashMap<>();
        for (MemberFacts facts : members) {
            byService.computeIfAbsent(facts.serviceKey(), key -> new ArrayList<>()).add(facts);
        }
        for (List<MemberFacts> service : byService.values()) {
            for (MemberFacts production : service.stream().filter(MemberFacts::production).toList()) {
                for (MemberFacts other : service.stream().filter(m -> !m.production()).toList()) {
                    missingVariables(other, production).ifPresent(findings::add);
                    migrationsBehind(other, production).ifPresent(findings::add);
                }
            }
        }
        findings.addAll(sharedDatabases(members));
        findings.addAll(sharedVariables(members));
        return findings;
    }

    /**
     * Every required variable declared {@code sameAs} another member of the same environment, compared by salted
     * fingerprint: a NEXTAUTH_SECRET that differs between frontend and API makes every session one signs rejected by
     * the other, and nothing in either service's own view looks wrong. The other member is found by its Railway
     * service id or its profile name; a {@code sameAs} naming a service outside the project is left to that member's
     * deploy-settings check, which asks Railway.
     */
    private static List<Finding> sharedVariables(Collection<MemberFacts> members) {
        List<Finding> findings = new ArrayList<>();
        // One salt per comparison: the fingerprints mean nothing outside this call and are never kept or shown.
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        for (MemberFacts facts : members) {
            if (facts.variables() == null) {
                continue;
            }
            for (dev.signalbox.config.Profile.RequiredVariable required : facts.member().profile().requiredVariables()) {
                if (required.sameAs() == null || required.sameAs().isBlank()) {
                    continue;
                }
                java.util.Optional<MemberFacts> other = members.stream()
                        .filter(m -> m != facts && m.member().profile().environment().equals(facts.member().profile().environment()))
                        .filter(m -> m.name().equals(required.sameAs()) || required.sameAs().equals(serviceId(m)))
                        .findFirst();
                if (other.isEmpty() || other.get().variables() == null) {
                    continue;
                }
                var mine = facts.variables().get(required.name());
                var theirs = other.get().variables().get(required.name());
                List<String> pair = List.of(facts.name(), other.get().name());
                Severity severity = facts.production() ? Severity.ERROR : Severity.ATTENTION;
                if (mine.isEmpty() || theirs.isEmpty()) {
                    String lacking = mine.isEmpty() ? facts.name() : other.get().name();
                    findings.add(new Finding(Kind.SHARED_VARIABLE_DIFFERS, severity, pair,
                            required.name() + " must be the same in " + facts.name() + " and " + other.get().name()
                                    + " but " + lacking + " has none",
                            "set " + required.name() + " in " + lacking + " to the value " + (mine.isEmpty() ? other.get().name()
                                    : facts.name()) + " uses (copy it in Railway's dashboard; Signalbox never shows it)"));
                } else if (!java.security.MessageDigest.isEqual(
                        dev.signalbox.deploy.DeploySettingsReader.fingerprint(salt, mine.get()),
                        dev.signalbox.deploy.DeploySettingsReader.fingerprint(salt, theirs.get()))) {
                    findings.add(new Finding(Kind.SHARED_VARIABLE_DIFFERS, severity, pair,
                            required.name() + " differs between " + facts.name() + " and " + other.get().name()
                                    + " (compared by salted fingerprint; values are never shown)",
                            "set " + required.name() + " in " + facts.name() + " to the value " + other.get().name()
                                    + " uses (one shared variable referenced by both as ${{shared." + required.name() + "}} keeps them"
                                    + " equal), then redeploy " + facts.name()));
                }
            }
        }
        return findings;
    }

    private static String serviceId(MemberFacts facts) {
        var railway = facts.member().profile().railway();
        return railway == null ? null : railway.serviceId();
    }

    private static java.util.Optional<Finding> missingVariables(MemberFacts staging, MemberFacts production) {
        if (staging.variables() == null || production.variables() == null) {
            return java.util.Optional.empty();
        }
        Set<String> missing = new TreeSet<>(staging.variables().values().keySet());
        missing.removeAll(production.variables().values().keySet());
        // Railway injects RAILWAY_* per environment itself; a difference there is not the team's.
        missing.removeIf(name -> name.startsWith("RAILWAY_"));
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(Kind.VARIABLES_MISSING_IN_PRODUCTION, Severity.ATTENTION,
                List.of(staging.name(), production.name()),
                missing.size() + (missing.size() == 1 ? " variable" : " variables") + " set in " + staging.name() + " but not in "
                        + production.name() + ": " + String.join(", ", missing),
                "set them in " + production.name() + " before its next deploy (names only are compared; values are never read"
                        + " out), or remove them from " + staging.name() + " if they are staging-only"));
    }

    private static java.util.Optional<Finding> migrationsBehind(MemberFacts staging, MemberFacts production) {
        MigrationSnapshot ahead = staging.migrations();
        MigrationSnapshot behind = production.migrations();
        if (ahead == null || behind == null || ahead.database() == null || behind.database() == null
                || !ahead.database().tableExists() || !behind.database().tableExists()) {
            return java.util.Optional.empty();
        }
        // Staging's code knows every revision staging's database has; the applied sets are compared in that graph.
        Set<String> stagingApplied = ahead.graph().appliedRevisions(ahead.database().current());
        Set<String> productionApplied = ahead.graph().appliedRevisions(behind.database().current());
        Set<String> missing = new TreeSet<>(stagingApplied);
        missing.removeAll(productionApplied);
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(Kind.MIGRATIONS_BEHIND, Severity.ATTENTION,
                List.of(staging.name(), production.name()),
                production.name() + " is " + missing.size() + (missing.size() == 1 ? " revision" : " revisions")
                        + " behind " + staging.name() + " (" + production.name() + " at " + revisions(behind.database().current())
                        + ", " + staging.name() + " at " + revisions(ahead.database().current()) + ")",
                "run the pending migrations on " + production.name() + " (its Migrations view lists them, and the runbook"
                        + " 'apply-migrations-under-bypass' runs them safely) before deploying code that needs them"));
    }

    private static String revisions(List<String> current) {
        return current.isEmpty() ? "base" : String.join("+", current);
    }

    private static List<Finding> sharedDatabases(Collection<MemberFacts> members) {
        Map<String, List<MemberFacts>> byTarget = new LinkedHashMap<>();
        for (MemberFacts facts : members) {
            if (facts.databaseTarget() != null) {
                byTarget.computeIfAbsent(facts.databaseTarget(), key -> new ArrayList<>()).add(facts);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<MemberFacts>> entry : byTarget.entrySet()) {
            Set<String> environments = new TreeSet<>();
            entry.getValue().forEach(m -> environments.add(m.member().profile().environment()));
            // Services of one environment sharing its database (an API and its worker) is the normal case.
            if (environments.size() < 2) {
                continue;
            }
            boolean touchesProduction = entry.getValue().stream().anyMatch(MemberFacts::production);
            findings.add(new Finding(Kind.SHARED_DATABASE, touchesProduction ? Severity.ERROR : Severity.ATTENTION,
                    entry.getValue().stream().map(MemberFacts::name).toList(),
                    "environments " + String.join(", ", environments) + " use the same database " + entry.getKey() + " ("
                            + String.join(", ", entry.getValue().stream().map(MemberFacts::name).toList()) + ")",
                    "give each environment its own database (Railway: a Postgres service per environment, referenced as"
                            + " ${{Postgres.DATABASE_URL}}); until then a migration or a test in one environment runs on the"
                            + " other's data"));
        }
        return findings;
    }
}
