package dev.signalbox.architecture.violations.app;

import dev.signalbox.ops.AuditLog;
import java.nio.file.Path;

/** The composition root may build engines: no rule is broken here. */
public final class CompositionRoot {
    public AuditLog auditLog(Path file) {
        return new AuditLog(file);
    }
}
