package dev.signalbox.ops.runbook;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something the runbook checks by looking, not by trusting an action's return value: a precondition before a
 * step, or its verification after (polled until it holds or the step's timeout passes).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Observation.ToggleIs.class, name = "toggleIs"),
        @JsonSubTypes.Type(value = Observation.DeploymentSucceeded.class, name = "deploymentSucceeded"),
        @JsonSubTypes.Type(value = Observation.HealthIs.class, name = "healthIs"),
        @JsonSubTypes.Type(value = Observation.MigrationsAtHead.class, name = "migrationsAtHead"),
        @JsonSubTypes.Type(value = Observation.MigrationsPending.class, name = "migrationsPending"),
        @JsonSubTypes.Type(value = Observation.NoBlockedSessions.class, name = "noBlockedSessions")})
public sealed interface Observation {

    /** A human sentence for the step list, e.g. "FACTEUR_MIGRATION_IN_PROGRESS is on". */
    String describe();

    /** The platform variable reads back as the toggle's on (or off) value. */
    record ToggleIs(String toggle, boolean on) implements Observation {
        @Override
        public String describe() {
            return toggle + " reads back " + (on ? "on" : "off");
        }
    }

    /** The deployment started by the previous redeploy step reached SUCCESS. */
    record DeploymentSucceeded() implements Observation {
        @Override
        public String describe() {
            return "the new deployment reached SUCCESS";
        }
    }

    /** An endpoint's verdict, e.g. liveness UP, readiness UP. */
    record HealthIs(String endpoint, String verdict) implements Observation {
        @Override
        public String describe() {
            return endpoint + " is " + verdict;
        }
    }

    record MigrationsAtHead() implements Observation {
        @Override
        public String describe() {
            return "the database is at the code's heads";
        }
    }

    record MigrationsPending() implements Observation {
        @Override
        public String describe() {
            return "migrations are pending";
        }
    }

    record NoBlockedSessions() implements Observation {
        @Override
        public String describe() {
            return "no session waits on a lock";
        }
    }
}
