package dev.signalbox.ops;

import dev.signalbox.config.Secret;
import java.util.Optional;

/**
 * A variable write as performed: the value before (to restore it), the value now, and whether Railway started a
 * deployment. The running deployment keeps the old value until a new deployment is live.
 */
public record VariableChange(String name, Optional<Secret> previous, Optional<Secret> requested, boolean deployTriggered) {
}
