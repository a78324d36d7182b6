package dev.signalbox.database;

import java.util.Objects;

/**
 * Proof that a person confirmed this exact action on this exact backend: the engine refuses an action whose
 * confirmation names another pid or another action. Built by the UI's confirm dialog or the ops layer.
 *
 * @param confirmedBy who confirmed, for the audit record (e.g. the OS user)
 */
public record BackendActionConfirmation(BackendAction action, int pid, String confirmedBy) {
    public BackendActionConfirmation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
    }
}
