package dev.signalbox.ui.shell;

import dev.signalbox.app.AppContext;
import dev.signalbox.app.ServiceContext;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ProjectModel;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.config.Project;
import dev.signalbox.monitor.ProjectWatch;
import dev.signalbox.sandbox.ProjectSandbox;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
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
    private final Executor background;
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
    private final ObjectProperty<ProjectModel> project = new SimpleObjectProperty<>();
    private ProjectSandbox projectSandbox;
    private boolean projectSandboxStarting;
    /** Counts project watch starts (FX thread): a start that is no longer the latest is closed when it arrives. */
    private long projectStarts;
    /** The choice the current watch was started for (null before the first frame). */
    private ProfileChoice watchedChoice;
    private final java.util.Set<ServiceWatch> listenedTo = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Signalbox");
    private final javafx.beans.property.ReadOnlyIntegerWrapper attention = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** What is being started while nothing is watched yet (the sandbox, a project), with its latest step; else null. */
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();

    /**
     * A deep link: a view and the exact place in it ({@code "constraints"}, {@code "locks"}, ...). A new object
     * per request, so the same place asked twice is still a change the view sees.
     */
    public static final class Place {
        private final ConsoleSection section;
        private final String anchor;

        public Place(ConsoleSection section, String anchor) {
            this.section = section;
            this.anchor = anchor;
        }

        public ConsoleSection section() {
            return section;
        }

        public String anchor() {
            return anchor;
        }
    }

    public ShellViewModel(ProfileStore store, LoadedProfile initial, boolean readOnly) {
        this(AppContext.withProfiles(store), initial, readOnly);
    }

    public ShellViewModel(AppContext app, LoadedProfile initial, boolean readOnly) {
        this(app, initial == null ? null : new ProfileChoice.Loaded(initial), readOnly);
    }

    /** @param initial the profile, project or sandbox to open first; null for the built-in sandbox */
    public ShellViewModel(AppContext app, ProfileChoice initial, boolean readOnly) {
        this(app, initial, readOnly, Background.executor());
    }

    /**
     * @param background where the view models' reads and actions run ({@link Background}'s pool in the window; a
     *                   window-free test passes a current-thread executor)
     */
    public ShellViewModel(AppContext app, ProfileChoice initial, boolean readOnly, Executor background) {
        this.app = app;
        this.background = background;
        this.store = app.profiles();
        this.readOnly.set(readOnly || (initial instanceof ProfileChoice.Loaded loadedChoice && loadedChoice.profile().profile().isReadOnly()));
        ProfileChoice first = initial != null ? initial : new ProfileChoice.Sandbox();
        // From the first frame, what will load is said (the watch starts after it): no "nothing is watched" meanwhile.
        if (first instanceof ProfileChoice.Sandbox) {
            loading.set("Starting the sandbox (" + sandboxScenario.cliName() + ")...");
        } else if (first instanceof ProfileChoice.ProjectSandbox) {
            loading.set("Starting the project sandbox...");
        }
        profiles.add(first);
        profile.set(first);
        profile.addListener((obs, old, now) -> {
            if (now instanceof ProfileChoice.Broken broken) {
                status.set("Profile " + broken.file() + " is invalid: " + broken.error());
            } else if (now != null) {
                status.set("Watching " + now.label());
            }
            // Refilling the chooser (reloadProfiles, each time it opens) makes the ComboBox set its value to null
            // and back (JavaFX does so on setAll): compared with what is watched, not with the previous value, that
            // flicker does not restart the watch, its histories and its connections; a file whose content changed
            // (saved in the editor, edited by hand) does restart it, with the new settings.
            if (now != null && !sameSettings(watchedChoice, now)) {
                watchChosenProfile();
            }
        });
    }

    /** Starts watching the chosen profile (after the first frame: watching means network and disk). */
    public void watchChosenProfile() {
        ProfileChoice choice = profile.get();
        watchedChoice = choice;
        if (choice instanceof ProfileChoice.Project chosen) {
            watchProject(chosen.project());
            return;
        }
        if (choice instanceof ProfileChoice.ProjectSandbox) {
            if (projectSandbox != null) {
                watchProject(projectSandbox.project());
            } else {
                closeProject();
                replaceWatch(null);
                startProjectSandbox();
            }
            return;
        }
        closeProject();
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
        String what = "Starting the sandbox (" + sandboxScenario.cliName() + ")";
        if (loading.get() == null || !loading.get().startsWith("Restaging")) {
            loading.set(what + "...");
        }
        Background.run(() -> Sandbox.start(sandboxScenario, line -> Platform.runLater(() -> {
                    status.set("Sandbox: " + line);
                    loading.set(what + ": " + line);
                })))
                .onSuccess(started -> {
                    sandboxStarting = false;
                    sandbox.set(started);
                    status.set("Sandbox ready (" + started.scenario().cliName() + "): " + started.scenario().description());
                    if (profile.get() instanceof ProfileChoice.Sandbox) {
                        replaceWatch(started.profile());
                    }
                    // Only once the watch is there: in between, a view would say nothing is watched.
                    loading.set(null);
                })
                .onError(error -> {
                    sandboxStarting = false;
                    loading.set(null);
                    status.set("The sandbox could not start: " + error.getMessage());
                })
                .start();
    }

    private record StartedProject(ProjectWatch watch, ProjectWatch.Snapshot first) {
    }

    /** Watches every member of {@code chosen} (started off the FX thread) and shows the Fleet view. */
    private void watchProject(Project chosen) {
        closeProject();
        replaceWatch(null);
        // Refilling the chooser (reloadProfiles) empties and re-selects it, which asks for the same project again
        // while the first start is still running: only the latest start may become the shown watch, any other is
        // closed when it arrives (before, both arrived, the first was replaced unclosed and polled 40 members for
        // as long as the window lived, twice the threads, requests and connections).
        long start = ++projectStarts;
        status.set("Starting the watch of project " + chosen.name() + " (" + chosen.members().size() + " members)...");
        loading.set("Starting the watch of project " + chosen.name() + " (" + chosen.members().size() + " members)...");
        Background.run(() -> {
            ProjectWatch started = app.startProjectWatch(chosen);
            return new StartedProject(started, started.snapshot());
        }).onSuccess(started -> {
            if (start == projectStarts && choiceShows(chosen)) {
                loading.set(null);
            }
            if (start != projectStarts || !choiceShows(chosen)) {
                Background.run(() -> {
                    started.watch().close();
                    return null;
                }).start();
                return;
            }
            ProjectModel model = new ProjectModel(started.watch(), started.first());
            model.snapshotProperty().addListener((obs, old, now) -> updateTitle());
            project.set(model);
            updateTitle();
            section.set(ConsoleSection.FLEET);
            status.set("Watching project " + chosen.name() + ": " + chosen.members().size()
                    + " members; Enter on a row opens that service in every view");
        }).onError(error -> {
            if (start != projectStarts) {
                return;
            }
            loading.set(null);
            status.set("Cannot watch project " + chosen.name() + ": " + error.getMessage());
        }).start();
    }

    private boolean choiceShows(Project chosen) {
        ProfileChoice now = profile.get();
        return (now instanceof ProfileChoice.Project p && p.project() == chosen)
                || (now instanceof ProfileChoice.ProjectSandbox && projectSandbox != null && projectSandbox.project() == chosen);
    }

    private void startProjectSandbox() {
        if (projectSandboxStarting) {
            return;
        }
        projectSandboxStarting = true;
        status.set("Starting the project sandbox...");
        loading.set("Starting the project sandbox...");
        Background.run(() -> ProjectSandbox.start(line -> Platform.runLater(() -> {
                    status.set("Project sandbox: " + line);
                    loading.set("Starting the project sandbox: " + line);
                })))
                .onSuccess(started -> {
                    projectSandboxStarting = false;
                    if (!(profile.get() instanceof ProfileChoice.ProjectSandbox)) {
                        loading.set(null);
                    }
                    projectSandbox = started;
                    if (profile.get() instanceof ProfileChoice.ProjectSandbox) {
                        watchProject(started.project());
                    }
                })
                .onError(error -> {
                    projectSandboxStarting = false;
                    loading.set(null);
                    status.set("The project sandbox could not start: " + error.getMessage());
                })
                .start();
    }

    private void closeProject() {
        ProjectModel old = project.get();
        if (old == null) {
            return;
        }
        project.set(null);
        updateTitle();
        if (watch.get() != null && old.watch().watches().contains(watch.get().watch())) {
            watch.set(null);
        }
        Background.run(() -> {
            old.watch().close();
            return null;
        }).start();
    }

    /**
     * Opens one member of the watched project in every view (Overview, Health, ...): its watch is already running,
     * so the views fill at once; the Fleet view stays one key away.
     */
    public void openMember(String memberName) {
        ProjectModel model = project.get();
        ServiceWatch member = model == null ? null : model.watch().watch(memberName);
        if (member == null) {
            status.set("No member named " + memberName + " in the watched project");
            return;
        }
        showMemberWatch(member);
        section.set(ConsoleSection.OVERVIEW);
        status.set("Watching " + memberName + " of project " + model.watch().project().name()
                + " (Ctrl+0: every member in the Fleet view)");
    }

    private void updateTitle() {
        ProjectModel model = project.get();
        if (model == null || model.snapshotProperty().get() == null) {
            title.set("Signalbox");
            attention.set(0);
            return;
        }
        ProjectWatch.Snapshot snapshot = model.snapshotProperty().get();
        int failing = snapshot.failing();
        attention.set(failing);
        title.set("Signalbox - " + snapshot.project() + (failing == 0 ? ": all " + snapshot.rows().size() + " OK"
                : ": " + failing + " of " + snapshot.rows().size() + " need attention"));
    }

    /** How many members of the watched project need attention (0 without a project): the dock or tray badge. */
    public javafx.beans.property.ReadOnlyIntegerProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** The window's title: the project and how many of its members need attention, the one glance from the taskbar. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The watched project, or null when one profile (or the sandbox) is watched. */
    public ObjectProperty<ProjectModel> projectProperty() {
        return project;
    }

    private void showMemberWatch(ServiceWatch member) {
        WatchModel old = watch.get();
        if (old != null && !isProjectMember(old.watch())) {
            ServiceWatch closing = old.watch();
            Background.run(() -> {
                closing.close();
                return null;
            }).start();
        }
        WatchModel next = new WatchModel(member);
        listenForEvents(next);
        watch.set(next);
    }

    private boolean isProjectMember(ServiceWatch candidate) {
        return project.get() != null && project.get().watch().watches().contains(candidate);
    }

    private void listenForEvents(WatchModel next) {
        if (!listenedTo.add(next.watch())) {
            return;
        }
        next.watch().addEventListener(event -> Platform.runLater(() -> {
            if (watch.get() != null && watch.get().watch() == next.watch()) {
                events.add(0, event);
                if (events.size() > 200) {
                    events.remove(200, events.size());
                }
            }
        }));
    }

    private void replaceWatch(LoadedProfile loaded) {
        WatchModel old = watch.get();
        if (old != null && !isProjectMember(old.watch())) {
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
    /** Where the view models' background work runs. */
    public Executor background() {
        return background;
    }

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

    /** Polls every part of the watched profile now (F5); with a project, every member. */
    public void refreshAll() {
        if (project.get() != null) {
            project.get().watch().refreshAll();
            status.set("Refreshing every member of " + project.get().watch().project().name());
        } else if (watch.get() != null) {
            watch.get().watch().refreshAll();
            status.set("Refreshing " + profile.get().label());
        }
    }


    /** Stops the running sandbox and starts a new one with another scenario staged. */
    public void restartSandbox(Scenario scenario) {
        sandboxScenario = scenario;
        Sandbox old = sandbox.get();
        loading.set("Restaging the sandbox as " + scenario.cliName() + ": stopping the old one...");
        replaceWatch(null);
        sandbox.set(null);
        status.set("Restaging the sandbox as " + scenario.cliName() + "...");
        Background.run(() -> {
            if (old != null) {
                old.close();
            }
            return null;
        }).onSuccess(done -> startSandbox()).onError(error -> {
            loading.set(null);
            status.set("Stopping the old sandbox failed: " + error.getMessage());
        }).start();
    }

    public void setSandboxScenario(Scenario scenario) {
        this.sandboxScenario = scenario;
        if (!sandboxStarting && sandbox.get() == null && profile.get() instanceof ProfileChoice.Sandbox) {
            loading.set("Starting the sandbox (" + scenario.cliName() + ")...");
        }
    }

    public ObjectProperty<WatchModel> watchProperty() {
        return watch;
    }

    public ObjectProperty<Sandbox> sandboxProperty() {
        return sandbox;
    }

    /** Closes the watch and the sandbox; call when the window closes. */
    public void shutdown() {
        // A project watch still starting closes itself when it arrives.
        projectStarts++;
        if (project.get() != null) {
            project.get().watch().close();
        }
        if (projectSandbox != null) {
            projectSandbox.close();
        }
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
        Background.run(() -> new StoreListing(store.list(), store.projects())).onSuccess(listing -> {
            List<ProfileStore.Entry> entries = listing.profiles();
            List<ProfileChoice> choices = new ArrayList<>();
            choices.add(profile.get() instanceof ProfileChoice.Sandbox ? profile.get() : new ProfileChoice.Sandbox());
            choices.add(profile.get() instanceof ProfileChoice.ProjectSandbox ? profile.get() : new ProfileChoice.ProjectSandbox());
            for (ProfileStore.ProjectEntry entry : listing.projects()) {
                choices.add(entry.project() != null ? new ProfileChoice.Project(entry.project())
                        : new ProfileChoice.Broken(entry.file(), entry.error().getMessage()));
            }
            if (profile.get() instanceof ProfileChoice.Project current
                    && choices.stream().noneMatch(c -> c instanceof ProfileChoice.Project p && p.project().file().equals(current.project().file()))) {
                choices.add(current);
            }
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

    private record StoreListing(List<ProfileStore.Entry> profiles, List<ProfileStore.ProjectEntry> projects) {
    }

    /** The same entry of the chooser, with the same settings (profiles and projects are records: compared by value). */
    private static boolean sameSettings(ProfileChoice a, ProfileChoice b) {
        if (a instanceof ProfileChoice.Project pa && b instanceof ProfileChoice.Project pb) {
            return pa.project().equals(pb.project());
        }
        if (a instanceof ProfileChoice.Loaded la && b instanceof ProfileChoice.Loaded lb) {
            return la.profile().equals(lb.profile());
        }
        return sameChoice(a, b);
    }

    /** The same entry of the chooser: the same file, or the same sandbox. */
    private static boolean sameChoice(ProfileChoice a, ProfileChoice b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof ProfileChoice.Project pa && b instanceof ProfileChoice.Project pb) {
            return pa.project().file().equals(pb.project().file());
        }
        if (a instanceof ProfileChoice.Loaded la && b instanceof ProfileChoice.Loaded lb) {
            return la.profile().file().equals(lb.profile().file());
        }
        return a.getClass() == b.getClass() && !(a instanceof ProfileChoice.Broken);
    }

    public ObjectProperty<ConsoleSection> sectionProperty() {
        return section;
    }

    /** What is being started while no profile is watched yet, with its latest step ("Starting the sandbox: ..."), or null. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Opens {@code target} at {@code anchor} (a tab, a row): the view reads {@link #placeProperty()} when shown. */
    public void open(ConsoleSection target, String anchor) {
        place.set(new Place(target, anchor));
        section.set(target);
    }

    /** The latest deep link asked for, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Place> placeProperty() {
        return place;
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
