package dev.signalbox.railway;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Log lines that explain a failed deployment, each with the one line an on-call engineer needs.
 * Order matters: the first match wins ("due to lock timeout" is a lock timeout, not a statement timeout).
 */
public enum LogSignature {
    ALEMBIC_UNKNOWN_REVISION("Can't locate revision identified by",
            "The database is at an Alembic revision this image does not contain: migration files were applied"
                    + " from elsewhere but never committed or deployed (incident 1). Compare DB revision and code heads."),
    ALEMBIC_MULTIPLE_HEADS("Multiple head revisions",
            "The migrations have two heads; 'alembic upgrade head' refuses. Create a merge revision (alembic merge heads)."),
    HEAD_CHECK_REFUSED("(?i)(not at (the )?(alembic )?head|migrations? (are )?pending|pending migrations)(?!.*starting anyway)",
            "The app refuses to start while migrations are pending, so every restart fails (incident 4): run the"
                    + " runbook apply-migrations-under-bypass."),
    LOCK_TIMEOUT("(?i)lock timeout|lock_timeout",
            "A statement gave up waiting for a lock: another session holds a conflicting one. See the lock tree;"
                    + " run the migration in a quiet window."),
    STATEMENT_TIMEOUT("canceling statement due to statement timeout",
            "A statement ran past statement_timeout (a pooler's limit may apply too). Run long migrations on the"
                    + " direct connection with an explicit timeout (incident 3)."),
    CONNECTION_RESET("ConnectionResetError|Connection reset by peer",
            "The database connection was reset: often TLS switched off against a proxy that requires it, or a pooler"
                    + " dropping the connection (incidents 3 and 6)."),
    DATABASE_URL_MISSING("(?i)KeyError: '?DATABASE_URL'?|DATABASE_URL[^\\n]{0,60}(not set|missing|is required|undefined|empty|None)"
            + "|(missing|no|undefined)[^\\n]{0,30}DATABASE_URL",
            "DATABASE_URL is not set in this container: add it on Railway (build containers only see variables"
                    + " referenced at build time; incidents 1 and 6)."),
    SSL_ERROR("(?i)SSLError|SSL error|SSL SYSCALL|SSL connection has been closed|certificate verify failed"
            + "|server does not support SSL|sslmode|no pg_hba\\.conf entry.*SSL off|ssl=disable",
            "TLS to the database failed or is off: Railway's public proxy (*.proxy.rlwy.net) wants TLS; check"
                    + " sslmode / ssl in DATABASE_URL (incident 6).");

    private final Pattern pattern;
    private final String explanation;

    LogSignature(String regex, String explanation) {
        this.pattern = Pattern.compile(regex);
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    public boolean matches(String message) {
        return message != null && pattern.matcher(message).find();
    }

    public static Optional<LogSignature> find(String message) {
        for (LogSignature signature : values()) {
            if (signature.matches(message)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }
}
