package dev.signalbox.ui.shell;

import dev.signalbox.app.AppContext;
import dev.signalbox.app.ServiceContext;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.WatchModel;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the main window: which section is shown, which profile is watched, the status line. */
public final class ShellViewModel {
    private final AppContext app;
    private final ProfileStore store;
    /** State the views of one window share (the Railway console of Deployments and Variables), dying with it. */
    private final java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();
    private final ObjectProperty<ConsoleSection> section = new SimpleObjectProperty<>(ConsoleSection.OVERVIEW);
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileChoice> profile = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting");
    private final ObjectProperty<WatchModel> watch = new SimpleObjectProperty<>();
    private final ObjectProperty<Sandbox> sandbox = new SimpleObjectProperty<>();
    private boolean sandboxStarting;
    private Scenario sandboxScenario = Scenario.HEALTHY;
    private final javafx.collections.ObservableList<dev.signalbox.monitor.TimelineEvent> events =
            javafx.collections.FXCollections.observableArrayList();

    public ShellViewModel(ProfileStore store, LoadedProfile initial, boolean readOnly) {
        this(AppContext.withProfiles(store), initial, readOnly);
    }

    public ShellViewModel(AppContext app, LoadedProfile initial, boolean readOnly) {
        this.app = app;
        this.store = app.profiles();
        this.readOnly.set(readOnly || (initial != null && initial.profile().isReadOnly()));
        ProfileChoice first = initial != null ? new ProfileChoice.Loaded(initial) : new ProfileChoice.Sandbox();
        profiles.add(first);
        profile.set(first);
        profile.addListener((obs, old, now) -> {
            if (now instanceof ProfileChoice.Broken broken) {
                status.set("Profile " + broken.file() + " is invalid: " + broken.error());
            } else if (now != null) {
                status.set("Watching " + now.label());
            }
            if (!sameChoice(old, now)) {
                watchChosenProfile();
            }
        });
    }

    /** Starts watching the chosen profile (after the first frame: watching means network and disk). */
    public void watchChosenProfile() {
        ProfileChoice choice = profile.get();
        if (choice instanceof ProfileChoice.Loaded loaded) {
            replaceWatch(loaded.profile());
        } else if (choice instanceof ProfileChoice.Sandbox) {
            if (sandbox.get() != null) {
                replaceWatch(sandbox.get().profile());
            } else {
                replaceWatch(null);
                startSandbox();
            }
        } else {
            replaceWatch(null);
        }
    }

    private void startSandbox() {
        if (sandboxStarting) {
            return;
        }
        sandboxStarting = true;
        status.set("Starting the sandbox...");
        Background.run(() -> Sandbox.start(sandboxScenario, line -> Platform.runLater(() -> status.set("Sandbox: " + line))))
                .onSuccess(started -> {
                    sandboxStarting = false;
                    sandbox.set(started);
                    status.set("Sandbox ready (" + started.scenario().cliName() + "): " + started.scenario().description());
                    if (profile.get() instanceof ProfileChoice.Sandbox) {
                        replaceWatch(started.profile());
                    }
                })
                .onError(error -> {
                    sandboxStarting = false;
                    status.set("The sandbox could not start: " + error.getMessage());
                })
                .start();
    }

    private void replaceWatch(LoadedProfile loaded) {
        WatchModel old = watch.get();
        if (old != null) {
            ServiceWatch closing = old.watch();
            Background.run(() -> {
                closing.close();
                return null;
            }).start();
        }
        WatchModel next = startWatch(loaded);
        if (next != null) {
            next.watch().addEventListener(event -> Platform.runLater(() -> {
                if (watch.get() == next) {
                    events.add(0, event);
                    if (events.size() > 200) {
                        events.remove(200, events.size());
                    }
                }
            }));
        }
        watch.set(next);
    }

    private WatchModel startWatch(LoadedProfile loaded) {
        if (loaded == null) {
            return null;
        }
        try {
            return new WatchModel(app.forProfile(loaded).startWatch());
        } catch (RuntimeException | LinkageError e) {
            // A watch that cannot even start must say so where the user looks, not on stderr.
            LoggerFactory.getLogger(ShellViewModel.class).error("cannot watch {}", loaded.name(), e);
            status.set("Cannot watch " + loaded.name() + ": " + e.getMessage());
            return null;
        }
    }


