package dev.signalbox.railway;

/**
 * A GraphQL document the transport can send: one of the fixed {@link RailwayDocument}s, or a document assembled for
 * the services of a project ({@link ProjectStatusQuery}), which Railway answers in one request instead of two per
 * service.
 */
public interface GraphQlOperation {
    String text();

    /** Name for messages and for the request's {@code operationName}. */
    String operationName();

    /** A mutation is never retried blindly: a redeploy or a variable write is not idempotent. */
    boolean isMutation();
}
