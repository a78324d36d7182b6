package dev.signalbox.ui.database;

import atlantafx.base.theme.Styles;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.LockTree;
import dev.signalbox.database.Verdict;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.common.ConfirmationDialog;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Database view: verdicts with advice on top, then three tabs - the lock tree with the sessions and their
 * actions, the constraints with the profile's expectations and the invalid indexes, and the connection's facts.
 * Every pane shows its own part's error in place, so a failing lock query does not hide the constraints.
 */
public final class DatabaseView extends BorderPane {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DatabaseViewModel model;
    private final TabPane tabs = new TabPane();
    private final Tab locksTab = new Tab("Locks & sessions");
    private final Tab constraintsTab = new Tab("Constraints");
    private final Tab connectionTab = new Tab("Connection");
    private final VBox verdicts = new VBox(2);
    private final StackPane body = new StackPane();
    private final Label placeholder = new Label();

    public DatabaseView(ShellViewModel shell) {
        this(shell, ConfirmationDialog.forFocusedWindow());
    }

    public DatabaseView(ShellViewModel shell, Confirmation confirmation) {
        this(new DatabaseViewModel(shell, confirmation));
    }

    public DatabaseView(DatabaseViewModel model) {
        this.model = model;
        setId("database");
        getStyleClass().add("database-view");
        getStylesheets().add(DatabaseView.class.getResource("/css/database.css").toExternalForm());

        setTop(header());
        tabs.setId("database-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        locksTab.setId("tab-locks");
        // At 1024 px the tab headers may be squeezed; each says what it holds in its tooltip too.
        for (Tab tab : java.util.List.of(locksTab, constraintsTab, connectionTab)) {
            tab.setTooltip(new javafx.scene.control.Tooltip(tab.getText()));
        }
        locksTab.setContent(new LocksPane(model));
        constraintsTab.setId("tab-constraints");
        constraintsTab.setContent(new ConstraintsPane(model));
        connectionTab.setId("tab-connection");
        connectionTab.setContent(new ConnectionPane(model));
        tabs.getTabs().setAll(locksTab, constraintsTab, connectionTab);

        placeholder.setId("database-placeholder");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        body.getChildren().setAll(tabs, placeholder);
        setCenter(body);

        model.verdicts().addListener((ListChangeListener<Verdict>) change -> renderVerdicts());
        model.partStateProperty().addListener((obs, old, now) -> showState(now));
        model.loadingProperty().addListener(obs -> showState(model.partStateProperty().get()));
        model.snapshotProperty().addListener((obs, old, now) -> updateTabTitles(now));
        renderVerdicts();
        showState(model.partStateProperty().get());
        updateTabTitles(model.snapshotProperty().get());
        followLinks(model.shell());
        if (model.shell() != null) {
            model.shell().watchProperty().addListener((obs, old, now) -> forgetPositions());
        }
    }

    /** Another profile or a restaged sandbox: rows selected and scrolled to belong to the old one. */
    private void forgetPositions() {
        for (Node node : lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmin());
                scroll.setHvalue(scroll.getHmin());
            }
        }
        for (Node node : lookupAll(".table-view")) {
            if (node instanceof javafx.scene.control.TableView<?> table) {
                table.getSelectionModel().clearSelection();
                table.scrollTo(0);
            }
        }
        for (Node node : lookupAll(".tree-table-view")) {
            if (node instanceof javafx.scene.control.TreeTableView<?> table) {
                table.getSelectionModel().clearSelection();
                table.scrollTo(0);
            }
        }
    }

    /** The deep link last applied, so a later plain visit is told apart from the link that opened the view. */
    private ShellViewModel.Place appliedPlace;
    private boolean awaitingFirstSnapshot;

    /**
     * Opens the tab a link asks for (the Overview's Constraints card: Constraints); a plain visit during a lock
     * incident opens on the lock tree, whatever tab was used last: that is where the way out is.
     */
    private void followLinks(ShellViewModel shell) {
        if (shell == null) {
            return;
        }
        Runnable arrive = () -> {
            if (shell.sectionProperty().get() != ConsoleSection.DATABASE) {
                return;
            }
            ShellViewModel.Place place = shell.placeProperty().get();
            if (place != null && place != appliedPlace && place.section() == ConsoleSection.DATABASE && place.anchor() != null) {
                appliedPlace = place;
                awaitingFirstSnapshot = false;
                showTab(place.anchor());
                return;
            }
            appliedPlace = place;
            awaitingFirstSnapshot = model.snapshotProperty().get() == null;
            if (lockIncident()) {
                showTab("locks");
            }
        };
        shell.sectionProperty().addListener((obs, old, now) -> {
            if (now == ConsoleSection.DATABASE) {
                arrive.run();
            }
        });
        shell.placeProperty().addListener(obs -> arrive.run());
        model.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null && awaitingFirstSnapshot && shell.sectionProperty().get() == ConsoleSection.DATABASE) {
                awaitingFirstSnapshot = false;
                if (lockIncident()) {
                    showTab("locks");
                }
            }
        });
        arrive.run();
    }

    private boolean lockIncident() {
        LockTree tree = model.lockTreeProperty().get();
        return tree != null && tree.waitingCount() > 0;
    }

    public DatabaseViewModel model() {
        return model;
    }

    /** Shows the tab with the lock tree ({@code locks}), the constraints or the connection. */
    public void showTab(String name) {
        tabs.getSelectionModel().select(switch (name) {
            case "constraints" -> constraintsTab;
            case "connection" -> connectionTab;
            default -> locksTab;
        });
    }

    private Node header() {
        Label title = new Label("Database");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("database-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label age = new Label();
        age.setId("database-age");
        age.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable updateSummary = () -> {
            PartState<DatabaseSnapshot> state = model.partStateProperty().get();
            DatabaseSnapshot snapshot = model.snapshotProperty().get();
            summary.setText(snapshot == null || snapshot.connection() == null ? "" : summaryOf(snapshot));
            age.setText(state == null || state.updatedAt() == null || snapshot == null ? ""
                    : "read in " + snapshot.durationMillis() + " ms, " + Ages.ago(state.updatedAt(), Instant.now()));
        };
        model.partStateProperty().addListener((obs, old, now) -> updateSummary.run());
        updateSummary.run();
        // The age stays true between snapshots without polling any faster.
        dev.signalbox.ui.common.Ticker.every(java.time.Duration.ofSeconds(1), this, updateSummary);

        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("database-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read the database again now"));
        refresh.setOnAction(e -> model.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, summary, spacer, age, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        Label failing = new Label();
        failing.setId("database-error");
        failing.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        failing.getStyleClass().addAll("part-error", Styles.DANGER);
        failing.setWrapText(true);
        Runnable updateError = () -> {
            PartState<DatabaseSnapshot> state = model.partStateProperty().get();
            boolean show = state != null && state.isFailing() && state.hasValue();
            failing.setText(show ? "The latest read failed (" + state.error() + "); showing the snapshot from "
                    + CLOCK.format(state.updatedAt()) + "." : "");
            failing.setVisible(show);
            failing.setManaged(show);
        };
        model.partStateProperty().addListener((obs, old, now) -> updateError.run());
        updateError.run();
        CopyMenu.install(failing, failing::getText);

        verdicts.setId("verdicts");
        verdicts.getStyleClass().add("verdicts");
        ScrollPane verdictScroll = new ScrollPane(verdicts);
        verdictScroll.setId("verdicts-scroll");
        verdictScroll.setFitToWidth(true);
        // One constant height while a snapshot is shown: a finding that appears or goes must not move the lock
        // tree, the sessions and the Terminate button under the pointer.
        verdictScroll.setMaxHeight(120);
        verdictScroll.setMinViewportHeight(104);
        verdictScroll.setPrefViewportHeight(104);
        verdictScroll.getStyleClass().add("verdicts-scroll");
        verdictScroll.visibleProperty().bind(model.snapshotProperty().isNotNull());
        verdictScroll.managedProperty().bind(verdictScroll.visibleProperty());

        VBox box = new VBox(8, top, failing, verdictScroll);
        box.setPadding(new Insets(16, 16, 8, 16));
        return box;
    }

    private static String summaryOf(DatabaseSnapshot snapshot) {
        var c = snapshot.connection();
        String tls = c.ssl() == null || c.ssl().client() == null ? "TLS unknown" : c.ssl().client() ? "TLS on" : "TLS off";
        String pooler = switch (c.pooler()) {
            case NONE -> "direct connection";
            case SESSION -> "session pooler";
            case TRANSACTION -> "transaction pooler";
            case UNKNOWN -> "pooler unknown";
        };
        return "PostgreSQL " + c.serverVersion() + " · " + c.user() + "@" + c.database() + " · " + pooler + " · " + tls;
    }


    private void showState(PartState<DatabaseSnapshot> state) {
        String text;
        if (!model.watching() || state == null) {
            String loading = model.loadingProperty().get();
            text = loading != null ? loading : "No profile is watched: choose one in the header.";
        } else if (!state.configured()) {
            text = "This profile has no database. Add \"database\": {\"url\": \"env:DATABASE_URL\"} to it to see"
                    + " constraints, locks and the connection here.";
        } else if (state.hasValue()) {
            text = null;
        } else if (state.isFailing()) {
            text = "Cannot read the database: " + state.error();
        } else {
            text = "Reading the database...";
        }
        placeholder.setText(text == null ? "" : text);
        placeholder.setVisible(text != null);
        placeholder.getStyleClass().removeAll(Styles.DANGER);
        if (state != null && state.isFailing() && !state.hasValue()) {
            placeholder.getStyleClass().add(Styles.DANGER);
        }
        tabs.setVisible(text == null);
    }

    private void updateTabTitles(DatabaseSnapshot snapshot) {
        if (snapshot == null) {
            locksTab.setText("Locks & sessions");
            constraintsTab.setText("Constraints");
            return;
        }
        LockTree tree = snapshot.lockTree();
        int waiting = tree == null ? 0 : tree.waitingCount();
        locksTab.setText("Locks & sessions" + (waiting > 0 ? " · " + waiting + " waiting" : ""));
        long bad = snapshot.expectations().stream().filter(r -> !r.ok()).count();
        long notValid = snapshot.constraints().stream().filter(c -> !c.validated()).count();
        String extra = (bad > 0 ? bad + " mismatch" + (bad > 1 ? "es" : "") : "")
                + (bad > 0 && notValid > 0 ? ", " : "") + (notValid > 0 ? notValid + " NOT VALID" : "");
        constraintsTab.setText("Constraints" + (extra.isEmpty() ? "" : " · " + extra));
        locksTab.setGraphic(waiting > 0 ? icon(Feather.ALERT_CIRCLE, "tab-alert") : null);
        constraintsTab.setGraphic(bad > 0 ? icon(Feather.ALERT_CIRCLE, "tab-alert") : null);
    }

    private static FontIcon icon(Feather glyph, String styleClass) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private void renderVerdicts() {
        verdicts.getChildren().clear();
        if (model.verdicts().isEmpty()) {
            Label none = new Label("No findings: nothing on this database needs attention.");
            none.setId("verdicts-none");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            verdicts.getChildren().add(none);
        }
        for (Verdict verdict : model.verdicts()) {
            FontIcon icon = new FontIcon(switch (verdict.severity()) {
                case ATTENTION -> Feather.ALERT_OCTAGON;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case INFO -> Feather.INFO;
            });
            icon.getStyleClass().add("verdict-icon-" + verdict.severity().json());
            Label part = new Label(verdict.part());
            part.getStyleClass().add("verdict-part");
            Label message = new Label(verdict.message());
            message.setWrapText(true);
            message.getStyleClass().add("verdict-message");
            VBox text = new VBox(1, message);
            if (verdict.advice() != null) {
                Label advice = new Label("→ " + verdict.advice());
                advice.setWrapText(true);
                advice.getStyleClass().addAll("verdict-advice", Styles.TEXT_MUTED);
                text.getChildren().add(advice);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, icon, part, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().addAll("verdict", "verdict-" + verdict.severity().json());
            CopyMenu.install(row, verdict::toString);
            verdicts.getChildren().add(row);
        }
    }

    /** A danger label for one part of the snapshot, shown where that part's data would be. */
    static Label partError(String id, DatabaseViewModel model, String part) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        label.getStyleClass().addAll("part-error", Styles.DANGER);
        label.setWrapText(true);
        Runnable update = () -> {
            String error = model.errorOf(part);
            label.setText(error == null ? "" : error);
            label.setVisible(error != null);
            label.setManaged(error != null);
        };
        model.snapshotProperty().addListener((obs, old, now) -> update.run());
        update.run();
        CopyMenu.install(label, label::getText);
        return label;
    }
}
