package dev.signalbox.alerts;

/** Where alerts go (a webhook, the desktop, the terminal). {@link #send} must return at once: it runs on the watch's thread. */
public interface AlertSink {
    void send(Alert alert);
}
