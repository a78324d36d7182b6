package dev.signalbox.ui.runbook;

import atlantafx.base.theme.Styles;
import dev.signalbox.database.LockTree;
import dev.signalbox.ops.runbook.DeploymentPlan;
import dev.signalbox.ops.runbook.Observation;
import dev.signalbox.ops.runbook.Runbook;
import dev.signalbox.ops.runbook.RunbookPreflight;
import dev.signalbox.ops.runbook.RunbookProgress;
import dev.signalbox.ops.runbook.RunbookProgress.StepStatus;
import dev.signalbox.ops.runbook.RunbookStep;
import dev.signalbox.ops.runbook.StepAction;
import dev.signalbox.ui.railway.RailwayViewParts;
import dev.signalbox.ui.railway.Tone;
import dev.signalbox.ui.shell.ConsoleSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Runbook view: the profile's runbooks on the left; on the right the chosen one's state and buttons, its steps
 * with their live state (and, for a failed step, the way out), the streamed log following its tail, and beside the
 * log the lock tree while the migration runs (incident 2). Above everything, what is still in effect.
 */
public final class RunbookView extends VBox {
    private static final String WAY_OUT = " What to do: ";

    private final RunbookViewModel model;
    private final VBox steps = new VBox(8);
    private final Map<String, StepCard> cards = new LinkedHashMap<>();
    private final TextArea log = new TextArea();
    private final VBox lockLines = new VBox(2);
    private final Label lockHeadline = new Label();
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label status = new Label();
    private final ScrollPane stepScroll = new ScrollPane(steps);
    private final VBox preflight = new VBox(4);
    private Runbook shown;
    private String followedStep;
    private String logText = "";

    public RunbookView(RunbookViewModel model) {
        this.model = model;
        setId("runbook-view");
        getStyleClass().add("runbook-view");
        setSpacing(10);
        setPadding(new Insets(16));

        Node header = RailwayViewParts.header("Runbook",
                "The recovery procedure as a guided, verified, resumable workflow: each step is checked, done, and"
                        + " verified by looking; progress is saved after every change.");
        Label effects = RailwayViewParts.banner("runbook-effects", Tone.WARNING, Feather.ALERT_TRIANGLE, model.effectsProperty());
        effects.getStyleClass().add(Styles.TEXT_BOLD);
        Label error = RailwayViewParts.banner("runbook-error", Tone.DANGER, Feather.X_OCTAGON, model.errorProperty());
        Label notice = RailwayViewParts.banner("runbook-notice", Tone.NEUTRAL, Feather.INFO, model.noticeProperty());

        SplitPane body = new SplitPane(runbookList(), detailPane());
        body.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, effects, error, notice, body);

