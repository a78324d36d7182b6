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
    /** The top-level fields (aliases) Railway's GraphQL errors name in their {@code path}; empty when none. */
    private final java.util.Set<String> failedFields;

    public RailwayException(Kind kind, String message) {
        this(kind, message, null, false, null);
    }

    public RailwayException(Kind kind, String message, Duration retryAfter, boolean outcomeUnknown, Throwable cause) {
        this(kind, message, retryAfter, outcomeUnknown, cause, java.util.Set.of());
    }

    RailwayException(Kind kind, String message, Duration retryAfter, boolean outcomeUnknown, Throwable cause,
                     java.util.Set<String> failedFields) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.outcomeUnknown = outcomeUnknown;
        this.failedFields = java.util.Set.copyOf(failedFields);
    }

    /**
     * The top-level fields (aliases) the GraphQL errors name, e.g. {@code v3} for a service deleted since its profile
     * was written: every top-level field of Railway's schema is non-null, so one failing field nulls the whole
     * answer, and a batch has to be asked again without it.
     */
    public java.util.Set<String> failedFields() {
        return failedFields;
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
