package dev.signalbox.architecture.violations.ui.health;

/** A view's own part. */
public final class HealthPart {
}
