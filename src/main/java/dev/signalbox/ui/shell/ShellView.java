package dev.signalbox.ui.shell;

import dev.signalbox.ui.common.Ages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.monitor.TimelineEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's layout: a header with the profile chooser and the environment badge, the navigation on
 * the left, the selected view in the middle, the status line at the bottom. Views are created on first visit.
 */
public final class ShellView extends BorderPane {
    private final ShellViewModel model;
    private final Function<ConsoleSection, Node> viewFactory;
    private final Map<ConsoleSection, Node> views = new EnumMap<>(ConsoleSection.class);
    private final StackPane content = new StackPane();
    private final ListView<ConsoleSection> navigation = new ListView<>();
    private final VBox notifications = new VBox(8);
    private Runnable onToggleTheme = () -> { };

    public ShellView(ShellViewModel model, Function<ConsoleSection, Node> viewFactory) {
        this.model = model;
        this.viewFactory = viewFactory;
        getStyleClass().add("shell");
        setTop(header());
        content.setId("content");
        content.getStyleClass().add("content");
        notifications.setId("notifications");
        notifications.setPickOnBounds(false);
        notifications.setMaxWidth(420);
        notifications.setMaxHeight(Region.USE_PREF_SIZE);
        // Bottom left, over the navigation's foot (empty in every view) and the view's lower left corner: every view
        // puts its headline, banners and buttons at the top, and a toast up there hid the right end of a banner (the
        // Runbook's "Still in effect: ..."); at the bottom right it hid the Runbook's lock panel and its "Open the
        // lock tree". Newest on top, so the toasts already shown do not move.
        StackPane.setAlignment(notifications, Pos.BOTTOM_LEFT);
        StackPane.setMargin(notifications, new Insets(12));
        // The Overview's tiles already show every transition a toast announces; over them a toast only hides the
        // tiles and the scenario controls (issue 20, 19_after_restage.png). Other views still get them.
        notifications.visibleProperty().bind(model.sectionProperty().isNotEqualTo(ConsoleSection.OVERVIEW));
        BorderPane body = new BorderPane(content);
        body.setLeft(navigation());
        setCenter(new StackPane(body, notifications));
        model.events().addListener((javafx.collections.ListChangeListener<TimelineEvent>) change -> {
            while (change.next()) {
                for (TimelineEvent event : change.getAddedSubList()) {
                    if (event.severity() != TimelineEvent.Severity.INFO) {
                        notify(event);
                    }
                }
            }
        });
        // A toast about the profile (or sandbox) no longer watched would be read as news about the new one.
        model.watchProperty().addListener((obs, old, now) -> notifications.getChildren().clear());
        setBottom(statusBar());
        model.sectionProperty().addListener((obs, old, now) -> show(now));
        show(model.sectionProperty().get());
    }

