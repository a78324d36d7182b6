package dev.signalbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the shell completion (bash, and zsh through its bash compatibility) and the man page from the same
 * command-line model as {@code --help}, so they cannot drift from it. Run by {@code mvn -Ppackage package}:
 * {@code CommandLineDocs OUT_DIR} writes OUT_DIR/bash-completion/signalbox, OUT_DIR/zsh/_signalbox and
 * OUT_DIR/man/signalbox.1.
 */
public final class CommandLineDocs {
    private CommandLineDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        CommandLine model = model();
        Path bash = write(out.resolve("bash-completion/signalbox"), bashCompletion(model));
        // zsh loads completion functions from files named _COMMAND on its fpath; picocli's script runs under zsh's
        // bashcompinit, so the zsh function loads it once and completes through it.
        write(out.resolve("zsh/_signalbox"), "#compdef signalbox\n"
                + "# Generated from signalbox's command-line model (picocli.AutoComplete); completes through bashcompinit.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "source \"${SIGNALBOX_BASH_COMPLETION:-/usr/share/bash-completion/completions/signalbox}\"\n"
                + "_complete_signalbox \"$@\"\n");
        write(out.resolve("man/signalbox.1"), manPage(model, LocalDate.now(ZoneOffset.UTC)));
        System.out.println("wrote the completion and the man page under " + out + " (" + Files.size(bash) + " bytes of bash completion)");
    }

    static CommandLine model() {
        return Signalbox.commandLine(Signalbox.COMMANDS, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static String bashCompletion(CommandLine model) {
        return AutoComplete.bash("signalbox", model);
    }

    /** A man(7) page: NAME, SYNOPSIS and DESCRIPTION from the top-level help, then each command's own help. */
    static String manPage(CommandLine model, LocalDate date) {
        StringBuilder page = new StringBuilder();
        String version = model.getCommandSpec().version().length > 0 ? model.getCommandSpec().version()[0] : "signalbox";
        page.append(".\\\" Generated from signalbox's command-line model by dev.signalbox.CommandLineDocs; do not edit.\n");
        page.append(".TH SIGNALBOX 1 \"").append(date).append("\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        page.append(".SH NAME\nsignalbox \\- ").append(escape(model.getCommandSpec().usageMessage().description()[0])).append('\n');
        page.append(".SH SYNOPSIS\n");
        verbatim(page, model.getUsageMessage(CommandLine.Help.Ansi.OFF));
        page.append(".SH COMMANDS\n");
        for (CommandLine sub : model.getSubcommands().values()) {
            addCommand(page, sub);
        }
        page.append(".SH FILES\n.TP\n.I ~/.config/signalbox/profiles/\nProfiles found by name (\\fBsignalbox profile list\\fR);"
                + " under $XDG_CONFIG_HOME when set.\n.TP\n.I ~/.local/state/signalbox/logs/signalbox.log\n"
                + "The log named by an internal error (exit code 3); under $XDG_STATE_HOME when set.\n");
        page.append(".SH ENVIRONMENT\n.TP\n.B SIGNALBOX_HOME\nPuts the configuration, state and logs under one folder.\n");
        page.append(".SH SEE ALSO\n\\fBalembic\\fR(1), \\fBpsql\\fR(1)\n");
        return page.toString();
    }

    private static void addCommand(StringBuilder page, CommandLine command) {
        page.append(".SS \"").append(escape(command.getCommandSpec().qualifiedName())).append("\"\n");
        verbatim(page, command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub != command) {
                addCommand(page, sub);
            }
        }
    }

    private static void verbatim(StringBuilder page, String text) {
        page.append(".nf\n");
        for (String line : text.strip().split("\n", -1)) {
            String escaped = escape(line);
            // a line starting with . or ' would be read as a request
            page.append(escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped).append('\n');
        }
        page.append(".fi\n");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\e").replace("-", "\\-");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
