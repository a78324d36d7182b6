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

    /** A project file: every member watched at once, the Fleet view first. */
    record Project(dev.signalbox.config.Project project) implements ProfileChoice {
        @Override
        public String label() {
            return project.name() + "  [project, " + project.members().size() + " members]";
        }
    }

    /** The built-in project sandbox: three services in staging and production, one incident in production. */
    record ProjectSandbox() implements ProfileChoice {
        @Override
        public String label() {
            return "Project sandbox (built-in)";
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
