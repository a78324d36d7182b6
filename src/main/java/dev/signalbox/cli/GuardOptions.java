package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.Confirmation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of every command that changes something: confirmation on the terminal, --yes, read-only. */
public final class GuardOptions {
    private final AppContext app;

    GuardOptions(AppContext app) {
        this.app = app;
    }

    @Option(names = {"-y", "--yes"}, description = "Do not ask. Refused for production without --confirm-environment.")
    boolean yes;

    @Option(names = "--confirm-environment", paramLabel = "NAME",
            description = "With --yes on a production profile: the environment's name, typed as a person would.")
    String confirmEnvironment;

    @Option(names = "--read-only", description = "Refuse (and audit) instead of changing anything.")
    boolean readOnly;

    /** The guard every mutation of the command goes through; asks on {@code err}/stdin unless --yes. */
    public ActionGuard guard(LoadedProfile loaded, PrintWriter err) throws ConfigException {
        Profile profile = loaded.profile();
        Confirmation confirmation;
        if (yes) {
            if (profile.isProduction() && confirmEnvironment == null) {
                throw new ConfigException("--yes", "refused for production profile " + profile.name()
                        + ": add --confirm-environment " + profile.environment() + " to say you mean it");
            }
            confirmation = Confirmation.preapproved(confirmEnvironment);
        } else {
            confirmation = request -> askOnTerminal(request, err);
        }
        return app.forProfile(loaded).guard(readOnly, confirmation);
    }

    private static Confirmation.Answer askOnTerminal(Confirmation.Request request, PrintWriter err) {
        err.print(request.prompt());
        err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                return Confirmation.Answer.no();
            }
            if (request.requiredText() != null) {
                return Confirmation.Answer.typed(line.strip());
            }
            return line.strip().toLowerCase(Locale.ROOT).matches("y|yes") ? Confirmation.Answer.yes() : Confirmation.Answer.no();
        } catch (IOException e) {
            return Confirmation.Answer.no();
        }
    }
}
