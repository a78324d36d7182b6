package dev.signalbox.ui.railway;

import atlantafx.base.theme.Styles;
import dev.signalbox.ops.Outcome;
import dev.signalbox.railway.DeploymentStatus;
import java.util.List;
import javafx.scene.Node;

/** How a result reads at a glance; maps to AtlantaFX's colour style classes. */
public enum Tone {
    NEUTRAL(Styles.TEXT_MUTED), ACCENT(Styles.ACCENT), SUCCESS(Styles.SUCCESS), WARNING(Styles.WARNING), DANGER(Styles.DANGER);

    private static final List<String> ALL = List.of(Styles.TEXT_MUTED, Styles.ACCENT, Styles.SUCCESS, Styles.WARNING, Styles.DANGER);

    private final String styleClass;

    Tone(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** Replaces whatever tone {@code node} had. */
    public void applyTo(Node node) {
        node.getStyleClass().removeAll(ALL);
        node.getStyleClass().add(styleClass);
    }

    public static Tone of(Outcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> SUCCESS;
            case FAILED -> DANGER;
            case UNVERIFIED, REFUSED -> WARNING;
            case DECLINED, STARTED -> NEUTRAL;
        };
    }

    public static Tone of(DeploymentStatus status) {
        if (status == DeploymentStatus.SUCCESS) {
            return SUCCESS;
        }
        if (status.isFailure()) {
            return DANGER;
        }
        if (status.isInProgress()) {
            return ACCENT;
        }
        return status == DeploymentStatus.UNKNOWN ? WARNING : NEUTRAL;
    }
}
