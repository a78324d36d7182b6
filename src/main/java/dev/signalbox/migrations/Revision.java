package dev.signalbox.migrations;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision in the {@link RevisionGraph}, with the markers {@code alembic history} prints.
 *
 * @param downRevisions  the versioned parents ({@code down_revision}); empty for a base
 * @param dependsOn      {@code depends_on} as written in the file (ids or branch labels)
 * @param branchLabels   the labels Alembic attaches, including those it propagates along the branch
 * @param children       revisions whose {@code down_revision} names this one ({@code nextrev}), in load order
 * @param head           no versioned child ({@code is_head}); {@code alembic upgrade heads} targets it
 * @param effectiveHead  a head that another revision {@code depends_on} (Alembic prints "(effective head)")
 * @param branchPoint    more than one versioned child
 * @param mergePoint     more than one versioned parent
 */
public record Revision(String id, List<String> downRevisions, List<String> dependsOn, List<String> branchLabels,
                       List<String> children, String message, String createDate, Path file, boolean head,
                       boolean effectiveHead, boolean branchPoint, boolean mergePoint) {
    public Revision {
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        children = List.copyOf(children);
    }

    public boolean base() {
        return downRevisions.isEmpty();
    }

    /**
     * The line {@code alembic history} prints for this revision (its {@code _head_only} format with parents,
     * branch labels and the docstring's first paragraph).
     */
    public String historyLine(boolean current) {
        StringBuilder text = new StringBuilder();
        String parents = downRevisions.isEmpty() ? "<base>" : String.join(", ", downRevisions);
        if (!dependsOn.isEmpty()) {
            text.append(parents).append(" (").append(String.join(", ", dependsOn)).append(") -> ").append(id);
        } else {
            text.append(parents).append(" -> ").append(id);
        }
        if (!branchLabels.isEmpty()) {
            text.append(" (").append(String.join(", ", branchLabels)).append(')');
        }
        if (head && !effectiveHead) {
            text.append(" (head)");
        }
        if (effectiveHead) {
            text.append(" (effective head)");
        }
        if (current) {
            text.append(" (current)");
        }
        if (branchPoint) {
            text.append(" (branchpoint)");
        }
        if (mergePoint) {
            text.append(" (mergepoint)");
        }
        text.append(", ").append(message);
        return text.toString();
    }
}
