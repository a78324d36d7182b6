package dev.signalbox.sandbox;

/** The sandbox could not be set up; the message says which part and why. */
public class SandboxException extends Exception {
    private static final long serialVersionUID = 1L;

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public SandboxException(String message) {
        super(message);
    }
}
