package dev.signalbox.ui.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.ui.common.Background;
import dev.signalbox.monitor.PartResult;
import dev.signalbox.monitor.PartResult.Part;
import dev.signalbox.monitor.ProfilePartTests;
import dev.signalbox.monitor.ProfilePartTests.RailwayChoice;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Profiles view's state: the profiles folder's files (valid or not, with the error), and one profile being
 * edited as JSON text with a form over it. Every change to the text goes through the real {@link ProfileLoader},
 * so the error shown is the one {@code signalbox check} would give (file, line, column, field); Save is possible
 * only for a text the loader accepts, which also means no token or database password is in it. Disk, network and
 * database work runs on the {@link Background} executor; call everything else on the FX thread.
 */
public final class ProfilesViewModel {
    static final String TEMPLATE = "/profiles/example.json";
    static final String TEMPLATE_NAME = "facteur-api";

    private final ProfileStore store;
    private final ShellViewModel shell;
    private final ProfilePartTests tests;
    private final ProfileLoader loader = new ProfileLoader();

    private final ObservableList<ProfileStore.Entry> entries = FXCollections.observableArrayList();
    private final ProfileForm form = new ProfileForm();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty jsonReadable = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LoadedProfile> saved = new SimpleObjectProperty<>();
    private final Map<Part, ObjectProperty<PartResult>> results = new EnumMap<>(Part.class);
    private final Map<Part, BooleanProperty> running = new EnumMap<>(Part.class);
    private final ObservableList<RailwayChoice> discovered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper discoverStatus = new ReadOnlyStringWrapper("");
    private final BooleanProperty discovering = new SimpleBooleanProperty();
    private final BooleanBinding canSave;

    private ObjectNode tree;
    /** Set while the form writes the text (the form must not be re-read from it) or the text fills the form. */
    private boolean syncing;

    /** @param shell the window's model, told when profiles change; may be null (no window, as in unit tests) */
    public ProfilesViewModel(ProfileStore store, ShellViewModel shell, ProfilePartTests tests) {
        this.store = store;
        this.shell = shell;
        this.tests = tests;
        for (Part part : Part.values()) {
            results.put(part, new SimpleObjectProperty<>());
            running.put(part, new SimpleBooleanProperty());
        }
        text.addListener((obs, old, now) -> textChanged(now));
        // Change listeners, not invalidation ones: a field nobody has read yet must still be noticed when it changes.
        form.all().forEach(p -> p.addListener((obs, old, now) -> formChanged()));
        canSave = Bindings.createBooleanBinding(() -> file.get() != null && profile.get() != null && error.get().isEmpty()
                        && (dirty.get() || creating.get()) && !saving.get(), file, profile, error, dirty, creating, saving);
    }

    // ---- the list -------------------------------------------------------------------------------------------

    /** Reads the profiles folder off the FX thread. */
    public void refresh() {
        Background.run(store::list)
                .onSuccess(entries::setAll)
                .onError(e -> status.set("Cannot read the profiles folder " + store.folder() + ": " + e.getMessage()))
                .start();
    }

    /** Starts a new profile from the example template, named so that it does not overwrite a file. */
    public void newProfile() {
        String template;
        try (InputStream in = ProfilesViewModel.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("missing from the class path");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            status.set("The example profile " + TEMPLATE + " cannot be read: " + e.getMessage());
            return;
        }
        String name = "new-service";
        for (int i = 2; taken(name + ".json"); i++) {
            name = "new-service-" + i;
        }
        open(store.folder().resolve(name + ".json"), template.replace("\"name\": \"" + TEMPLATE_NAME + "\"", "\"name\": \"" + name + "\""), true);
        status.set("New profile from the example; it is written when you save");
    }

    private boolean taken(String fileName) {
        return entries.stream().anyMatch(e -> e.file().getFileName().toString().equals(fileName));
    }

    /** Opens a file of the list (valid or not: an invalid one is shown with its error, to be fixed). */
    public void edit(ProfileStore.Entry entry) {
        Path path = entry.file();
        Background.run(() -> store.readText(path))
                .onSuccess(content -> {
                    open(path, content, false);
                    status.set("Editing " + path);
                })
                .onError(e -> status.set("Cannot read " + path + ": " + e.getMessage()))
                .start();
    }

    private void open(Path path, String content, boolean isNew) {
        file.set(path);
        creating.set(isNew);
        saved.set(null);
        discovered.clear();
        discoverStatus.set("");
        results.values().forEach(r -> r.set(null));
        tree = null;
        text.set(content);
        textChanged(content);
        dirty.set(false);
    }

    // ---- text and form --------------------------------------------------------------------------------------

    private void textChanged(String now) {
        dirty.set(true);
        validate(now);
        if (syncing) {
            return;
        }
        try {
            JsonNode parsed = Json.mapper().readTree(now);
            if (parsed instanceof ObjectNode object) {
                tree = object;
                jsonReadable.set(true);
                syncing = true;
                try {
                    form.readFrom(object);
                } finally {
                    syncing = false;
                }
                return;
            }
        } catch (JsonProcessingException e) {
            // The loader's message (line and column) is already shown; the form waits until the JSON reads again.
        }
        jsonReadable.set(false);
    }

