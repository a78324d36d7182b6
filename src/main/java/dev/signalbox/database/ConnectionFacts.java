package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the connection really does (incidents 3 and 6): server, TLS on both legs, the pooler in between, and the
 * timeouts that actually apply with where they come from.
 *
 * @param url              the URL, redacted
 * @param hostKind         what kind of host the URL names (Railway proxy, Supabase pooler, ...)
 * @param pooler           none, session, transaction or unknown
 * @param poolerEvidence   how {@code pooler} was decided, in words
 * @param handshakePid     the backend pid from the startup handshake (a proxy invents its own)
 * @param backendPid       {@code pg_backend_pid()} on the server
 * @param settings         effective timeouts on a connection like the app's (no {@code options}): value and source
 * @param roleDefaults     {@code ALTER ROLE/DATABASE ... SET} defaults that apply to this user and database
 * @param inspectorLimits  how the inspector's own limits reach the server: {@code startup options} or {@code SET LOCAL}
 * @param optionsParameter what happened to the startup {@code options} parameter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionFacts(
        String url,
        String hostKind,
        String serverVersion,
        int serverVersionNumber,
        String user,
        String database,
        Tls ssl,
        PoolerMode pooler,
        String poolerEvidence,
        int handshakePid,
        int backendPid,
        Map<String, Setting> settings,
        List<RoleDefault> roleDefaults,
        Privileges privileges,
        LimitsMode inspectorLimits,
        OptionsOutcome optionsParameter) {

    public ConnectionFacts {
        settings = Map.copyOf(settings);
        roleDefaults = List.copyOf(roleDefaults);
    }

    /**
     * TLS as the driver negotiated it (the client's leg) and as the server sees it ({@code pg_stat_ssl}).
     *
     * @param sslmode        the effective sslmode of the URL
     * @param client         the driver's socket is TLS; null when it could not be read
     * @param clientProtocol e.g. TLSv1.3
     * @param server         {@code pg_stat_ssl.ssl} of the backend; behind a pooler, the pooler's leg only
     * @param note           what these two facts mean here
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tls(String sslmode, Boolean client, String clientProtocol, String clientCipher,
                      Boolean server, String serverProtocol, String serverCipher, String note) {
    }

    /** A setting's effective value (as {@code SHOW} prints it) and {@code pg_settings.source}. */
    public record Setting(String value, String source) {
    }

    /**
     * One {@code pg_db_role_setting} entry that applies to this login.
     *
     * @param scope e.g. {@code role app in database prod}, {@code role app}, {@code database prod}
     */
    public record RoleDefault(String scope, String name, String value) {
    }

    public record Privileges(boolean superuser, boolean readAllStats, boolean signalBackend) {
    }

    public enum LimitsMode {
        STARTUP_OPTIONS, SET_LOCAL;

        @JsonValue
        public String json() {
            return this == STARTUP_OPTIONS ? "startup options" : "SET LOCAL";
        }
    }

    public enum OptionsOutcome {
        APPLIED, REFUSED, DROPPED, NOT_TRIED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
