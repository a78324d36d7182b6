package dev.signalbox.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The honest empty state of a view that does not exist yet: what it will answer, and that it is not built. */
public final class NotBuiltView extends VBox {
    public NotBuiltView(ConsoleSection section) {
        setId("not-built-" + section.name().toLowerCase());
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        FontIcon icon = new FontIcon(section.icon());
        icon.setIconSize(48);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label(section.title() + ": not built yet");
        title.getStyleClass().add("title-3");
        Label purpose = new Label(section.purpose());
        purpose.setWrapText(true);
        purpose.setMaxWidth(520);
        purpose.getStyleClass().add("text-muted");
        getChildren().addAll(icon, title, purpose);
    }
}
