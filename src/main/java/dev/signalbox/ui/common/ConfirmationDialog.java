package dev.signalbox.ui.common;

import atlantafx.base.theme.Styles;
import dev.signalbox.ops.Confirmation;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's answer to {@link Confirmation}: a dialog that says what will be done, to what, on which profile,
 * and what follows (a deploy, or "the running deployment sees it only after a redeploy"). On a production profile
 * the confirm button stays disabled until the environment's name is typed; the guard compares the typed text again.
 * <p>
 * {@link #ask} is called by {@code ActionGuard} on a background thread: it shows the dialog on the FX thread and
 * waits for the answer. Every mutating action of the UI goes through this one class.
 */
public final class ConfirmationDialog implements Confirmation {
    /** A person may step away; after this long the question is withdrawn and counts as a no, so no thread hangs. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Supplier<Window> owner;
    private final Duration patience;

    public ConfirmationDialog(Supplier<Window> owner) {
        this(owner, PATIENCE);
    }

    public ConfirmationDialog(Supplier<Window> owner, Duration patience) {
        this.owner = owner;
        this.patience = patience;
    }

    /** Owned by the focused window of the application (the console has one main window). */
    public static ConfirmationDialog forFocusedWindow() {
        return new ConfirmationDialog(ConfirmationDialog::focusedWindow);
    }

    static Window focusedWindow() {
        Window showing = null;
        for (Window window : Window.getWindows()) {
            if (window.isFocused()) {
                return window;
            }
            if (showing == null && window.isShowing()) {
                showing = window;
            }
        }
        return showing;
    }

    @Override
    public Answer ask(Request request) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("ConfirmationDialog.ask waits for a person: call it off the FX thread"
                    + " (run the ActionGuard through Background)");
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        AtomicReference<Dialog<Answer>> shown = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                Dialog<Answer> dialog = build(request);
                dialog.setOnHidden(event -> answer.complete(dialog.getResult() != null ? dialog.getResult() : Answer.no()));
                shown.set(dialog);
                dialog.show();
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            closeLater(shown);
            return Answer.no();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeLater(shown);
            return Answer.no();
        } catch (ExecutionException e) {
            return Answer.no();
        }
    }

    private static void closeLater(AtomicReference<Dialog<Answer>> shown) {
        Platform.runLater(() -> {
            Dialog<Answer> dialog = shown.get();
            if (dialog != null) {
                dialog.setResult(Answer.no());
                dialog.close();
            }
        });
    }

    /** True when {@code typed} lets the person confirm: anything for a plain yes, the exact name for production. */
    public static boolean canConfirm(Request request, String typed) {
        return request.requiredText() == null || (typed != null && typed.strip().equals(request.requiredText()));
    }

    private Dialog<Answer> build(Request request) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle("Confirm " + request.action() + (request.production() ? " on PRODUCTION" : ""));
        Window parent = owner.get();
        if (parent != null) {
            dialog.initOwner(parent);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.setId("confirmation-dialog");
        pane.getStyleClass().add("confirmation-dialog");
        if (parent != null && parent.getScene() != null) {
            pane.getStylesheets().addAll(parent.getScene().getStylesheets());
        }

        TextField typed = new TextField();
        typed.setId("confirm-environment");
        pane.setContent(content(request, typed));

        ButtonType confirm = new ButtonType(request.production() ? "Apply to " + request.environment() : "Apply",
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(cancel, confirm);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirm-ok");
        confirmButton.setDefaultButton(false);
        confirmButton.getStyleClass().add(request.production() ? Styles.DANGER : Styles.ACCENT);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId("confirm-cancel");
        if (request.requiredText() != null) {
            confirmButton.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !canConfirm(request, typed.getText()), typed.textProperty()));
        }
        dialog.setResultConverter(button -> {
            if (button != confirm) {
                return Answer.no();
            }
            return request.requiredText() != null ? Answer.typed(typed.getText().strip()) : Answer.yes();
        });
        dialog.setOnShown(event -> (request.requiredText() != null ? typed : cancelButton).requestFocus());
        return dialog;
    }

    private static Node content(Request request, TextField typed) {
        FontIcon icon = new FontIcon(request.production() ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE);
        icon.setIconSize(28);
        icon.getStyleClass().add(request.production() ? Styles.DANGER : Styles.WARNING);
        Label summary = new Label(request.summary());
        summary.setId("confirm-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.setWrapText(true);
        HBox heading = new HBox(12, icon, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        // A wrapping label, not a one-line field: a long target (a service id, a constraint on a schema-qualified
        // table) scrolled out of a field is a target the person did not read (issue 20).
        Label target = CopyableText.label(request.target());
        target.setId("confirm-target");
        target.setWrapText(true);
        target.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        target.getStyleClass().add("mono");
        Label profile = new Label(request.profile() + "  (environment " + request.environment() + ")");
        profile.setId("confirm-profile");
        Label action = new Label(request.action());
        action.getStyleClass().addAll("mono", Styles.TEXT_MUTED);
        facts.addRow(0, muted("Target"), target);
        facts.addRow(1, muted("Profile"), profile);
        facts.addRow(2, muted("Action"), action);
        GridPane.setHgrow(target, Priority.ALWAYS);

        VBox consequences = new VBox(6);
        consequences.setId("confirm-consequences");
        for (String consequence : request.consequences()) {
            boolean deploys = consequence.toLowerCase(Locale.ROOT).contains("starts a new deployment")
                    || consequence.toLowerCase(Locale.ROOT).contains("restarts");
            FontIcon mark = new FontIcon(deploys ? Feather.UPLOAD_CLOUD : Feather.INFO);
            Label line = new Label(consequence, mark);
            line.setWrapText(true);
            line.getStyleClass().add("confirm-consequence");
            if (deploys) {
                line.getStyleClass().add(Styles.WARNING);
            }
            consequences.getChildren().add(line);
        }

        VBox box = new VBox(14, heading, facts);
        if (!request.consequences().isEmpty()) {
            Label what = new Label("What follows");
            what.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().addAll(what, consequences);
        }
        if (request.requiredText() != null) {
            Label production = new Label("This is production. Type the environment name \"" + request.requiredText()
                    + "\" to confirm.");
            production.setId("confirm-production-note");
            production.setWrapText(true);
            production.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            typed.setPromptText(request.requiredText());
            box.getChildren().addAll(production, typed);
        }
        box.setPadding(new Insets(4, 0, 4, 0));
        box.setPrefWidth(560);
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
