package dev.signalbox.ui.variables;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.signalbox.config.Profile;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RequiredVariableCheck;
import dev.signalbox.ui.railway.RailwayViewParts;
import dev.signalbox.ui.railway.Tone;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The service's variables (masked, revealed one at a time on demand), the profile's bypass and maintenance toggles
 * with the choice of deploying or not, the required-variable checks (never values), and Redeploy.
 */
public final class VariablesView extends VBox {
    private final VariablesViewModel model;
    private final FlowPane toggleCards = new FlowPane(12, 12);
    private final VBox requiredRows = new VBox(6);

    public VariablesView(VariablesViewModel model) {
        this.model = model;
        setId("variables-view");
        getStyleClass().add("railway-view");
        setSpacing(10);
        setPadding(new Insets(16));

        Button refresh = RailwayViewParts.iconButton(Feather.ROTATE_CW, "Read variables from Railway now");
        refresh.setId("variables-refresh");
        refresh.setOnAction(e -> model.console().refresh());
        Node header = RailwayViewParts.header("Variables",
                "The service's variables (masked), the bypass and maintenance toggles, and the required-variable checks.",
                refresh, RailwayViewParts.redeployBar(model.console()));
        Label notice = RailwayViewParts.banner("variables-notice", Tone.NEUTRAL, Feather.INFO, model.console().noticeProperty());
        Label error = RailwayViewParts.banner("variables-error", Tone.DANGER, Feather.WIFI_OFF, model.console().errorProperty());
        Label revealProblem = RailwayViewParts.banner("variables-reveal-problem", Tone.DANGER, Feather.EYE_OFF,
                model.revealProblemProperty());

        Label redeployNote = new Label("A variable change reaches the running deployment only when a new deployment is"
                + " live: pick \"let Railway deploy\", or change without a deploy and Redeploy when ready.");
        redeployNote.setId("variables-redeploy-note");
        redeployNote.getStyleClass().add(Styles.TEXT_MUTED);
        redeployNote.setWrapText(true);
        redeployNote.setGraphic(new FontIcon(Feather.INFO));

        redeployNote.setMinHeight(Region.USE_PREF_SIZE);

        Node table = variablesTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, RailwayViewParts.redeployProgress(model.console()), notice, error, revealProblem, redeployNote,
                section("Toggles", toggleCards), section("Required variables", requiredPane()),
                section("Deploy settings", deploySettingsPane()), sectionTitle("All variables"), table);

