package dev.signalbox.alerts;

import dev.signalbox.monitor.Part;

/** A condition that holds now, as read from one poll's snapshots; {@code part} is the part whose polls confirm it. */
record AlertCondition(String key, Part part, Alert.Severity severity, String title, String detail) {
}
