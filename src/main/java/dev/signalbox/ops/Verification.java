package dev.signalbox.ops;

/** What the read-back after an action showed. */
public record Verification(boolean verified, AuditState after, String message) {

    public static Verification confirmed(AuditState after, String message) {
        return new Verification(true, after, message);
    }

    public static Verification mismatch(AuditState after, String message) {
        return new Verification(false, after, message);
    }
}
