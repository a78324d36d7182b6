package dev.signalbox.health;

/** Why a probe failed, as an operator would sort it: each class has a different first thing to check. */
public enum FailureClass {
    /** The host name does not resolve. */
    DNS("host name does not resolve"),
    /** Nothing listens on the port: the process is stopped, crashed, or the port is wrong. */
    CONNECTION_REFUSED("connection refused"),
    /** The connection broke for another reason (reset, unreachable network). */
    CONNECTION_FAILED("connection failed"),
    /** The TLS handshake failed: untrusted or self-signed certificate, host name mismatch, protocol error. */
    TLS("TLS handshake failed"),
    /** No connection or no answer within the timeout. */
    TIMEOUT("timed out"),
    /** An HTTP status other than the expected one. */
    HTTP_ERROR("unexpected HTTP status"),
    /** A 3xx answer; redirects are reported, never followed. */
    REDIRECT("redirect"),
    /** The body claims to be JSON (or JSON was expected) and does not parse. */
    INVALID_JSON("invalid JSON"),
    /** The body exceeds the probe's limit; a health endpoint should answer a few hundred bytes. */
    BODY_TOO_LARGE("body too large"),
    /**
     * The expected status with an HTML page: a frontend's catch-all route or a proxy's page answers on the health
     * path, so the API itself was never asked.
     */
    HTML_PAGE("an HTML page, not a health answer");

    private final String label;

    FailureClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
