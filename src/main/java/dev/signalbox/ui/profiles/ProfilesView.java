package dev.signalbox.ui.profiles;

import atlantafx.base.theme.Styles;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ui.common.CopyableText;
import dev.signalbox.monitor.PartResult;
import dev.signalbox.monitor.PartResult.Part;
import dev.signalbox.monitor.ProfilePartTests;
import dev.signalbox.monitor.ProfilePartTests.RailwayChoice;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Profiles: the files of the profiles folder (an invalid one with its error), and an editor for one of them as a
 * form grouped by part or as raw JSON, validated as you type by the same loader the command line uses. Each part
 * has a "Test" button that says exactly what failed, or what it found.
 */
public final class ProfilesView extends BorderPane {
    private final ProfilesViewModel model;
    private final ListView<ProfileStore.Entry> list = new ListView<>();

    public ProfilesView(ShellViewModel shell) {
        this(new ProfilesViewModel(shell.app().profiles(), shell, new ProfilePartTests()), shell);
    }

    public ProfilesView(ProfilesViewModel model, ShellViewModel shell) {
        this.model = model;
        setId("profiles-view");
        getStyleClass().add("profiles-view");
        setLeft(listPane());
        StackPane center = new StackPane(emptyState(), editor());
        setCenter(center);
        BorderPane.setMargin(center, new Insets(0, 0, 0, 16));
        setPadding(new Insets(16, 20, 16, 20));
        if (shell != null) {
            // Files may be added by 'signalbox profile init' or an editor: read the folder whenever the view opens.
            shell.sectionProperty().addListener((obs, old, now) -> {
                if (now == ConsoleSection.PROFILES) {
                    model.refresh();
                }
            });
        }
        model.refresh();
    }

    public ProfilesViewModel model() {
        return model;
    }

    // ---- the list -------------------------------------------------------------------------------------------

    private Node listPane() {
        Label title = new Label("Profiles");
        title.getStyleClass().add(Styles.TITLE_3);
        Label folder = CopyableText.label(model.store().folder().toString());
        folder.setId("profiles-folder");
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        folder.setWrapText(true);
        Button create = new Button("New profile", new FontIcon(Feather.PLUS));
        create.setId("profile-new");
        create.setOnAction(e -> model.newProfile());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("profiles-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the profiles folder again"));
        refresh.setOnAction(e -> model.refresh());
        HBox actions = new HBox(8, create, refresh);

