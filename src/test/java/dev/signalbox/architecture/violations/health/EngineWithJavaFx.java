package dev.signalbox.architecture.violations.health;

/** An engine holding UI state: breaks "nothing outside ui imports JavaFX". */
public final class EngineWithJavaFx {
    final javafx.beans.property.SimpleStringProperty verdict = new javafx.beans.property.SimpleStringProperty();
}
