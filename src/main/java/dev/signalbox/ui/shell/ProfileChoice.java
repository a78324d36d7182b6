package dev.signalbox.ui.shell;

import dev.signalbox.config.LoadedProfile;
import java.nio.file.Path;

/** An entry of the profile chooser. */
public sealed interface ProfileChoice {
    String label();

    /** The built-in sandbox: embedded PostgreSQL, sample service, Railway simulator. */
    record Sandbox() implements ProfileChoice {
        @Override
        public String label() {
            return "Sandbox (built-in)";
        }
    }

    record Loaded(LoadedProfile profile) implements ProfileChoice {
        @Override
        public String label() {
            return profile.name() + "  [" + profile.profile().environment() + "]";
        }
    }

    /** A profile file that did not load; choosing it shows why. */
    record Broken(Path file, String error) implements ProfileChoice {
        @Override
        public String label() {
            return file.getFileName() + "  (invalid)";
        }
    }
}
