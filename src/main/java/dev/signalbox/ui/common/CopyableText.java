package dev.signalbox.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Values on screen are evidence someone pastes into an incident channel: every label and table row the views
 * show can be copied (right click, or Ctrl+C on a table row).
 */
public final class CopyableText {
    private CopyableText() {
    }

    /** A label whose text is copied by its context menu. */
    public static Label label(String text) {
        Label label = new Label(text);
        install(label, label::getText);
        // Evidence is never half shown: where the label is drawn narrower than its value, the tooltip has it whole.
        return FullText.carried(label);
    }

    /**
     * A copyable, wrapping message bound to {@code text} that takes no room while the text is empty: the error and
     * outcome lines every view shows under its header.
     */
    public static Label message(String id, javafx.beans.value.ObservableStringValue text, String... styleClasses) {
        Label label = label("");
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Adds a "Copy" context menu to a control, copying what {@code text} returns at the time of the click. */
    public static void install(Control control, Supplier<String> text) {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy(text.get()));
        control.setContextMenu(new ContextMenu(copy));
    }

    /** "Copy row" on the context menu and Ctrl+C copy the selected row as {@code describe} renders it. */
    public static <T> void installOnTable(TableView<T> table, java.util.function.Function<T, String> describe) {
        MenuItem copy = new MenuItem("Copy row");
        Runnable copySelected = () -> {
            T item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                copy(describe.apply(item));
            }
        };
        copy.setOnAction(e -> copySelected.run());
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setContextMenu(new ContextMenu(copy));
        KeyCombination shortcut = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(event -> {
            if (shortcut.match(event)) {
                copySelected.run();
                event.consume();
            }
        });
    }

    public static void copy(String text) {
        copy(null, text);
    }

    /**
     * Puts {@code text} on the clipboard and says so for two seconds ("Copied pid"), over the window's status bar
     * where it covers no control. The confirmation names what was copied, never the value (it may be a secret).
     *
     * @param what what the text is ("pid", "the query"); null for "to the clipboard"
     */
    public static void copy(String what, String text) {
        if (text == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        confirmCopied(what == null ? "Copied to the clipboard" : "Copied " + what);
    }

    private static javafx.stage.Popup toast;
    private static Label toastText;
    private static javafx.animation.PauseTransition toastLinger;

    private static void confirmCopied(String message) {
        javafx.stage.Window window = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isFocused() && !(w instanceof javafx.stage.PopupWindow)).findFirst()
                .or(() -> javafx.stage.Window.getWindows().stream()
                        .filter(w -> w.isShowing() && !(w instanceof javafx.stage.PopupWindow)).findFirst())
                .orElse(null);
        if (window == null || window.getScene() == null) {
            return;
        }
        if (toast == null) {
            toastText = new Label();
            toastText.setId("copy-confirmation");
            toastText.getStyleClass().add("copy-confirmation");
            toastText.setStyle("-fx-background-color: -color-accent-emphasis; -fx-text-fill: -color-fg-emphasis;"
                    + " -fx-padding: 3 10 3 10; -fx-background-radius: 4;");
            toast = new javafx.stage.Popup();
            toast.getContent().add(toastText);
            toast.setAutoHide(false);
            toast.setHideOnEscape(true);
            toastLinger = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            toastLinger.setOnFinished(e -> toast.hide());
        }
        toastText.setText(message);
        // The theme's colours come from the window's stylesheets.
        toastText.getStylesheets().setAll(window.getScene().getStylesheets());
        javafx.scene.Scene scene = window.getScene();
        if (toast.isShowing() && toast.getOwnerWindow() != window) {
            toast.hide();
        }
        toast.show(window);
        // Bottom centre, over the status bar: the toast covers no control.
        toast.setX(window.getX() + scene.getX() + (scene.getWidth() - toast.getWidth()) / 2);
        toast.setY(window.getY() + scene.getY() + scene.getHeight() - toast.getHeight() - 2);
        toastLinger.playFromStart();
    }
}
