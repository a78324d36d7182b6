package dev.signalbox.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One monitored service, as written in a profile JSON file. Records are immutable; defaults are filled in
 * by the compact constructors, and a missing required field fails there with the field's name, which the
 * {@link ProfileLoader} turns into a message naming file, line and column.
 * <p>
 * {@code runbooksFile} names a JSON file beside the profile with extra runbooks (see {@code ops.runbook}).
 * <p>
 * Secrets never appear here: {@link RailwaySettings#token()} and database URLs hold references
 * ({@code env:NAME}, {@code file:PATH}) resolved at run time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Profile(
        String name,
        String environment,
        Boolean production,
        Boolean readOnly,
        ApiSettings api,
        DatabaseSettings database,
        MigrationSettings migrations,
        RailwaySettings railway,
        List<ToggleVariable> toggles,
        List<RequiredVariable> requiredVariables,
        PollIntervals polling,
        String runbooksFile,
        AlertSettings alerts) {

    public Profile {
        Fields.require("name", name);
        Fields.require("environment", environment);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._ -]{0,63}")) {
            throw new IllegalArgumentException("field 'name': use letters, digits, '.', '_', '-' or spaces (at most 64)");
        }
        production = production != null ? production : environment.toLowerCase(java.util.Locale.ROOT).startsWith("prod");
        readOnly = readOnly != null && readOnly;
        toggles = toggles == null ? List.of() : List.copyOf(toggles);
        requiredVariables = requiredVariables == null ? List.of() : List.copyOf(requiredVariables);
        polling = polling == null ? PollIntervals.DEFAULT : polling;
    }

    /** A profile without alerts. */
    public Profile(String name, String environment, Boolean production, Boolean readOnly, ApiSettings api,
                   DatabaseSettings database, MigrationSettings migrations, RailwaySettings railway,
                   List<ToggleVariable> toggles, List<RequiredVariable> requiredVariables, PollIntervals polling,
                   String runbooksFile) {
        this(name, environment, production, readOnly, api, database, migrations, railway, toggles, requiredVariables,
                polling, runbooksFile, null);
    }

    /** The same profile with these alerts. */
    public Profile withAlerts(AlertSettings newAlerts) {
        return new Profile(name, environment, production, readOnly, api, database, migrations, railway, toggles,
                requiredVariables, polling, runbooksFile, newAlerts);
    }

    /**
     * Where and when the watch alerts ({@code signalbox watch}, desktop notifications from the window).
     *
     * @param holdPolls   a condition (or its end) must be seen in this many consecutive polls of its part...
     * @param holdSeconds ...or have lasted this long, whichever comes first: a flapping endpoint alerts nobody
     * @param maxPerHour  messages per hour per watch, resolved ones included; more are dropped and logged
     * @param desktop     desktop notifications from the window (notify-send where present)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlertSettings(List<Webhook> webhooks, AlertTriggers triggers, Integer holdPolls, Integer holdSeconds,
                                Integer maxPerHour, Boolean desktop) {
        public AlertSettings {
            webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
            triggers = triggers == null ? AlertTriggers.DEFAULT : triggers;
            holdPolls = holdPolls == null ? 2 : holdPolls;
            if (holdPolls < 1 || holdPolls > 100) {
                throw new IllegalArgumentException("field 'holdPolls': between 1 and 100");
            }
            if (holdSeconds != null && (holdSeconds < 0 || holdSeconds > 86_400)) {
                throw new IllegalArgumentException("field 'holdSeconds': between 0 and 86400");
            }
            maxPerHour = maxPerHour == null ? 30 : maxPerHour;
            if (maxPerHour < 1) {
                throw new IllegalArgumentException("field 'maxPerHour': at least 1");
            }
            desktop = desktop == null || desktop;
        }
    }

    public enum WebhookFormat { SLACK, JSON }

    /**
     * @param url    a secret reference ({@code env:SLACK_WEBHOOK_URL}): an incoming-webhook URL is a credential
     * @param format SLACK (incoming-webhook {@code {"text": ...}}) or JSON (a generic object, see docs/alerts.md)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Webhook(String name, String url, WebhookFormat format) {
        public Webhook {
            Fields.require("url", url);
            if (!SecretReference.looksLikeReference(url)) {
                throw new IllegalArgumentException("field 'url': a webhook URL is a secret and never stored in a profile;"
                        + " write a reference such as env:SLACK_WEBHOOK_URL");
            }
            format = format == null ? WebhookFormat.SLACK : format;
            name = name == null || name.isBlank() ? format.name().toLowerCase(java.util.Locale.ROOT) : name;
        }
    }

    /**
     * What alerts. Null thresholds switch a trigger off.
     *
     * @param lockWaitSeconds  a session waiting on a lock at least this long
     * @param toggleOnMinutes  a toggle (bypass, maintenance) left ON at least this long
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlertTriggers(Boolean readinessDown, Boolean livenessDown, Boolean deploymentFailed,
                                Integer lockWaitSeconds, Integer toggleOnMinutes, Boolean migrationsPendingAfterDeploy,
                                Integer serverErrorPercent) {
        public static final AlertTriggers DEFAULT = new AlertTriggers(true, true, true, 30, 30, true, 10); // 10: TrafficSnapshot.DEFAULT_ALERT_PERCENT

        public AlertTriggers {
            readinessDown = readinessDown == null || readinessDown;
            livenessDown = livenessDown == null || livenessDown;
            deploymentFailed = deploymentFailed == null || deploymentFailed;
            migrationsPendingAfterDeploy = migrationsPendingAfterDeploy == null || migrationsPendingAfterDeploy;
            if (serverErrorPercent != null && (serverErrorPercent < 1 || serverErrorPercent > 100)) {
                throw new IllegalArgumentException("field 'serverErrorPercent': between 1 and 100 (percent of real requests answered 5xx)");
            }
        }

        /** Without the 5xx-rate trigger. */
        public AlertTriggers(Boolean readinessDown, Boolean livenessDown, Boolean deploymentFailed, Integer lockWaitSeconds,
                             Integer toggleOnMinutes, Boolean migrationsPendingAfterDeploy) {
            this(readinessDown, livenessDown, deploymentFailed, lockWaitSeconds, toggleOnMinutes, migrationsPendingAfterDeploy, null);
        }
    }

    /** A profile without a runbooks file. */
    public Profile(String name, String environment, Boolean production, Boolean readOnly, ApiSettings api,
                   DatabaseSettings database, MigrationSettings migrations, RailwaySettings railway,
                   List<ToggleVariable> toggles, List<RequiredVariable> requiredVariables, PollIntervals polling) {
        this(name, environment, production, readOnly, api, database, migrations, railway, toggles, requiredVariables,
                polling, null);
    }

    public boolean isProduction() {
        return production;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The service's HTTP API and its probes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiSettings(String baseUrl, Endpoint liveness, Endpoint readiness, List<Endpoint> extraEndpoints) {
        public ApiSettings {
            Fields.require("baseUrl", baseUrl);
            liveness = liveness == null ? new Endpoint("liveness", "/api/health", 200, Map.of()) : liveness.named("liveness");
            readiness = readiness == null ? new Endpoint("readiness", "/api/health/ready", 200, Map.of()) : readiness.named("readiness");
            extraEndpoints = extraEndpoints == null ? List.of() : List.copyOf(extraEndpoints);
        }
    }

    /**
     * One HTTP endpoint to probe.
     *
     * @param expectBody JSON pointer to expected value, e.g. {@code "/database": "connected"}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Endpoint(String name, String path, Integer expectStatus, Map<String, String> expectBody) {
        public Endpoint {
            Fields.require("path", path);
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("field 'path': must start with '/', got '" + path + "'");
            }
            expectStatus = expectStatus == null ? 200 : expectStatus;
            if (expectStatus < 100 || expectStatus > 599) {
                throw new IllegalArgumentException("field 'expectStatus': an HTTP status is between 100 and 599, got " + expectStatus);
            }
            expectBody = expectBody == null ? Map.of() : Map.copyOf(expectBody);
        }

        Endpoint named(String defaultName) {
            return name != null ? this : new Endpoint(defaultName, path, expectStatus, expectBody);
        }
    }

    /**
     * @param url         the connection the service uses: {@code env:DATABASE_URL} or a literal URL without password
     * @param directUrl   the direct, non-pooled connection for migrations (incident 3), same forms; optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DatabaseSettings(String url, String directUrl, String versionTable, String versionTableSchema,
                                   List<ConstraintExpectation> expectations) {
        public DatabaseSettings {
            Fields.require("url", url);
            versionTable = versionTable == null ? "alembic_version" : versionTable;
            expectations = expectations == null ? List.of() : List.copyOf(expectations);
        }
    }

    /**
     * What the team expects of one constraint (incident 5), e.g. the FK on
     * {@code public.user_personalization(user_id)} must reference {@code public.users(id)} and be validated.
     *
     * @param table      {@code schema.table} or {@code table} (schema {@code public})
     * @param type       PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK or EXCLUDE
     * @param references for a FOREIGN KEY, {@code schema.table(col, ...)}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConstraintExpectation(String table, String name, String type, List<String> columns,
                                        String references, Boolean validated) {
        public ConstraintExpectation {
            Fields.require("table", table);
            Fields.require("type", type);
            if (constraintType(type) == null) {
                String suggestion = ProfileLoader.nearest(type.strip().toUpperCase(java.util.Locale.ROOT), CONSTRAINT_TYPES);
                throw new IllegalArgumentException("field 'type': '" + type + "' is not a constraint type"
                        + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "; use one of " + String.join(", ", CONSTRAINT_TYPES)));
            }
            columns = columns == null ? List.of() : List.copyOf(columns);
            if (name == null && columns.isEmpty()) {
                throw new IllegalArgumentException("an expectation needs 'name' or 'columns' to find its constraint");
            }
        }
    }

    /** The constraint types PostgreSQL has (pg_constraint.contype p, u, f, c, x). */
    public static final List<String> CONSTRAINT_TYPES = List.of("PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK", "EXCLUDE");

    /** The canonical type for what a profile may write (any case, '_' for ' ', PK/FK), or null. */
    public static String constraintType(String written) {
        String upper = written.strip().toUpperCase(java.util.Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return switch (upper) {
            case "PRIMARY KEY", "PK", "PRIMARY" -> "PRIMARY KEY";
            case "UNIQUE" -> "UNIQUE";
            case "FOREIGN KEY", "FK", "FOREIGN" -> "FOREIGN KEY";
            case "CHECK" -> "CHECK";
            case "EXCLUDE", "EXCLUSION" -> "EXCLUDE";
            default -> null;
        };
    }

    /**
     * @param upgradeCommand the command the runbook runs to migrate (default {@code alembic upgrade head}), run in
     *                       the location's folder with the service's variables and the direct database URL
     * @param location an {@code alembic.ini}, a {@code pyproject.toml} with {@code [tool.alembic]}, or a versions
     *                 directory; relative to the profile file
     * @param iniSection the section of alembic.ini to read, as {@code alembic -n NAME}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MigrationSettings(String location, String iniSection, List<String> upgradeCommand) {
        public static final List<String> DEFAULT_UPGRADE_COMMAND = List.of("alembic", "upgrade", "head");

        public MigrationSettings {
            Fields.require("location", location);
            iniSection = iniSection == null ? "alembic" : iniSection;
            upgradeCommand = upgradeCommand == null || upgradeCommand.isEmpty() ? DEFAULT_UPGRADE_COMMAND : List.copyOf(upgradeCommand);
        }
    }

    public enum TokenKind { PROJECT, ACCOUNT, WORKSPACE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RailwaySettings(String endpoint, String token, TokenKind tokenKind, String projectId,
                                  String environmentId, String serviceId, String subscriptionEndpoint) {
        public static final String DEFAULT_ENDPOINT = "https://backboard.railway.com/graphql/v2";

        public RailwaySettings(String endpoint, String token, TokenKind tokenKind, String projectId,
                               String environmentId, String serviceId) {
            this(endpoint, token, tokenKind, projectId, environmentId, serviceId, null);
        }

        /** Railway serves subscriptions on the GraphQL endpoint's path over WebSocket (wss:// for https://). */
        public String subscriptions() {
            if (subscriptionEndpoint != null) {
                return subscriptionEndpoint;
            }
            return endpoint.startsWith("https://") ? "wss://" + endpoint.substring(8)
                    : endpoint.startsWith("http://") ? "ws://" + endpoint.substring(7) : endpoint;
        }

        public RailwaySettings {
            endpoint = endpoint == null ? DEFAULT_ENDPOINT : endpoint;
            Fields.require("token", token);
            if (!SecretReference.looksLikeReference(token)) {
                throw new IllegalArgumentException("field 'token': secrets are never stored in a profile;"
                        + " write a reference such as env:RAILWAY_TOKEN");
            }
            tokenKind = tokenKind == null ? TokenKind.PROJECT : tokenKind;
        }
    }

    public enum ToggleKind { BYPASS, MAINTENANCE, OTHER }

    /**
     * A variable the on-call engineer flips (incident 4's {@code FACTEUR_MIGRATION_IN_PROGRESS=1}).
     *
     * @param offValue the value meaning "off"; null means "off" is the variable being absent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToggleVariable(String name, ToggleKind kind, String onValue, String offValue, String description) {
        public ToggleVariable {
            Fields.require("name", name);
            kind = kind == null ? ToggleKind.OTHER : kind;
            onValue = onValue == null ? "1" : onValue;
        }
    }

    /**
     * A variable that must be present on the platform (incident 6), checked without showing its value.
     *
     * @param sameAs another service of the same environment (name or id) whose variable of this name must be
     *               identical, e.g. a NEXTAUTH_SECRET shared by frontend and backend; compared by salted
     *               fingerprint, never displayed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequiredVariable(String name, String pattern, Integer minLength, Boolean secret, String description,
                                   String sameAs) {
        /** A required variable not shared with another service. */
        public RequiredVariable(String name, String pattern, Integer minLength, Boolean secret, String description) {
            this(name, pattern, minLength, secret, description, null);
        }

        public RequiredVariable {
            Fields.require("name", name);
            if (pattern != null) {
                try {
                    java.util.regex.Pattern.compile(pattern);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("field 'pattern': not a valid regular expression: " + e.getDescription());
                }
            }
            secret = secret == null || secret;
        }
    }

    /** Seconds between polls; defaults fit Railway's Hobby budget of 1,000 requests an hour. */
    public record PollIntervals(Integer healthSeconds, Integer databaseSeconds, Integer migrationsSeconds,
                                Integer railwaySeconds) {
        public static final PollIntervals DEFAULT = new PollIntervals(10, 5, 30, 30);

        public PollIntervals {
            healthSeconds = positive("healthSeconds", healthSeconds, 10);
            databaseSeconds = positive("databaseSeconds", databaseSeconds, 5);
            migrationsSeconds = positive("migrationsSeconds", migrationsSeconds, 30);
            railwaySeconds = positive("railwaySeconds", railwaySeconds, 30);
        }

        private static int positive(String field, Integer value, int fallback) {
            if (value == null) {
                return fallback;
            }
            if (value < 1 || value > 3600) {
                throw new IllegalArgumentException("field '" + field + "': must be between 1 and 3600 seconds, got " + value);
            }
            return value;
        }
    }

    static final class Fields {
        private Fields() {
        }

        static void require(String field, Object value) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                throw new IllegalArgumentException("missing required field '" + field + "'");
            }
        }
    }
}