    /** The composition root: stores, audit log, clock and executors of this window. */
    public AppContext app() {
        return app;
    }

    /** One profile's clients, inspectors and guards. */
    public ServiceContext service(LoadedProfile loaded) {
        return app.forProfile(loaded);
    }

    /** The one {@code type} of this window, made on first use (on the FX thread). */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> make) {
        return type.cast(shared.computeIfAbsent(type, t -> make.get()));
    }

    /** What the watch noticed changing, newest first (bounded): the notifications' source. */
    public javafx.collections.ObservableList<dev.signalbox.monitor.TimelineEvent> events() {
        return events;
    }

    /** Polls every part of the watched profile now (F5). */
    public void refreshAll() {
        if (watch.get() != null) {
            watch.get().watch().refreshAll();
            status.set("Refreshing " + profile.get().label());
        }
    }


    /** Stops the running sandbox and starts a new one with another scenario staged. */
    public void restartSandbox(Scenario scenario) {
        sandboxScenario = scenario;
        Sandbox old = sandbox.get();
        replaceWatch(null);
        sandbox.set(null);
        status.set("Restaging the sandbox as " + scenario.cliName() + "...");
        Background.run(() -> {
            if (old != null) {
                old.close();
            }
            return null;
        }).onSuccess(done -> startSandbox()).onError(error -> status.set("Stopping the old sandbox failed: " + error.getMessage())).start();
    }

    public void setSandboxScenario(Scenario scenario) {
        this.sandboxScenario = scenario;
    }

    public ObjectProperty<WatchModel> watchProperty() {
        return watch;
    }

    public ObjectProperty<Sandbox> sandboxProperty() {
        return sandbox;
    }

    /** Closes the watch and the sandbox; call when the window closes. */
    public void shutdown() {
        if (watch.get() != null) {
            watch.get().watch().close();
        }
        if (sandbox.get() != null) {
            sandbox.get().close();
        }
    }

    /** Reads the profiles folder off the FX thread and fills the chooser, keeping the current choice. */
    public void reloadProfiles() {
        status.set("Reading profiles from " + store.folder());
        Background.run(store::list).onSuccess(entries -> {
            List<ProfileChoice> choices = new ArrayList<>();
            choices.add(profile.get() instanceof ProfileChoice.Sandbox ? profile.get() : new ProfileChoice.Sandbox());
            for (ProfileStore.Entry entry : entries) {
                ProfileChoice choice = entry.profile() != null
                        ? new ProfileChoice.Loaded(entry.profile())
                        : new ProfileChoice.Broken(entry.file(), entry.error().getMessage());
                choices.add(choice);
            }
            if (profile.get() instanceof ProfileChoice.Loaded current
                    && choices.stream().noneMatch(c -> c instanceof ProfileChoice.Loaded l && l.profile().file().equals(current.profile().file()))) {
                choices.add(current);
            }
            ProfileChoice keep = profile.get();
            profiles.setAll(choices);
            profile.set(choices.stream().filter(c -> sameChoice(c, keep)).findFirst().orElse(choices.get(0)));
            status.set(entries.size() + " profile(s) in " + store.folder() + "; watching " + profile.get().label());
        }).onError(error -> status.set("Cannot read profiles from " + store.folder() + ": " + error.getMessage())).start();
    }

    private static boolean sameChoice(ProfileChoice a, ProfileChoice b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof ProfileChoice.Loaded la && b instanceof ProfileChoice.Loaded lb) {
            return la.profile().file().equals(lb.profile().file());
        }
        return a.getClass() == b.getClass() && !(a instanceof ProfileChoice.Broken);
    }

    public ObjectProperty<ConsoleSection> sectionProperty() {
        return section;
    }

    public ObservableList<ProfileChoice> profiles() {
        return profiles;
    }

    public ObjectProperty<ProfileChoice> profileProperty() {
        return profile;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }
}
