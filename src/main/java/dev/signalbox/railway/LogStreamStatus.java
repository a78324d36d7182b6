package dev.signalbox.railway;

import java.time.Duration;

/**
 * Where a followed log stands, for the terminal and the window alike (they render the mode, never parse the text).
 *
 * @param detail  one sentence for a person: why polling, what failed; empty when there is nothing to add
 * @param attempt the reconnection attempt in progress (RECONNECTING), else 0
 * @param retryIn the wait before that attempt (RECONNECTING), else null
 */
public record LogStreamStatus(Mode mode, String detail, int attempt, Duration retryIn) {

    public enum Mode {
        /** Opening the WebSocket and waiting for connection_ack. */
        CONNECTING,
        /** Lines arrive as Railway writes them. */
        STREAMING,
        /** The stream dropped; reconnecting with backoff, the gap is read back on resume. */
        RECONNECTING,
        /** Subscriptions were refused (or could not be re-established): the log is polled instead. */
        POLLING,
        /** Railway completed the stream. */
        ENDED,
        /** Stopped by the user. */
        STOPPED
    }

    public static LogStreamStatus of(Mode mode, String detail) {
        return new LogStreamStatus(mode, detail, 0, null);
    }

    public boolean live() {
        return mode == Mode.STREAMING || mode == Mode.POLLING;
    }
}