    private void formChanged() {
        if (syncing || !jsonReadable.get() || file.get() == null) {
            return;
        }
        ObjectNode next = tree == null ? Json.mapper().createObjectNode() : tree.deepCopy();
        form.writeInto(next);
        tree = next;
        if (creating.get() && !form.name.get().isBlank()) {
            // A new profile's file follows its name until it is saved.
            file.set(store.folder().resolve(form.name.get().strip() + ".json"));
        }
        syncing = true;
        try {
            text.set(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(next));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        } finally {
            syncing = false;
        }
    }

    private void validate(String json) {
        String source = file.get() == null ? "profile" : file.get().toString();
        try {
            profile.set(loader.parse(json, source));
            error.set("");
        } catch (ConfigException e) {
            profile.set(null);
            error.set(e.getMessage());
        }
    }

    // ---- save -----------------------------------------------------------------------------------------------

    /** Writes the profile off the FX thread; then the shell reads the folder again and "Watch" is offered. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        String content = text.get();
        Path target = file.get();
        boolean isNew = creating.get();
        Background.run(() -> write(target, content, isNew))
                .onSuccess(loaded -> {
                    saving.set(false);
                    creating.set(false);
                    dirty.set(false);
                    saved.set(loaded);
                    status.set("Saved " + loaded.file());
                    refresh();
                    if (shell != null) {
                        shell.reloadProfiles();
                    }
                })
                .onError(e -> {
                    saving.set(false);
                    status.set("Not saved: " + e.getMessage());
                })
                .start();
    }

    /** Writes through the store: validated again, written beside the target and moved into place. */
    LoadedProfile write(Path target, String content, boolean isNew) throws ConfigException, IOException {
        return store.write(target, content, isNew);
    }

    /** Makes the saved profile the one the window watches. */
    public void watchSaved() {
        LoadedProfile loaded = saved.get();
        if (shell == null || loaded == null) {
            return;
        }
        ProfileChoice choice = shell.profiles().stream()
                .filter(c -> c instanceof ProfileChoice.Loaded l && l.profile().file().equals(loaded.file()))
                .findFirst().orElseGet(() -> {
                    ProfileChoice.Loaded added = new ProfileChoice.Loaded(loaded);
                    shell.profiles().add(added);
                    return added;
                });
        shell.profileProperty().set(choice);
        shell.setStatus("Watching " + loaded.name() + " (" + loaded.file() + ")");
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    /** Tests one part of the profile as it is in the editor (saved or not), off the FX thread. */
    public void test(Part part) {
        Profile current = profile.get();
        if (current == null) {
            results.get(part).set(PartResult.failed(part, "fix the profile first: " + error.get()));
            return;
        }
        LoadedProfile loaded = new LoadedProfile(file.get(), current);
        running.get(part).set(true);
        results.get(part).set(null);
        Background.run(() -> tests.test(part, loaded))
                .onSuccess(result -> {
                    running.get(part).set(false);
                    results.get(part).set(result);
                })
                .onError(e -> {
                    running.get(part).set(false);
                    results.get(part).set(PartResult.failed(part, "the test itself failed: " + e));
                })
                .start();
    }

    /** Lists what the Railway token reaches, to fill the ids from. */
    public void discover() {
        Profile current = profile.get();
        if (current == null || current.railway() == null) {
            discoverStatus.set(current == null ? "Fix the profile first: " + error.get() : "Give a token reference first");
            return;
        }
        Profile.RailwaySettings settings = current.railway();
        discovering.set(true);
        discovered.clear();
        discoverStatus.set("Asking Railway what this token reaches...");
        Background.run(() -> tests.discover(settings))
                .onSuccess(choices -> {
                    discovering.set(false);
                    discovered.setAll(choices);
                    discoverStatus.set(choices.isEmpty() ? "The token reaches no service"
                            : choices.size() + " service(s) reachable with this " + settings.tokenKind().name().toLowerCase(java.util.Locale.ROOT)
                            + " token; pick one to fill the ids");
                })
                .onError(e -> {
                    discovering.set(false);
                    discoverStatus.set("Railway: " + (e instanceof ConfigException || e instanceof RailwayException ? e.getMessage() : e.toString()));
                })
                .start();
    }

    public void useChoice(RailwayChoice choice) {
        form.projectId.set(choice.projectId());
        form.environmentId.set(choice.environment().id());
        form.serviceId.set(choice.service().id());
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ProfileStore store() {
        return store;
    }

    public ObservableList<ProfileStore.Entry> entries() {
        return entries;
    }

    public ProfileForm form() {
        return form;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The loader's message for the current text (file:line:column (field ...): what is wrong), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The profile as the loader read it; null while the text is invalid. */
    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** False while the text is not even JSON: the form is then disabled until the JSON tab is fixed. */
    public ReadOnlyBooleanProperty jsonReadableProperty() {
        return jsonReadable;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last profile saved from this view; "Watch this profile" watches it. */
    public ObjectProperty<LoadedProfile> savedProperty() {
        return saved;
    }

    public ObjectProperty<PartResult> resultProperty(Part part) {
        return results.get(part);
    }

    public ReadOnlyBooleanProperty runningProperty(Part part) {
        return running.get(part);
    }

    public ObservableList<RailwayChoice> discovered() {
        return discovered;
    }

    public ReadOnlyStringProperty discoverStatusProperty() {
        return discoverStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty discoveringProperty() {
        return discovering;
    }
}
