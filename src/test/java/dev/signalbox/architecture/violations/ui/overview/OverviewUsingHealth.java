package dev.signalbox.architecture.violations.ui.overview;

import dev.signalbox.architecture.violations.ui.health.HealthPart;

/** Breaks "views do not depend on each other". */
public final class OverviewUsingHealth {
    HealthPart health;
}
