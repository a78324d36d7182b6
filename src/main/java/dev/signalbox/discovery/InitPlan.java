package dev.signalbox.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.signalbox.config.Profile;
import dev.signalbox.railway.NamedId;
import java.util.List;

/**
 * What {@code signalbox init} would write: the profile (references only), what was found where, and the
 * choices it could not make alone (which environment, which service), each with its options.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InitPlan(Profile profile, List<Finding> found, List<Choice> unresolved, RepositoryFacts repository) {

    /** A decision left open: {@code option} names the command-line option that settles it. */
    public record Choice(String what, String option, List<NamedId> options) {
        public Choice {
            options = List.copyOf(options);
        }
    }

    public InitPlan {
        found = List.copyOf(found);
        unresolved = List.copyOf(unresolved);
    }

    public boolean complete() {
        return unresolved.isEmpty() && profile != null;
    }
}
