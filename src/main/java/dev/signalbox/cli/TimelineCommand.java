package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.monitor.TimelineEvent;
import dev.signalbox.ops.IncidentTimeline;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayAuditEntry;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The incident in order: what the console saw change (probes, deployments, migrations, locks),",
                "what operators did (audit log) and Railway's deployment history. --markdown for the post-mortem."})
public final class TimelineCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "24h",
            description = "How far back: 30s, 90m, 6h, 2d or PT15M (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--markdown", description = "Print a Markdown table for a post-mortem.")
    boolean markdown;

    @Option(names = "--json", description = "Print the events as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException, IOException {
        LoadedProfile loaded = profileOptions.load();
        Instant from = Instant.now().minus(DurationOption.parse("--since", since));
        PrintWriter err = spec.commandLine().getErr();
        List<Deployment> deployments = List.of();
        List<RailwayAuditEntry> railwayAudit = List.of();
        if (loaded.profile().railway() != null) {
            RailwayClient client = null;
            try {
                client = profileOptions.app().railwayClient(loaded.profile().railway());
                deployments = client.deployments(RailwayTarget.of(loaded.profile().railway()), 50);
            } catch (RailwayException | ConfigException e) {
                err.println("note: Railway's deployment history is left out: " + e.getMessage());
                err.flush();
            }
            if (client != null) {
                try {
                    railwayAudit = client.auditLogs(RailwayTarget.of(loaded.profile().railway()), from, 100);
                } catch (RailwayException e) {
                    err.println("note: Railway's audit trail (changes made by others in the dashboard or CLI) is left out: "
                            + e.getMessage() + (loaded.profile().railway().tokenKind() == Profile.TokenKind.PROJECT
                            ? " (audit logs are read per workspace; a project token cannot read them, an account or workspace"
                            + " token can)" : ""));
                    err.flush();
                }
            }
        }
        List<TimelineEvent> events = IncidentTimeline.build(loaded, profileOptions.app().journal(loaded.name()),
                profileOptions.app().auditLog(), deployments, railwayAudit, from);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, events);
        } else if (markdown) {
            out.print(IncidentTimeline.toMarkdown(loaded, events));
        } else {
            out.print(events.isEmpty() ? "Nothing recorded since " + from + "\n" : IncidentTimeline.toText(events));
        }
        out.flush();
        return ExitCode.OK;
    }
}