        model.selectedProperty().addListener((obs, old, now) -> showRunbook(now));
        model.progressProperty().addListener((obs, old, now) -> showProgress(now));
        model.statusProperty().addListener((obs, old, now) -> showStatus());
        model.locksProperty().addListener((obs, old, now) -> showLocks(now));
        showRunbook(model.selectedProperty().get());
        showLocks(model.locksProperty().get());
    }

    // ---- left: the runbooks ------------------------------------------------------------------------------

    private Node runbookList() {
        ListView<Runbook> list = new ListView<>(model.runbooks());
        list.setId("runbook-list");
        list.setCellFactory(view -> new RunbookCell());
        // Wide enough for the longest word of a description (FACTEUR_MIGRATION_IN_PROGRESS): narrower, it broke mid-word.
        list.setMinWidth(280);
        list.setPrefWidth(290);
        list.disableProperty().bind(model.busyProperty());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.busyProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        Label heading = sectionTitle("Runbooks of this profile");
        VBox box = new VBox(8, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private static final class RunbookCell extends ListCell<Runbook> {
        /** The wrapped labels' height at the list's width; a cell would otherwise size them for one line. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() instanceof Region box && getListView() != null) {
                return box.prefHeight(getListView().getWidth() - 36) + snappedTopInset() + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }

        @Override
        protected void updateItem(Runbook item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label about = new Label(item.description());
            about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label steps = new Label(item.steps().size() + " steps  ·  " + item.name());
            steps.getStyleClass().addAll(Styles.TEXT_SUBTLE, Styles.TEXT_SMALL, "mono");
            for (Label label : List.of(name, about, steps)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox box = new VBox(3, name, about, steps);
            // A cell sizes to its graphic's preferred width; tying it to the list's width lets the text wrap.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
            setGraphic(box);
            setText(null);
        }
    }

    // ---- right: state, buttons, steps, log, locks --------------------------------------------------------

    private Node detailPane() {
        title.setId("runbook-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        dev.signalbox.ui.common.FullText.carried(title);
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.getStyleClass().add(Styles.TEXT_MUTED);

        status.setId("runbook-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().addAll("runbook-status", Styles.TEXT_BOLD);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());

        Button start = new Button();
        start.setId("runbook-start");
        start.textProperty().bind(model.startLabel());
        start.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon("Resume".equals(model.startLabel().get()) ? Feather.SKIP_FORWARD : Feather.PLAY), model.startLabel()));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.startDisabled());
        start.setOnAction(e -> model.start());
        Tooltip startTip = new Tooltip();
        startTip.setWrapText(true);
        startTip.setMaxWidth(420);
        startTip.textProperty().bind(Bindings.createStringBinding(() -> model.startDisabledReason().get() != null
                ? model.startDisabledReason().get()
                : "Asks once for the whole run (the environment name in production), then runs each step.", model.startDisabledReason()));
        Node startWrapper = withTooltip(start, startTip);

        Button pause = new Button("Pause", new FontIcon(Feather.PAUSE));
        pause.setId("runbook-pause");
        pause.disableProperty().bind(model.pauseDisabled());
        pause.setOnAction(e -> model.pause());
        pause.setTooltip(new Tooltip("Stop before the next step; the current step finishes first."));

        Button abort = new Button("Abort...", new FontIcon(Feather.X_OCTAGON));
        abort.setId("runbook-abort");
        abort.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        abort.disableProperty().bind(model.abortDisabled());
        abort.setOnAction(e -> model.abort());
        abort.setTooltip(new Tooltip("Stop now (asks first); a running command is cancelled. Nothing is undone."));

        HBox buttons = new HBox(8, spinner, startWrapper, pause, abort);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        // The description gets the pane's whole width under the buttons: beside them, at 1024 px, it was ~200 px
        // and broke FACTEUR_MIGRATION_IN_PROGRESS mid-word.
        VBox titles = new VBox(4, title);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox top = new HBox(12, titles, buttons);
        top.setAlignment(Pos.TOP_LEFT);

        Label reason = new Label();
        reason.setId("runbook-start-reason");
        reason.setGraphic(new FontIcon(Feather.LOCK));
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.WARNING);
        reason.textProperty().bind(model.startDisabledReason());
        reason.visibleProperty().bind(model.shell().readOnlyProperty().or(model.startDisabledReason().isNotNull()
                .and(model.busyProperty().not())));
        reason.managedProperty().bind(reason.visibleProperty());

        Label message = new Label();
        message.setId("runbook-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());

        preflight.setId("runbook-preflight");
        preflight.visibleProperty().bind(model.preflightProperty().isNotNull());
        preflight.managedProperty().bind(preflight.visibleProperty());
        model.preflightProperty().addListener((obs, old, now) -> showPreflight(now));

        VBox head = new VBox(8, top, description, status, reason, message, preflight);
        head.getStyleClass().add("runbook-head");
        head.visibleProperty().bind(model.selectedProperty().isNotNull());

        steps.setId("runbook-steps");
        steps.setPadding(new Insets(2, 12, 2, 2));
        stepScroll.setFitToWidth(true);
        stepScroll.getStyleClass().add("runbook-steps-scroll");

        SplitPane lower = new SplitPane(logPane(), locksPane());
        lower.setDividerPositions(0.55);
        Node locks = lower.getItems().get(1);
        Runnable placeLocks = () -> {
            boolean relevant = model.locksRelevantProperty().get();
            if (relevant && !lower.getItems().contains(locks)) {
                lower.getItems().add(locks);
                lower.setDividerPositions(0.55);
            } else if (!relevant) {
                lower.getItems().remove(locks);
            }
        };
        model.locksRelevantProperty().addListener((obs, old, now) -> placeLocks.run());
        placeLocks.run();

        SplitPane vertical = new SplitPane(stepScroll, lower);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.52);
        VBox.setVgrow(vertical, Priority.ALWAYS);
        VBox pane = new VBox(10, head, vertical);
        pane.setPadding(new Insets(0, 0, 0, 8));
        return pane;
    }

    private static Node withTooltip(Button button, Tooltip tooltip) {
        // A disabled button gets no mouse events: its wrapper carries the reason instead.
        button.setTooltip(tooltip);
        StackPane wrapper = new StackPane(button);
        Runnable place = () -> {
            if (button.isDisabled()) {
                Tooltip.install(wrapper, tooltip);
            } else {
                Tooltip.uninstall(wrapper, tooltip);
            }
        };
        button.disabledProperty().addListener((obs, old, now) -> place.run());
        place.run();
        return wrapper;
    }

    private Node logPane() {
        log.setId("runbook-log");
        log.setEditable(false);
        log.setWrapText(true);
        log.getStyleClass().addAll("monospace", "runbook-log");
        log.setPromptText("The runbook's log and the commands' output appear here.");
        Button copy = RailwayViewParts.iconButton(Feather.COPY, "Copy the whole log");
        copy.setOnAction(e -> RailwayViewParts.copy(log.getText()));
        Label heading = sectionTitle("Log");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, bar, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        box.setPadding(new Insets(6, 6, 0, 0));
        return box;
    }

    private Node locksPane() {
        lockHeadline.setId("runbook-locks-headline");
        lockHeadline.setWrapText(true);
        lockHeadline.setMinHeight(Region.USE_PREF_SIZE);
        lockHeadline.getStyleClass().add(Styles.TEXT_BOLD);
        Button open = new Button("Open the lock tree", new FontIcon(Feather.DATABASE));
        open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        open.setOnAction(e -> model.shell().sectionProperty().set(ConsoleSection.DATABASE));
        Label note = new Label("A waiting migration queues every query behind it: end the root blocker, or let"
                + " lock_timeout stop it and Resume.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ScrollPane lines = new ScrollPane(lockLines);
        lines.setFitToWidth(true);
        lines.getStyleClass().add("runbook-lock-lines");
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox box = new VBox(6, sectionTitle("Locks while the command runs"), lockHeadline, lines, note, open);
        box.setId("runbook-locks");
        box.getStyleClass().add("runbook-locks");
        box.setPadding(new Insets(6, 0, 0, 8));
        return box;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    // ---- updates -----------------------------------------------------------------------------------------

    private void showRunbook(Runbook runbook) {
        shown = runbook;
        followedStep = null;
        cards.clear();
        steps.getChildren().clear();
        title.setText(runbook == null ? "" : runbook.title());
        description.setText(runbook == null ? "" : runbook.description());
        if (runbook != null) {
            int index = 1;
            DeploymentPlan plan = model.deploymentPlan(runbook);
            for (RunbookStep step : runbook.steps()) {
                StepCard card = new StepCard(index++, step, plan);
                cards.put(step.id(), card);
                steps.getChildren().add(card.root);
            }
        }
        showProgress(model.progressProperty().get());
    }

    private void showProgress(RunbookProgress progress) {
        if (shown == null || progress != null && !progress.runbook().equals(shown.name())) {
            setLog(progress == null ? List.of() : progress.log());
            showStatus();
            return;
        }
        for (StepCard card : cards.values()) {
            RunbookProgress.StepProgress state = null;
            if (progress != null) {
                state = progress.steps().stream().filter(s -> s.id().equals(card.step.id())).findFirst().orElse(null);
            }
            card.update(state);
        }
        setLog(progress == null ? List.of() : progress.log());
        showStatus();
        RunbookProgress.StepProgress current = progress == null ? null : progress.current();
        if (current != null && !current.id().equals(followedStep) && cards.containsKey(current.id())) {
            followedStep = current.id();
            // After the next layout pass, when the cards have their heights.
            Node card = cards.get(current.id()).root;
            javafx.application.Platform.runLater(() -> scrollTo(card));
        }
    }

    /** Brings the current step into view when the run moves on (and leaves the person's scrolling alone otherwise). */
    private void scrollTo(Node card) {
        double content = steps.getBoundsInLocal().getHeight();
        double viewport = stepScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = Math.max(0, card.getBoundsInParent().getMinY() - 24);
        stepScroll.setVvalue(Math.min(1, top / (content - viewport)));
    }

    private void showStatus() {
        status.setText(model.statusProperty().get());
        RunbookProgress progress = model.progressProperty().get();
        Tone tone = progress == null ? Tone.NEUTRAL : switch (progress.status()) {
            case COMPLETED -> Tone.SUCCESS;
            case RUNNING -> Tone.ACCENT;
            case FAILED -> Tone.DANGER;
            case PAUSED, INTERRUPTED, ABORTED -> Tone.WARNING;
            case NOT_STARTED -> Tone.NEUTRAL;
        };
        tone.applyTo(status);
    }

    /**
     * The preflight's refusal: its headline, then each problem as "FILE (field F): what", then what was usable. A
     * setting to fix is shown as danger, a database that did not answer as a warning (the kinds, not the text).
     */
    private void showPreflight(RunbookPreflight.Result result) {
        preflight.getChildren().clear();
        preflight.getStyleClass().setAll("banner");
        if (result == null) {
            return;
        }
        Tone tone = result.configuration() ? Tone.DANGER : Tone.WARNING;
        preflight.getStyleClass().add(result.configuration() ? "banner-danger" : "banner-warning");
        Label headline = new Label(result.headline(), new FontIcon(result.configuration() ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE));
        headline.setId("runbook-preflight-headline");
        headline.getStyleClass().add(Styles.TEXT_BOLD);
        tone.applyTo(headline);
        preflight.getChildren().add(headline);
        int index = 0;
        for (RunbookPreflight.Problem problem : result.problems()) {
            Label line = new Label(problem.text());
            line.setId("runbook-preflight-problem-" + index++);
            tone.applyTo(line);
            preflight.getChildren().add(line);
        }
        if (!result.checked().isEmpty()) {
            Label usable = new Label("Usable: " + String.join("; ", result.checked()));
            usable.setId("runbook-preflight-checked");
            usable.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            preflight.getChildren().add(usable);
        }
        for (Node child : preflight.getChildren()) {
            ((Label) child).setWrapText(true);
            ((Label) child).setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    /** Appends what is new so the area keeps following the tail; the engine's log is a sliding window. */
    private void setLog(List<String> lines) {
        String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        if (text.equals(logText)) {
            return;
        }
        if (!logText.isEmpty() && text.startsWith(logText)) {
            log.appendText(text.substring(logText.length()));
        } else {
            log.setText(text);
        }
        logText = text;
        log.positionCaret(text.length());
        log.setScrollTop(Double.MAX_VALUE);
    }

    private void showLocks(RunbookViewModel.LockSummary summary) {
        lockLines.getChildren().clear();
        lockHeadline.setText(summary == null ? "" : summary.headline());
        lockHeadline.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (summary == null) {
            return;
        }
        lockHeadline.getStyleClass().add(summary.blocked() ? Styles.DANGER : Styles.SUCCESS);
        for (RunbookViewModel.LockLine line : summary.lines()) {
            Label label = new Label(line.text());
            label.getStyleClass().addAll("mono", Styles.TEXT_SMALL);
            if (line.role() == LockTree.Role.ROOT_BLOCKER) {
                label.getStyleClass().add(Styles.DANGER);
            }
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            lockLines.getChildren().add(label);
        }
    }

    /** One step: what it checks, does and verifies, and its live state; a failed step shows its way out. */
    private static final class StepCard {
        final RunbookStep step;
        final VBox root = new VBox(6);
        final Label state = new Label();
        final Label detail = new Label();
        final Label wayOut = new Label();
        final VBox wayOutBox;
        final Label advice = new Label();
        final ProgressIndicator spinner = new ProgressIndicator();

        StepCard(int index, RunbookStep step, DeploymentPlan plan) {
            this.step = step;
            root.setId("runbook-step-" + step.id());
            root.getStyleClass().add("runbook-step");
            Label number = new Label(Integer.toString(index));
            number.getStyleClass().add("runbook-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(step.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            spinner.setPrefSize(14, 14);
            spinner.setMaxSize(14, 14);
            spinner.setVisible(false);
            spinner.managedProperty().bind(spinner.visibleProperty());
            state.setId("runbook-step-state-" + step.id());
            state.getStyleClass().add("status-pill");
            state.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(10, number, name, spacer, spinner, state);
            top.setAlignment(Pos.CENTER_LEFT);

            Label facts = new Label(facts(step, index, plan));
            facts.setWrapText(true);
            facts.setMinHeight(Region.USE_PREF_SIZE);
            facts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

            detail.setId("runbook-step-detail-" + step.id());
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.managedProperty().bind(detail.visibleProperty());

            Label wayOutTitle = new Label("The way out", new FontIcon(Feather.LIFE_BUOY));
            wayOutTitle.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.DANGER);
            wayOut.setId("runbook-step-wayout-" + step.id());
            wayOut.setWrapText(true);
            wayOut.setMinHeight(Region.USE_PREF_SIZE);
            wayOut.getStyleClass().add("failure-explanation");
            wayOutBox = new VBox(4, wayOutTitle, wayOut);
            wayOutBox.getStyleClass().add("failure-panel");
            wayOutBox.managedProperty().bind(wayOutBox.visibleProperty());

            advice.setText("If it fails: " + (step.ifItFails() == null ? "stop and look at the log." : step.ifItFails()));
            advice.setWrapText(true);
            advice.setMinHeight(Region.USE_PREF_SIZE);
            advice.getStyleClass().addAll(Styles.TEXT_SUBTLE, Styles.TEXT_SMALL);
            advice.managedProperty().bind(advice.visibleProperty());

            VBox text = new VBox(4, top, facts, detail, wayOutBox, advice);
            HBox.setHgrow(text, Priority.ALWAYS);
            root.getChildren().add(text);
            update(null);
        }

        private static String facts(RunbookStep step, int index, DeploymentPlan plan) {
            List<String> parts = new ArrayList<>();
            if (!step.preconditions().isEmpty()) {
                parts.add("Checks first: " + describe(step.preconditions()));
            }
            parts.add("Does: " + action(step.action(), index, plan));
            parts.add("Verified when " + (step.verify().isEmpty() ? "the action succeeds" : describe(step.verify()))
                    + ", within " + duration(step.timeoutSeconds()));
            return String.join("  ·  ", parts);
        }

        private static String describe(List<Observation> observations) {
            return String.join(", ", observations.stream().map(Observation::describe).toList());
        }

        private static String action(StepAction action, int index, DeploymentPlan plan) {
            var started = plan == null ? java.util.Optional.<DeploymentPlan.Started>empty() : plan.startedAt(index);
            var follows = plan == null ? java.util.Optional.<DeploymentPlan.Follows>empty() : plan.followsAt(index);
            if (action instanceof StepAction.SetToggle toggle) {
                if (started.isPresent() && started.get().cause() == DeploymentPlan.Cause.VARIABLE_DELETE) {
                    return "deletes " + toggle.toggle() + ", and Railway deploys (a delete cannot skip it)";
                }
                return (toggle.on() ? "sets " : "clears ") + toggle.toggle() + (started.isEmpty()
                        ? " without a deploy" : " and lets Railway deploy");
            }
            if (action instanceof StepAction.Redeploy) {
                if (follows.isPresent() && follows.get().startedBy() != index) {
                    return "follows the deployment step " + follows.get().startedBy() + " started (no second deployment)";
                }
                return "redeploys the service and follows the new deployment";
            }
            if (action instanceof StepAction.RunCommand command) {
                return "runs `" + RunbookViewModel.commandLine(command.command()) + "` on the direct connection"
                        + (command.lockTimeout() == null ? "" : " (lock_timeout " + command.lockTimeout() + ")");
            }
            return "nothing; it waits";
        }

        private static String duration(int seconds) {
            return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
        }

        void update(RunbookProgress.StepProgress progress) {
            StepStatus status = progress == null ? StepStatus.PENDING : progress.status();
            state.setText(status.name().toLowerCase(Locale.ROOT));
            state.getStyleClass().removeAll("status-success", "status-danger", "status-accent", "status-warning", "status-neutral");
            state.getStyleClass().add(switch (status) {
                case DONE -> "status-success";
                case FAILED -> "status-danger";
                case RUNNING -> "status-accent";
                case SKIPPED -> "status-warning";
                case PENDING -> "status-neutral";
            });
            root.getStyleClass().removeAll("runbook-step-done", "runbook-step-failed", "runbook-step-running");
            if (status != StepStatus.PENDING && status != StepStatus.SKIPPED) {
                root.getStyleClass().add("runbook-step-" + status.name().toLowerCase(Locale.ROOT));
            }
            spinner.setVisible(status == StepStatus.RUNNING);
            String text = progress == null ? null : progress.detail();
            if (status == StepStatus.RUNNING && "checking".equals(text) && step.action() instanceof StepAction.RunCommand) {
                // The runner says "checking" until the command ends; the command's output is the live part.
                text = "checking, then running the command: its output streams into the log";
            }
            String way = null;
            if (status == StepStatus.FAILED && text != null && text.contains(WAY_OUT)) {
                way = text.substring(text.indexOf(WAY_OUT) + WAY_OUT.length());
                text = text.substring(0, text.indexOf(WAY_OUT));
            } else if (status == StepStatus.FAILED) {
                way = step.ifItFails();
            }
            detail.setText(text);
            detail.setVisible(text != null && !text.isBlank());
            Tone.NEUTRAL.applyTo(detail);
            (switch (status) {
                case DONE -> Tone.SUCCESS;
                case FAILED -> Tone.DANGER;
                case RUNNING -> Tone.ACCENT;
                default -> Tone.NEUTRAL;
            }).applyTo(detail);
            detail.setGraphic(status == StepStatus.DONE ? new FontIcon(Feather.CHECK) : status == StepStatus.FAILED
                    ? new FontIcon(Feather.X_CIRCLE) : null);
            wayOut.setText(way);
            wayOutBox.setVisible(way != null);
            advice.setVisible(status == StepStatus.PENDING || status == StepStatus.RUNNING);
        }
    }
}
