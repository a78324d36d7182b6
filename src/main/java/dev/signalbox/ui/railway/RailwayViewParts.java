package dev.signalbox.ui.railway;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pieces the Railway views build the same way: header, banners, the redeploy bar, guarded buttons, copying. */
public final class RailwayViewParts {
    private RailwayViewParts() {
    }

    /** Title, the question the view answers, and the view's buttons on the right. */
    public static Node header(String title, String subtitle, Node... right) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label under = new Label(subtitle);
        under.getStyleClass().add(Styles.TEXT_MUTED);
        under.setWrapText(true);
        under.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, heading, under);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(8, titles);
        header.getChildren().addAll(right);
        for (Node control : right) {
            // At 1024 px the subtitle wraps; the buttons keep their words (a "Redeploy" cut to "..." is no button).
            if (control instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** A message strip shown only while {@code text} is not null. */
    public static Label banner(String id, Tone tone, Feather icon, ObservableStringValue text) {
        Label banner = new Label();
        banner.setId(id);
        banner.setGraphic(new FontIcon(icon));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().addAll("banner", "banner-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(Bindings.isNotNull(text));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * Disables a mutating control while mutations are off (read-only, no Railway) or {@code busy}, with a tooltip
     * saying why. A disabled control gets no mouse events, so its tooltip would never show: the returned wrapper
     * carries the reason while the control is disabled. Add the wrapper to the layout, not the control.
     */
    public static Node guarded(ButtonBase button, RailwayConsole console, ObservableBooleanValue busy, String purpose) {
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> console.mutationsDisabled().get() || busy.get(),
                console.mutationsDisabled(), busy));
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> {
            String reason = console.disabledReason().get();
            if (reason != null) {
                return reason;
            }
            return busy.get() ? "Busy: the previous action on Railway is still running." : purpose;
        }, console.disabledReason(), busy));
        button.setTooltip(tooltip);
        button.setMinWidth(Region.USE_PREF_SIZE);
        StackPane wrapper = new StackPane(button);
        wrapper.setAlignment(Pos.CENTER_LEFT);
        wrapper.setMinWidth(Region.USE_PREF_SIZE);
        Runnable placeTooltip = () -> {
            if (button.isDisabled()) {
                Tooltip.install(wrapper, tooltip);
            } else {
                Tooltip.uninstall(wrapper, tooltip);
            }
        };
        button.disabledProperty().addListener((obs, old, now) -> placeTooltip.run());
        placeTooltip.run();
        return wrapper;
    }

    /** The Redeploy button with the shared workflow's progress and outcome beside it. */
    public static Node redeployBar(RailwayConsole console) {
        RedeployFlow flow = console.redeploy();
        Button redeploy = new Button("Redeploy", new FontIcon(Feather.REFRESH_CW));
        redeploy.setId("redeploy");
        redeploy.setOnAction(event -> flow.start());
        return guarded(redeploy, console, flow.runningProperty(),
                "Start a new deployment of the service with its current variables (asks first, then follows it).");
    }

    /** The shared redeploy workflow's progress line, shown under a view's header while there is something to say. */
    public static Node redeployProgress(RailwayConsole console) {
        RedeployFlow flow = console.redeploy();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(flow.runningProperty());
        spinner.managedProperty().bind(flow.runningProperty());
        Label message = new Label();
        message.setId("redeploy-message");
        message.setWrapText(true);
        message.textProperty().bind(flow.messageProperty());
        flow.toneProperty().addListener((obs, old, tone) -> tone.applyTo(message));
        flow.toneProperty().get().applyTo(message);
        HBox line = new HBox(8, spinner, message);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("redeploy-progress");
        line.visibleProperty().bind(flow.messageProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    public static Region grow(Region region) {
        VBox.setVgrow(region, Priority.ALWAYS);
        return region;
    }

    /** Puts text on the clipboard (ids, log lines, a value the person revealed). */
    public static void copy(String text) {
        dev.signalbox.ui.common.CopyableText.copy(null, text == null ? "" : text);
    }

    /** As {@link #copy(String)}, the confirmation naming what was copied ("the deployment id"). */
    public static void copy(String what, String text) {
        dev.signalbox.ui.common.CopyableText.copy(what, text == null ? "" : text);
    }

    /** A small flat icon button. */
    public static Button iconButton(Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