    private Node header() {
        Label product = new Label("Signalbox");
        product.getStyleClass().addAll("title-4", "product-name");

        ComboBox<ProfileChoice> chooser = new ComboBox<>(model.profiles());
        chooser.setId("profile-chooser");
        chooser.setPrefWidth(320);
        chooser.setCellFactory(list -> new ChoiceCell());
        chooser.setButtonCell(new ChoiceCell());
        chooser.valueProperty().bindBidirectional(model.profileProperty());
        chooser.setOnShowing(e -> model.reloadProfiles());

        Label environment = new Label();
        environment.setId("environment-badge");
        environment.getStyleClass().add("environment-badge");
        Runnable updateBadge = () -> {
            ProfileChoice choice = model.profileProperty().get();
            environment.getStyleClass().removeAll("production", "sandbox", "other-env");
            if (choice instanceof ProfileChoice.Loaded loaded) {
                boolean production = loaded.profile().profile().isProduction();
                environment.setText(loaded.profile().profile().environment().toUpperCase());
                environment.getStyleClass().add(production ? "production" : "other-env");
            } else if (choice instanceof ProfileChoice.Sandbox) {
                environment.setText("SANDBOX");
                environment.getStyleClass().add("sandbox");
            } else if (choice instanceof ProfileChoice.Project || choice instanceof ProfileChoice.ProjectSandbox) {
                // A project has many environments: the badge names the member opened from the Fleet, if any.
                var member = model.projectProperty().get() == null || model.watchProperty().get() == null ? null
                        : model.watchProperty().get().watch().profile().profile();
                boolean sandbox = choice instanceof ProfileChoice.ProjectSandbox;
                environment.setText(member == null ? (sandbox ? "PROJECT SANDBOX" : "PROJECT")
                        : member.environment().toUpperCase() + (sandbox ? " (SANDBOX)" : ""));
                environment.getStyleClass().add(member != null && member.isProduction() && !sandbox ? "production"
                        : sandbox ? "sandbox" : "other-env");
            } else {
                environment.setText("INVALID PROFILE");
                environment.getStyleClass().add("production");
            }
        };
        model.profileProperty().addListener((obs, old, now) -> updateBadge.run());
        model.watchProperty().addListener((obs, old, now) -> updateBadge.run());
        model.projectProperty().addListener((obs, old, now) -> updateBadge.run());
        updateBadge.run();

        Label readOnly = new Label("READ-ONLY");
        readOnly.setId("read-only-badge");
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(model.readOnlyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button themeToggle = new Button(null, new FontIcon(Feather.MOON));
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll("button-icon", "flat");
        themeToggle.setTooltip(new Tooltip("Switch light/dark theme"));
        themeToggle.setOnAction(e -> onToggleTheme.run());
        HBox header = new HBox(12, product, chooser, environment, readOnly, spacer, themeToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("header");
        return header;
    }

    private Node navigation() {
        navigation.setId("navigation");
        navigation.getItems().setAll(ConsoleSection.values());
        navigation.setPrefWidth(180);
        navigation.getStyleClass().add("navigation");
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConsoleSection section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(section.title());
                    setGraphic(new FontIcon(section.icon()));
                    setId("nav-" + section.name().toLowerCase());
                    // The shortcut is told where the view is chosen: "Database (Ctrl+6)".
                    if (getTooltip() == null || !getTooltip().getText().startsWith(section.title() + " (")) {
                        setTooltip(new Tooltip(section.title() + " (" + shortcut(section).getDisplayText() + "): "
                                + section.purpose()));
                    }
                }
            }
        });
        navigation.getSelectionModel().select(model.sectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.sectionProperty().set(now);
            }
        });
        model.sectionProperty().addListener((obs, old, now) -> navigation.getSelectionModel().select(now));
        return navigation;
    }

    /** A toast for a transition that matters; it goes away after 12 s or on a click. */
    private void notify(TimelineEvent event) {
        Label text = new Label(event.text());
        text.setWrapText(true);
        Label title = new Label((event.severity() == TimelineEvent.Severity.CRITICAL ? "Critical: " : "Warning: ")
                + event.kind().name().toLowerCase());
        title.getStyleClass().add("toast-title");
        VBox toast = new VBox(4, title, text);
        toast.getStyleClass().addAll("toast", event.severity() == TimelineEvent.Severity.CRITICAL ? "toast-critical" : "toast-warning");
        toast.setPadding(new Insets(10));
        toast.setOnMouseClicked(e -> notifications.getChildren().remove(toast));
        notifications.getChildren().add(0, toast);
        while (notifications.getChildren().size() > 4) {
            notifications.getChildren().remove(notifications.getChildren().size() - 1);
        }
        javafx.animation.PauseTransition linger = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(12));
        linger.setOnFinished(e -> notifications.getChildren().remove(toast));
        linger.play();
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(model.statusProperty());
        dev.signalbox.ui.common.FullText.carried(status);
        Label parts = new Label();
        parts.setId("status-parts");
        parts.getStyleClass().add("text-muted");
        dev.signalbox.ui.common.FullText.whole(parts);
        Runnable updateParts = () -> parts.setText(partsSummary());
        dev.signalbox.ui.common.Ticker.every(java.time.Duration.ofSeconds(1), parts, updateParts);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, parts);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** "Health just now · Migrations 20 s ago · Railway: failing" - when each part was last read, and which fail. */
    private String partsSummary() {
        var watch = model.watchProperty().get();
        if (watch == null) {
            return "";
        }
        java.time.Instant now = java.time.Instant.now();
        java.util.List<String> pieces = new java.util.ArrayList<>();
        for (Part part : Part.values()) {
            PartState<?> state = watch.part(part).get();
            if (state == null || !state.configured()) {
                continue;
            }
            if (state.isFailing()) {
                pieces.add(part.title() + ": failing");
            } else if (state.updatedAt() != null) {
                pieces.add(part.title() + " " + age(java.time.Duration.between(state.updatedAt(), now)));
            } else {
                pieces.add(part.title() + " ...");
            }
        }
        return String.join("  ·  ", pieces);
    }

    /**
     * "just now", "20 s ago", "3 min ago": coarse on purpose. A part polled on time stays "just now", so the status
     * line is not re-laid out and repainted every second (issue 20: the idle window's CPU); a late one still shows it.
     */
    static String age(java.time.Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 15) {
            return "just now";
        }
        if (seconds < 60) {
            return (seconds / 10 * 10) + " s ago";
        }
        return (seconds / 60) + " min ago";
    }

    private void show(ConsoleSection section) {
        Node view = views.computeIfAbsent(section, viewFactory);
        content.getChildren().setAll(view);
    }

    public void setOnToggleTheme(Runnable action) {
        this.onToggleTheme = action;
    }

    /** Ctrl+1..9 switch views, F5 / Ctrl+R refresh every part. Installed once the view is in a scene. */
    public void installShortcuts() {
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refreshAll);
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model::refreshAll);
        for (ConsoleSection section : ConsoleSection.values()) {
            getScene().getAccelerators().put(shortcut(section), () -> model.sectionProperty().set(section));
        }
    }

    /** Ctrl+0 the Fleet, Ctrl+1..9 the views of one service (Cmd on macOS). */
    static KeyCodeCombination shortcut(ConsoleSection section) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + section.shortcutDigit()), KeyCombination.SHORTCUT_DOWN);
    }

    private static final class ChoiceCell extends ListCell<ProfileChoice> {
        private final javafx.scene.control.Tooltip tooltip = dev.signalbox.ui.common.FullText.tooltip();

        @Override
        protected void updateItem(ProfileChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
            // A long profile name is cut in the 320 px chooser; the tooltip names it whole.
            dev.signalbox.ui.common.FullText.carry(this, tooltip, getText());
        }
    }
}
