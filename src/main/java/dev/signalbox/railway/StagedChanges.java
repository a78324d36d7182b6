package dev.signalbox.railway;

import java.util.List;

/**
 * Edits made in Railway's dashboard and staged, not applied: they are not live until someone deploys them.
 *
 * @param unmergedChangesCount Railway's count for the environment
 * @param patchStatus          STAGED, APPLYING or COMMITTED; null when Railway did not answer it
 * @param touched              what the staged patch touches, as {@code serviceId: section} (never a value)
 */
public record StagedChanges(int unmergedChangesCount, String patchStatus, List<String> touched) {
    public StagedChanges {
        touched = List.copyOf(touched);
    }

    public boolean any() {
        return unmergedChangesCount > 0 || ("STAGED".equals(patchStatus) && !touched.isEmpty());
    }
}