        list.setId("profiles-list");
        list.setItems(model.entries());
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.edit(now);
            }
        });
        Label empty = new Label("No profile in this folder yet.\n\"New profile\" starts one from the example.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(10, title, folder, actions, list);
        pane.setPrefWidth(290);
        pane.setMinWidth(240);
        return pane;
    }

    private static final class EntryCell extends ListCell<ProfileStore.Entry> {
        @Override
        protected void updateItem(ProfileStore.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(entry.displayName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            VBox box = new VBox(2, name);
            if (entry.profile() != null) {
                var p = entry.profile().profile();
                boolean saysProduction = p.environment().toLowerCase(Locale.ROOT).startsWith("prod");
                Label detail = new Label(p.environment() + (p.isProduction() && !saysProduction ? " (production)" : "")
                        + "  -  " + entry.file().getFileName());
                detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                box.getChildren().add(detail);
            } else {
                // The folder is shown above the list: the message starts at the file name.
                String folder = entry.file().getParent() + java.io.File.separator;
                String message = entry.error().getMessage();
                Label invalid = new Label(message.startsWith(folder) ? message.substring(folder.length()) : message);
                invalid.getStyleClass().addAll(Styles.TEXT_SMALL, "profile-entry-error");
                invalid.setWrapText(true);
                invalid.setPrefWidth(240);
                invalid.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(invalid);
                name.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                name.getStyleClass().add(Styles.DANGER);
            }
            setGraphic(box);
        }
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.SETTINGS);
        icon.setIconSize(40);
        icon.getStyleClass().add("empty-state-icon");
        Label text = new Label("Choose a profile on the left to edit and test it, or start a new one.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.fileProperty().isNull());
        return box;
    }

    // ---- the editor -----------------------------------------------------------------------------------------

    private Node editor() {
        Label file = CopyableText.label("");
        file.setId("profile-file");
        file.getStyleClass().addAll(Styles.TITLE_4);
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path path = model.fileProperty().get();
            return path == null ? "" : (model.creatingProperty().get() ? "New: " : "") + path.getFileName();
        }, model.fileProperty(), model.creatingProperty()));
        Label state = new Label();
        state.setId("profile-state");
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!model.errorProperty().get().isEmpty()) {
                return "invalid";
            }
            return model.dirtyProperty().get() || model.creatingProperty().get() ? "valid, not saved" : "valid, saved";
        }, model.errorProperty(), model.dirtyProperty(), model.creatingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button watch = new Button("Watch this profile", new FontIcon(Feather.EYE));
        watch.setId("profile-watch");
        watch.setOnAction(e -> model.watchSaved());
        watch.visibleProperty().bind(model.savedProperty().isNotNull());
        watch.managedProperty().bind(watch.visibleProperty());
        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("profile-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        HBox header = new HBox(12, file, state, spacer, watch, save);
        header.setAlignment(Pos.CENTER_LEFT);

        Label error = CopyableText.message("profile-error", model.errorProperty(), "banner", "banner-danger");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.setMaxWidth(Double.MAX_VALUE);

        Label status = CopyableText.label("");
        status.setId("profile-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());

        Tab formTab = new Tab("Form", form());
        formTab.setId("profile-form-tab");
        TextArea json = new TextArea();
        json.setId("profile-json");
        json.getStyleClass().add("monospace");
        json.textProperty().bindBidirectional(model.textProperty());
        Label jsonHint = new Label("The file as it is written. Comments are kept until you edit in the form, which rewrites the file.");
        jsonHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox.setVgrow(json, Priority.ALWAYS);
        VBox jsonPane = new VBox(6, jsonHint, json);
        jsonPane.setPadding(new Insets(8, 0, 0, 0));
        Tab jsonTab = new Tab("JSON", jsonPane);
        jsonTab.setId("profile-json-tab");
        TabPane tabs = new TabPane(formTab, jsonTab);
        tabs.setId("profile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox editor = new VBox(8, header, error, tabs, status);
        editor.visibleProperty().bind(model.fileProperty().isNotNull());
        return editor;
    }

    private Node form() {
        ProfileForm f = model.form();
        VBox sections = new VBox(14,
                section("Identity", null, grid(
                        row("Name", text(f.name, "field-name", "facteur-api")),
                        row("Environment", text(f.environment, "field-environment", "production")),
                        row("", checks(check(f.production, "field-production", "Production", "Every change is confirmed by typing the environment's name"),
                                check(f.readOnly, "field-readOnly", "Read-only", "No action from this console: no redeploy, no variable change, no cancel"))))),
                section("API", Part.API, grid(
                        row("Base URL", text(f.baseUrl, "field-baseUrl", "https://facteur-api.up.railway.app")),
                        row("Liveness path", text(f.livenessPath, "field-livenessPath", "/api/health (default)")),
                        row("Readiness path", text(f.readinessPath, "field-readinessPath", "/api/health/ready (default)")),
                        row("Readiness body", area(f.expectBody, "field-expectBody", "/database = connected\n/environment = production", 2)))),
                section("Database", Part.DATABASE, grid(
                        row("URL", text(f.databaseUrl, "field-databaseUrl", "env:DATABASE_URL, or a URL without password (PGPASSWORD)")),
                        row("Direct URL", text(f.directUrl, "field-directUrl", "env:DATABASE_PUBLIC_URL: non-pooled, for migrations")),
                        row("Version table", text(f.versionTable, "field-versionTable", "alembic_version (default)")))),
                section("Migrations", Part.MIGRATIONS, grid(
                        row("Location", locationField(f.migrationsLocation)))),
                section("Railway", Part.RAILWAY, railway(f)),
                section("Toggles", null, grid(
                        row("Variables", area(f.toggles, "field-toggles", "NAME | bypass or maintenance | on value | off value | description", 3)))),
                section("Required variables", null, grid(
                        row("Variables", area(f.requiredVariables, "field-requiredVariables", "NAME | pattern | min length | secret or plain | description", 3)))),
                section("Polling (seconds)", null, grid(
                        row("Health", text(f.healthSeconds, "field-healthSeconds", "10")),
                        row("Database", text(f.databaseSeconds, "field-databaseSeconds", "5")),
                        row("Migrations", text(f.migrationsSeconds, "field-migrationsSeconds", "30")),
                        row("Railway", text(f.railwaySeconds, "field-railwaySeconds", "30 (Hobby: 1,000 requests an hour)")))));
        sections.setPadding(new Insets(10, 14, 10, 2));
        sections.disableProperty().bind(model.jsonReadableProperty().not());
        Label unreadable = new Label("The JSON tab does not hold a JSON object: fix it there, then the form follows.");
        unreadable.getStyleClass().addAll("banner", "banner-danger");
        unreadable.visibleProperty().bind(model.jsonReadableProperty().not());
        unreadable.managedProperty().bind(unreadable.visibleProperty());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, unreadable, scroll);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node railway(ProfileForm f) {
        ComboBox<TokenKind> kind = new ComboBox<>();
        kind.getItems().setAll(TokenKind.values());
        kind.setId("field-tokenKind");
        kind.valueProperty().bindBidirectional(f.tokenKind);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TokenKind value) {
                return value == null ? "" : switch (value) {
                    case PROJECT -> "project token (one environment)";
                    case ACCOUNT -> "account token";
                    case WORKSPACE -> "workspace token";
                };
            }

            @Override
            public TokenKind fromString(String string) {
                return TokenKind.valueOf(string.toUpperCase(Locale.ROOT));
            }
        });
        Button discover = new Button("Discover", new FontIcon(Feather.SEARCH));
        discover.setId("railway-discover");
        discover.setTooltip(new Tooltip("List the projects, environments and services this token reaches"));
        discover.setOnAction(e -> model.discover());
        discover.disableProperty().bind(model.discoveringProperty());
        Label discoverStatus = CopyableText.label("");
        discoverStatus.setId("railway-discover-status");
        discoverStatus.setWrapText(true);
        discoverStatus.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        discoverStatus.textProperty().bind(model.discoverStatusProperty());
        ListView<RailwayChoice> choices = new ListView<>(model.discovered());
        choices.setId("railway-discovered");
        choices.setPrefHeight(110);
        choices.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.discovered()));
        choices.managedProperty().bind(choices.visibleProperty());
        choices.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.useChoice(now);
            }
        });
        HBox tokenRow = new HBox(8, text(f.token, "field-token", "env:RAILWAY_TOKEN or file:/path/to/token"), kind);
        HBox.setHgrow(tokenRow.getChildren().get(0), Priority.ALWAYS);
        Label tokenHint = new Label("Only a reference: the token itself is never written to the profile.");
        tokenHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox discoverRow = new HBox(10, discover, discoverStatus);
        discoverRow.setAlignment(Pos.CENTER_LEFT);
        return grid(
                row("Endpoint", text(f.railwayEndpoint, "field-railwayEndpoint", "https://backboard.railway.com/graphql/v2 (default)")),
                row("Token", new VBox(4, tokenRow, tokenHint)),
                row("", new VBox(6, discoverRow, choices)),
                row("Project id", text(f.projectId, "field-projectId", "")),
                row("Environment id", text(f.environmentId, "field-environmentId", "")),
                row("Service id", text(f.serviceId, "field-serviceId", "")));
    }

    private Node locationField(StringProperty property) {
        TextField field = text(property, "field-migrations", "alembic.ini, pyproject.toml or a versions folder; relative to the profile");
        Button chooseFile = new Button("File...", new FontIcon(Feather.FILE));
        chooseFile.setId("migrations-choose-file");
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("alembic.ini or pyproject.toml");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Alembic configuration", "*.ini", "*.toml"),
                    new FileChooser.ExtensionFilter("Any file", "*"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                property.set(chosen.getAbsolutePath());
            }
        });
        Button chooseFolder = new Button("Folder...", new FontIcon(Feather.FOLDER));
        chooseFolder.setId("migrations-choose-folder");
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Alembic script or versions folder");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                property.set(chosen.getAbsolutePath());
            }
        });
        HBox box = new HBox(8, field, chooseFile, chooseFolder);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    // ---- building blocks ------------------------------------------------------------------------------------

    private Node section(String title, Part part, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "profile-section-title");
        VBox box = new VBox(10, heading, content);
        box.getStyleClass().add("profile-section");
        if (part != null) {
            String id = part.name().toLowerCase(Locale.ROOT);
            Button test = new Button("Test " + part.label(), new FontIcon(Feather.PLAY));
            test.setId("test-" + id);
            test.setMinWidth(Region.USE_PREF_SIZE);
            test.setOnAction(e -> model.test(part));
            test.disableProperty().bind(model.runningProperty(part));
            Label result = CopyableText.label("");
            result.setId("test-result-" + id);
            result.setWrapText(true);
            result.setMaxWidth(Double.MAX_VALUE);
            result.getStyleClass().add("test-result");
            HBox.setHgrow(result, Priority.ALWAYS);
            Runnable render = () -> {
                PartResult r = model.resultProperty(part).get();
                result.getStyleClass().removeAll("test-ok", "test-failed");
                result.setTooltip(null);
                if (model.runningProperty(part).get()) {
                    result.setText("Testing...");
                    result.setGraphic(new FontIcon(Feather.LOADER));
                } else if (r == null) {
                    result.setText("");
                    result.setGraphic(null);
                } else {
                    result.setText(r.text());
                    result.getStyleClass().add(r.ok() ? "test-ok" : "test-failed");
                    result.setGraphic(new FontIcon(r.ok() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
                }
            };
            model.resultProperty(part).addListener(o -> render.run());
            model.runningProperty(part).addListener(o -> render.run());
            HBox testRow = new HBox(12, test, result);
            testRow.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(testRow);
        }
        return box;
    }

    private static GridPane grid(Node[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setPrefWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            grid.addRow(i, rows[i]);
        }
        return grid;
    }

    private static Node[] row(String label, Node field) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        name.setPadding(new Insets(5, 0, 0, 0));
        return new Node[] {name, field};
    }

    private static TextField text(StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(StringProperty property, String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("monospace");
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static CheckBox check(BooleanProperty property, String id, String label, String tooltip) {
        CheckBox box = new CheckBox(label);
        box.setTooltip(new Tooltip(tooltip));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Node checks(Node... boxes) {
        HBox row = new HBox(24, boxes);
        row.setPadding(new Insets(4, 0, 0, 0));
        return row;
    }
}
