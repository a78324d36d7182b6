package dev.signalbox.ops;

import java.util.List;

/**
 * Asks a person to confirm an action; the CLI (prompt) and the UI (dialog) implement it. For a production
 * profile the person must type the environment's name: {@link Request#requiredText()} is that name, and the
 * guard compares it, not the implementation.
 */
@FunctionalInterface
public interface Confirmation {

    Answer ask(Request request);

    /**
     * @param requiredText what must be typed to approve (the environment name), or null when a yes is enough
     */
    record Request(String profile, String environment, boolean production, String action, String target,
                   String summary, List<String> consequences, String requiredText) {
        public Request {
            consequences = List.copyOf(consequences);
        }

        /** The question as text, for a terminal or a dialog. */
        public String prompt() {
            StringBuilder text = new StringBuilder();
            text.append(summary).append("\n  target: ").append(target).append("\n  profile: ").append(profile)
                    .append(" (environment ").append(environment).append(production ? ", PRODUCTION" : "").append(")\n");
            for (String consequence : consequences) {
                text.append("  - ").append(consequence).append('\n');
            }
            text.append(requiredText != null ? "Type the environment name (" + requiredText + ") to go ahead: " : "Go ahead? [y/N] ");
            return text.toString();
        }
    }

    /** @param typedText what the person typed (the environment name for production), or null */
    record Answer(boolean approved, String typedText) {
        public static Answer yes() {
            return new Answer(true, null);
        }

        public static Answer no() {
            return new Answer(false, null);
        }

        public static Answer typed(String text) {
            return new Answer(text != null && !text.isBlank(), text);
        }
    }

    /** Approves without asking, as with {@code --yes}; {@code typedEnvironment} stands for what would be typed. */
    static Confirmation preapproved(String typedEnvironment) {
        return request -> new Answer(true, typedEnvironment);
    }

    static Confirmation declineAll() {
        return request -> Answer.no();
    }
}
