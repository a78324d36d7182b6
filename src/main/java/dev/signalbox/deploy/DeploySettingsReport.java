package dev.signalbox.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The "Deploy settings" part: how the service is deployed, judged against the incidents it caused. Each
 * {@link Judgement} carries the fact it rests on (with where it was read) and the fix; {@code notes} are the
 * settings seen, for the reader who wants to check the judge; {@code unavailable} says what could not be read.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeploySettingsReport(List<Judgement> judgements, List<String> notes, List<String> unavailable) {

    public enum Kind {
        /** Incident 4: a failing or slow migration crash-loops every replica. */
        MIGRATIONS_IN_START_COMMAND,
        /** Two replicas each run the migration at start-up. */
        REPLICAS_MIGRATE_AT_ONCE,
        /** The platform health check waits on the database: no deploy goes live while it or migrations are down. */
        HEALTHCHECK_DEPENDS_ON_DATABASE,
        /** Railway gives up on the health check before the service has ever been seen to start. */
        HEALTHCHECK_TIMEOUT_TOO_SHORT,
        /** Incident 6: names the code expects are not set on the platform. */
        VARIABLES_MISSING_ON_PLATFORM,
        /** A .env file is in git: its secrets are in the history. */
        DOTENV_COMMITTED,
        /** Dashboard edits staged but not deployed: what you see is not what runs. */
        STAGED_CHANGES,
        /** A variable that must be identical in two services is not. */
        SHARED_VARIABLE_DIFFERS
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Judgement(Kind kind, String fact, String fix) {
    }

    public DeploySettingsReport {
        judgements = List.copyOf(judgements);
        notes = List.copyOf(notes);
        unavailable = List.copyOf(unavailable);
    }

    public boolean needsAttention() {
        return !judgements.isEmpty();
    }
}
