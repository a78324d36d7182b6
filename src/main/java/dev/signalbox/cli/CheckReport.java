package dev.signalbox.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code signalbox check}: one item per part of the profile (configuration, API, database,
 * migrations, Railway), each OK, ATTENTION or ERROR, with the details a person needs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckReport(String profile, List<Item> items, dev.signalbox.deploy.DeploySettingsReport deploySettings) {

    public enum Status { OK, ATTENTION, ERROR }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String part, Status status, String summary, List<String> details) {
        public Item {
            details = details == null ? List.of() : List.copyOf(details);
        }
    }

    public CheckReport {
        items = List.copyOf(items);
    }

    /** A report without the structured deploy-settings part. */
    public CheckReport(String profile, List<Item> items) {
        this(profile, items, null);
    }

    public Status status() {
        Status worst = Status.OK;
        for (Item item : items) {
            if (item.status().ordinal() > worst.ordinal()) {
                worst = item.status();
            }
        }
        return worst;
    }

    public int exitCode() {
        return status() == Status.OK ? ExitCode.OK : ExitCode.ATTENTION;
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Profile ").append(profile).append(": ").append(status().name().toLowerCase(Locale.ROOT)).append('\n');
        for (Item item : items) {
            out.append(String.format("  %-9s %-11s %s%n", item.status(), item.part(), item.summary()));
            for (String detail : item.details()) {
                out.append("                        - ").append(detail).append('\n');
            }
        }
        return out.toString();
    }

    public static final class Builder {
        private final String profile;
        private final List<Item> items = new ArrayList<>();
        private dev.signalbox.deploy.DeploySettingsReport deploySettings;

        public Builder(String profile) {
            this.profile = profile;
        }

        public Builder add(String part, Status status, String summary, List<String> details) {
            items.add(new Item(part, status, summary, details));
            return this;
        }

        /** The deploy-settings judgements, also given whole in {@code --json} (fact and fix per judgement). */
        public Builder deploySettings(dev.signalbox.deploy.DeploySettingsReport report) {
            this.deploySettings = report;
            return this;
        }

        public CheckReport build() {
            return new CheckReport(profile, items, deploySettings);
        }
    }
}