        model.toggles().addListener((ListChangeListener<ToggleControl>) change -> buildToggleCards());
        buildToggleCards();
        model.required().addListener((ListChangeListener<RequiredVariableCheck.Finding>) change -> buildRequiredRows());
        buildRequiredRows();
        // Leaving the view masks every revealed value again.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.maskAll();
            }
        });
    }

    private static Node section(String title, Node content) {
        return new VBox(8, sectionTitle(title), content);
    }

    private static Label sectionTitle(String title) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TITLE_4);
        return label;
    }

    // ---- toggles -----------------------------------------------------------------------------------------

    private void buildToggleCards() {
        toggleCards.getChildren().clear();
        if (model.toggles().isEmpty()) {
            Label none = new Label("The profile declares no toggles (\"toggles\": bypass or maintenance variables).");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            toggleCards.getChildren().add(none);
            return;
        }
        for (ToggleControl control : model.toggles()) {
            toggleCards.getChildren().add(toggleCard(control));
        }
    }

    private Node toggleCard(ToggleControl control) {
        Profile.ToggleVariable toggle = control.toggle();
        Label name = new Label(toggle.name());
        name.getStyleClass().addAll("mono", Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label kind = new Label(toggle.kind().name().toLowerCase(Locale.ROOT));
        kind.getStyleClass().addAll("kind-badge");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("toggle-state-" + toggle.name());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, kind, spacer, state);
        top.setAlignment(Pos.CENTER_LEFT);

        Label description = new Label(toggle.description() != null ? toggle.description()
                : "on = \"" + toggle.onValue() + "\", off = " + (toggle.offValue() != null ? "\"" + toggle.offValue() + "\"" : "absent"));
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<ToggleControl.Choice> choice = new ComboBox<>(control.choices());
        choice.setId("toggle-choice-" + toggle.name());
        choice.valueProperty().bindBidirectional(control.choiceProperty());
        choice.setCellFactory(list -> new ChoiceCell(toggle));
        choice.setButtonCell(new ChoiceCell(toggle));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.disableProperty().bind(model.console().mutationsDisabled().or(control.busyProperty()));

        Button flip = new Button();
        flip.setId("toggle-" + toggle.name());
        flip.setOnAction(e -> control.apply());
        Button restore = new Button();
        restore.setId("restore-" + toggle.name());
        restore.setGraphic(new FontIcon(Feather.CORNER_UP_LEFT));
        restore.getStyleClass().add(Styles.FLAT);
        restore.setOnAction(e -> control.restore());
        Node restoreGuarded = RailwayViewParts.guarded(restore, model.console(), control.busyProperty(),
                "Put back the value the last change replaced (asks first).");
        restoreGuarded.visibleProperty().bind(control.previousProperty().isNotNull());
        restoreGuarded.managedProperty().bind(restoreGuarded.visibleProperty());
        HBox buttons = new HBox(8, RailwayViewParts.guarded(flip, model.console(), control.busyProperty(),
                "Change this toggle on Railway (asks first; read back and audited)."), restoreGuarded);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("toggle-outcome-" + toggle.name());
        outcome.setWrapText(true);
        outcome.textProperty().bind(control.messageProperty());
        outcome.visibleProperty().bind(control.messageProperty().isNotNull());
        outcome.managedProperty().bind(outcome.visibleProperty());
        control.toneProperty().addListener((obs, old, tone) -> tone.applyTo(outcome));
        control.toneProperty().get().applyTo(outcome);

        Runnable update = () -> {
            RailwayStatus.ToggleState now = control.stateProperty().get();
            boolean on = now != null && now.on();
            state.setText(now == null ? "unknown" : (on ? "ON" : "off") + (now.value() == null ? " (absent)" : " (\"" + now.value() + "\")"));
            state.getStyleClass().removeAll("status-pill", "status-warning", "status-neutral");
            state.getStyleClass().addAll("status-pill", on ? "status-warning" : "status-neutral");
            String kindName = ToggleControl.kindName(toggle);
            flip.setText(now == null ? "Waiting for Railway" : on ? "Switch " + kindName + " OFF..." : "Switch " + kindName + " ON...");
            flip.setGraphic(new FontIcon(on ? Feather.TOGGLE_RIGHT : Feather.TOGGLE_LEFT));
            flip.getStyleClass().removeAll(Styles.ACCENT, Styles.WARNING);
            flip.getStyleClass().add(on ? Styles.ACCENT : Styles.WARNING);
            restore.setText(control.restoreLabel());
        };
        control.stateProperty().addListener((obs, old, now) -> update.run());
        control.previousProperty().addListener((obs, old, now) -> update.run());
        update.run();

        VBox card = new VBox(8, top, description, choice, buttons, outcome);
        card.setId("toggle-card-" + toggle.name());
        card.getStyleClass().add("toggle-card");
        card.setPrefWidth(500);
        return card;
    }

    private static final class ChoiceCell extends ListCell<ToggleControl.Choice> {
        private final Profile.ToggleVariable toggle;

        ChoiceCell(Profile.ToggleVariable toggle) {
            this.toggle = toggle;
        }

        @Override
        protected void updateItem(ToggleControl.Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(choice.label(toggle));
            setGraphic(new FontIcon(choice.triggersDeploy() ? Feather.UPLOAD_CLOUD : Feather.PAUSE_CIRCLE));
        }
    }

    // ---- required variables --------------------------------------------------------------------------------

    private Node requiredPane() {
        Label summary = new Label();
        summary.setId("required-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(model.requiredSummaryProperty());
        return new VBox(6, summary, requiredRows);
    }

    private void buildRequiredRows() {
        requiredRows.getChildren().clear();
        for (RequiredVariableCheck.Finding finding : model.required()) {
            FontIcon icon = new FontIcon(finding.ok() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
            Label name = new Label(finding.name(), icon);
            name.getStyleClass().addAll("mono", Styles.TEXT_BOLD, finding.ok() ? Styles.SUCCESS : Styles.DANGER);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label((finding.ok() ? "" : finding.verdict().name().replace('_', ' ').toLowerCase(Locale.ROOT)
                    + ": ") + finding.detail() + (finding.description() != null ? "  -  " + finding.description() : ""));
            detail.setWrapText(true);
            detail.getStyleClass().add(finding.ok() ? Styles.TEXT_MUTED : Styles.DANGER);
            HBox row = new HBox(10, name, detail);
            row.setId("required-" + finding.name());
            row.setAlignment(Pos.CENTER_LEFT);
            requiredRows.getChildren().add(row);
        }
    }

    // ---- deploy settings -----------------------------------------------------------------------------------

    private final VBox deployRows = new VBox(6);

    private Node deploySettingsPane() {
        Label summary = new Label();
        summary.setId("deploy-settings-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.deploySummaryProperty());
        model.deployJudgements().addListener((ListChangeListener<dev.signalbox.deploy.DeploySettingsReport.Judgement>) c -> buildDeployRows());
        buildDeployRows();
        // Facts only, fixes in each row's tooltip, at most a few rows high: the variables table stays in view.
        ScrollPane rows = new ScrollPane(deployRows);
        rows.setId("deploy-settings-rows");
        rows.setFitToWidth(true);
        rows.setMaxHeight(110);
        // The table below grows; without a floor the list would shrink to one row.
        rows.setMinHeight(88);
        rows.setPrefHeight(110);
        rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rows.getStyleClass().add("edge-to-edge");
        rows.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.deployJudgements()));
        rows.managedProperty().bind(rows.visibleProperty());
        return new VBox(6, summary, rows);
    }

    private void buildDeployRows() {
        deployRows.getChildren().clear();
        for (var judgement : model.deployJudgements()) {
            Label fact = new Label(judgement.fact(), new FontIcon(Feather.ALERT_TRIANGLE));
            fact.getStyleClass().add(Styles.WARNING);
            fact.setWrapText(true);
            fact.setMinHeight(Region.USE_PREF_SIZE);
            Tooltip fix = new Tooltip("Fix: " + judgement.fix());
            fix.setWrapText(true);
            fix.setMaxWidth(520);
            fact.setTooltip(fix);
            VBox row = new VBox(2, fact);
            row.setId("deploy-" + judgement.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            deployRows.getChildren().add(row);
        }
    }

    // ---- variables -----------------------------------------------------------------------------------------

    private Node variablesTable() {
        TableView<VariablesViewModel.VariableRow> table = new TableView<>(model.variables());
        table.setId("variables-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.console().noticeProperty().get() != null
                ? model.console().noticeProperty().get() : "No variables on this service.", model.console().noticeProperty()));
        table.setPlaceholder(placeholder);

        TableColumn<VariablesViewModel.VariableRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        name.setCellFactory(column -> new TableCell<>() {
            {
                getStyleClass().add("mono");
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        });
        name.setPrefWidth(280);
        TableColumn<VariablesViewModel.VariableRow, VariablesViewModel.VariableRow> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        value.setCellFactory(column -> new ValueCell());
        value.setPrefWidth(700);
        table.getColumns().setAll(List.of(name, value));
        return table;
    }

    /** The masked value, the reveal/hide button and the copy button. */
    private final class ValueCell extends TableCell<VariablesViewModel.VariableRow, VariablesViewModel.VariableRow> {
        @Override
        protected void updateItem(VariablesViewModel.VariableRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label shown = new Label();
            shown.setId("value-" + row.name());
            shown.getStyleClass().add("mono");
            shown.textProperty().bind(row.shownProperty());
            shown.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(shown, Priority.ALWAYS);
            Button reveal = RailwayViewParts.iconButton(Feather.EYE, "Show this value (recorded in the audit log, without the value; masked again when you leave)");
            reveal.setId("reveal-" + row.name());
            reveal.graphicProperty().bind(Bindings.when(row.revealedProperty())
                    .then((Node) new FontIcon(Feather.EYE_OFF)).otherwise(new FontIcon(Feather.EYE)));
            // A value that is not a secret is shown as it is: nothing to reveal.
            reveal.setVisible(!row.plain());
            reveal.setManaged(!row.plain());
            reveal.setOnAction(e -> {
                if (row.revealedProperty().get()) {
                    model.hide(row.name());
                } else {
                    model.reveal(row.name());
                }
            });
            Button copy = RailwayViewParts.iconButton(Feather.COPY, "Copy the value in clear to the clipboard");
            copy.setId("copy-" + row.name());
            copy.setOnAction(e -> RailwayViewParts.copy("the value of " + row.name(), row.reveal()));
            HBox box = new HBox(6, shown, reveal, copy);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
