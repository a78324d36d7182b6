package dev.signalbox.ops.runbook;

import java.util.List;

/** A recovery procedure as data: an ordered list of verified steps. */
public record Runbook(String name, String title, String description, List<RunbookStep> steps) {
    public Runbook {
        steps = List.copyOf(steps);
    }

    public RunbookStep step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step '" + id + "' in runbook " + name));
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
