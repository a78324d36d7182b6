package dev.signalbox.railway;

import java.time.Duration;
import java.util.Optional;

/**
 * The one error type of the Railway boundary. Its message is written for the on-call engineer: what failed,
 * against which operation, and what to do. It never contains a token or a variable value.
 */
public class RailwayException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** "Not Authorized": wrong token kind, revoked token, or a scope that lacks the resource. */
        NOT_AUTHORIZED,
        /** The account requires two-factor authentication for API tokens. */
        TWO_FACTOR_REQUIRED,
        /** Over the per-token rate limit (HTTP 429); {@link #retryAfter()} says when to come back. */
        RATE_LIMITED,
        /** A GraphQL {@code errors[]} answer not covered by a more specific kind. */
        GRAPHQL_ERROR,
        /** Could not connect, or the connection broke. For a mutation the outcome is unknown. */
        NETWORK,
        /** No answer in time. For a mutation the outcome is unknown. */
        TIMEOUT,
        /** An HTTP status other than 200/429 (e.g. 5xx during a Railway incident). */
        HTTP_STATUS,
        /** A 200 whose body is not the GraphQL answer expected. */
        BAD_RESPONSE,
        /** The thread was interrupted (the user cancelled); for a mutation the outcome is unknown. */
        CANCELLED,
        /** The profile's Railway settings are incomplete (no project, environment or service id). */
        CONFIGURATION
    }

    private final Kind kind;
    private final transient Duration retryAfter;
    private final boolean outcomeUnknown;

    public RailwayException(Kind kind, String message) {
        this(kind, message, null, false, null);
    }

    public RailwayException(Kind kind, String message, Duration retryAfter, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.outcomeUnknown = outcomeUnknown;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when a mutation may or may not have been applied (the request left, no answer came back). */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
