package dev.signalbox.ui.overview;

import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** "Is this deploy OK?" at a glance: one tile per part; a click opens the part's view. */
public final class OverviewView extends BorderPane {
    private final OverviewViewModel model;
    private final TilePane grid = new TilePane();

    public OverviewView(ShellViewModel shell) {
        this.model = new OverviewViewModel(shell, Clock.systemUTC());
        setId("overview");
        getStyleClass().add("overview");

        Label headline = new Label();
        headline.setId("overview-headline");
        headline.getStyleClass().add("title-3");
        headline.textProperty().bind(model.headlineProperty());
        // At 1024 px beside the scenario controls: wrap, never cut (and the controls keep their words).
        headline.setWrapText(true);
        dev.signalbox.ui.common.FullText.carried(headline);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, headline, spacer, sandboxControls(shell));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(new VBox(nextStepLine(), top));

        grid.setId("overview-tiles");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(8, 16, 16, 16));
        grid.setPrefTileWidth(300);
        grid.setTileAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // ScrollPaneSkin caches its viewport as one image: each new probe point in a sparkline re-rendered every tile
        // into it ("CacheFilter rebuilding" in the pulse log, ~15 ms of software GL each second while idle, issue 20).
        // Without the cache only the changed region is painted; the Overview scrolls rarely and little.
        scroll.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        setCenter(scroll);
        shell.watchProperty().addListener((obs, old, now) -> scroll.setVvalue(scroll.getVmin()));

        model.tiles().addListener((javafx.collections.ListChangeListener<Tile>) change -> render());
        render();
        // Ages ("12 s ago") stay true without anyone polling faster.
        dev.signalbox.ui.common.Ticker.every(java.time.Duration.ofSeconds(5), this, model::rebuild);
    }


    /** One line above everything: what is wrong, the one thing to do, and a link to the exact place. */
    private Node nextStepLine() {
        Label text = new Label();
        text.setId("overview-next-step");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        link.setId("overview-next-step-link");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(e -> model.openNextStep());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, text, link);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(10, 16, 0, 16));
        line.getStyleClass().add("overview-next-step");
        Runnable update = () -> {
            NextStep next = model.nextStepProperty().get();
            line.setVisible(next != null);
            line.setManaged(next != null);
            text.setText(next == null ? "" : next.sentence());
            link.setText(next == null ? "" : next.link());
            text.getStyleClass().removeAll("danger", "warning");
            if (next != null) {
                text.getStyleClass().add(next.critical() ? "danger" : "warning");
            }
        };
        model.nextStepProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return line;
    }

    private Node sandboxControls(ShellViewModel shell) {
        ComboBox<Scenario> scenarios = new ComboBox<>();
        scenarios.setId("sandbox-scenario");
        scenarios.getItems().setAll(Scenario.values());
        scenarios.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : scenario.cliName();
            }

            @Override
            public Scenario fromString(String text) {
                return Scenario.fromCliName(text);
            }
        });
        scenarios.setTooltip(new Tooltip("Restart the sandbox with another incident staged"));
        Button restart = new Button("Restage");
        restart.setId("sandbox-restage");
        restart.setOnAction(e -> {
            if (scenarios.getValue() != null) {
                shell.restartSandbox(scenarios.getValue());
            }
        });
        Label label = new Label("Sandbox scenario");
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        restart.setMinWidth(Region.USE_PREF_SIZE);
        scenarios.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, label, scenarios, restart);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_RIGHT);
        Runnable update = () -> {
            boolean sandbox = shell.sandboxProperty().get() != null
                    && shell.profileProperty().get() instanceof dev.signalbox.ui.shell.ProfileChoice.Sandbox;
            box.setVisible(sandbox);
            box.setManaged(sandbox);
            if (shell.sandboxProperty().get() != null) {
                // The chooser names the scenario that runs, not one picked and never restaged.
                scenarios.setValue(shell.sandboxProperty().get().scenario());
            }
        };
        shell.sandboxProperty().addListener((obs, old, now) -> update.run());
        shell.profileProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return box;
    }

    /** Cards keep their identity across polls (a click or an open menu is never on a node just replaced). */
    private final java.util.Map<String, TileCard> cards = new java.util.HashMap<>();

    private void render() {
        List<Node> ordered = new java.util.ArrayList<>();
        for (Tile tile : model.tiles()) {
            TileCard card = cards.computeIfAbsent(tile.id(), id -> new TileCard());
            card.show(tile);
            ordered.add(card);
        }
        if (!grid.getChildren().equals(ordered)) {
            grid.getChildren().setAll(ordered);
        }
    }

    /** One tile: header, headline, sparkline, up to four details, footer; updated in place. */
    private final class TileCard extends VBox {
        private final Label title = new Label();
        private final Label status = new Label();
        private final Label headline = new Label();
        private final VBox body = new VBox(6);
        private final Label footer = new Label();
        private final List<Label> lines = new java.util.ArrayList<>();
        private Canvas sparkline;
        private List<Double> drawn;
        private Tile tile;

        TileCard() {
            super(6);
            title.getStyleClass().add("tile-title");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, title, spacer, status);
            header.setAlignment(Pos.CENTER_LEFT);
            headline.getStyleClass().add("tile-headline");
            headline.setWrapText(true);
            footer.setWrapText(true);
            // A tile is 300 px wide: a long cause or fix is cut at the tile's height, and the tooltip carries it whole.
            dev.signalbox.ui.common.FullText.carried(headline);
            dev.signalbox.ui.common.FullText.carried(footer);
            Region grow = new Region();
            VBox.setVgrow(grow, Priority.ALWAYS);
            getChildren().addAll(header, headline, body, grow, footer);
            setPadding(new Insets(12));
            setCursor(Cursor.HAND);
            setOnMouseClicked(e -> {
                if (tile != null && e.getClickCount() == 1 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    model.open(tile);
                }
            });
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
            copy.setOnAction(e -> {
                dev.signalbox.ui.common.CopyableText.copy("the " + tile.title() + " card",
                        tile.title() + ": " + tile.headline() + "\n" + String.join("\n", tile.details()));
            });
            menu.getItems().add(copy);
            setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        }

        /**
         * TilePane asks its tiles for a height without a width, which measures each wrapped line as one line and cut
         * the causes and fixes at the tile's bottom: measure them at the tile's width instead.
         */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? grid.getPrefTileWidth() : width);
        }

        void show(Tile next) {
            if (tile != null && sameContent(tile, next)) {
                // Only the time of the read moved (every database poll): restyling and rebuilding the body would be a
                // CSS pass and a repaint of the grid for nothing (issue 20, the idle window's CPU). The footer's
                // coarse age ("just now") does not change either while polls are on time; setText ignores equal text.
                tile = next;
                footer.setText(footer(next));
                return;
            }
            Tile previous = tile;
            String tone = next.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (tile == null || !tile.id().equals(next.id())) {
                setId(next.id());
                headline.setId(next.id() + "-headline");
                Tooltip.install(this, new Tooltip("Open " + next.opens().title()));
            }
            tile = next;
            title.setText(next.title());
            status.setText(statusText(next.status()));
            setStyles(status, "label", "tile-status", "tile-status-" + tone);
            headline.setText(next.headline());
            setStyles(this, "overview-tile", "tile-" + tone);
            if (previous == null || !previous.details().equals(next.details()) || !previous.sparkline().equals(next.sparkline())) {
                updateBody(next);
            }
            footer.setText(footer(next));
            setStyles(footer, "label", "tile-footer", next.error() != null ? "tile-footer-error" : "text-muted");
        }

        /**
         * The sparkline and the detail lines, updated in place: the same canvas redrawn only when its points changed,
         * the same labels given new text. New nodes each time cost a CSS pass and a layout of the tile, and repainted
         * the unchanged lines too (the lines below each sparkline in the pulse log, issue 20).
         */
        private void updateBody(Tile next) {
            List<Node> wanted = new java.util.ArrayList<>();
            if (!next.sparkline().isEmpty()) {
                if (sparkline == null) {
                    sparkline = sparkline();
                }
                if (!next.sparkline().equals(drawn)) {
                    drawSparkline(sparkline, next.sparkline(), next.id().equals(OverviewTiles.TRAFFIC_TILE));
                    drawn = next.sparkline();
                }
                wanted.add(sparkline);
            }
            List<String> texts = new java.util.ArrayList<>(next.details().size() > 4 ? next.details().subList(0, 4) : next.details());
            if (next.details().size() > 4) {
                texts.add("+" + (next.details().size() - 4) + " more - open the view");
            }
            for (int i = 0; i < texts.size(); i++) {
                if (i == lines.size()) {
                    Label line = new Label();
                    line.setWrapText(true);
                    dev.signalbox.ui.common.FullText.carried(line);
                    lines.add(line);
                }
                Label line = lines.get(i);
                line.setText(texts.get(i));
                boolean more = next.details().size() > 4 && i == texts.size() - 1;
                setStyles(line, "label", more ? "text-muted" : "tile-detail");
                wanted.add(line);
            }
            if (!body.getChildren().equals(wanted)) {
                body.getChildren().setAll(wanted);
            }
        }
    }

    /** A style class list changed only when it differs: any change restyles the node and all it holds. */
    private static void setStyles(Node node, String... classes) {
        if (!node.getStyleClass().equals(List.of(classes))) {
            node.getStyleClass().setAll(classes);
        }
    }

    private static String statusText(Tile.Status status) {
        return switch (status) {
            case OK -> "OK";
            case ATTENTION -> "ATTENTION";
            case ERROR -> "FAILING";
            case LOADING -> "CHECKING";
            case NOT_CONFIGURED -> "NOT SET UP";
            case UNKNOWN -> "UNKNOWN";
        };
    }

    private static String footer(Tile tile) {
        if (tile.error() != null) {
            return "Latest check failed: " + tile.error();
        }
        if (tile.updatedAt() == null) {
            return "";
        }
        return "checked " + Ages.coarse(tile.updatedAt(), Instant.now());
    }

    /** Equal but for the time of the read. */
    private static boolean sameContent(Tile a, Tile b) {
        return a.id().equals(b.id()) && a.title().equals(b.title()) && a.status() == b.status()
                && a.headline().equals(b.headline()) && a.details().equals(b.details()) && a.opens() == b.opens()
                && java.util.Objects.equals(a.error(), b.error()) && a.sparkline().equals(b.sparkline());
    }

    private static Canvas sparkline() {
        Canvas canvas = new Canvas(270, 28);
        canvas.getStyleClass().add("sparkline");
        Tooltip tooltip = new Tooltip();
        Tooltip.install(canvas, tooltip);
        canvas.getProperties().put(Tooltip.class, tooltip);
        return canvas;
    }

    private static void drawSparkline(Canvas canvas, List<Double> points, boolean serverErrorRate) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double max = points.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = points.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double span = Math.max(1e-6, max - min);
        g.setStroke(javafx.scene.paint.Color.web("#0969da"));
        g.setLineWidth(1.5);
        g.beginPath();
        for (int i = 0; i < points.size(); i++) {
            double x = points.size() == 1 ? 0 : i * (canvas.getWidth() - 2) / (points.size() - 1) + 1;
            double y = canvas.getHeight() - 2 - (points.get(i) - min) / span * (canvas.getHeight() - 4);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        double latest = points.get(points.size() - 1);
        ((Tooltip) canvas.getProperties().get(Tooltip.class)).setText(serverErrorRate
                ? String.format("5xx rate per minute, last %d minutes: %.1f-%.1f %%, latest %.1f %%", points.size(), min, max, latest)
                : String.format("latency, last %d probes: %.0f-%.0f ms, latest %.0f ms", points.size(), min, max, latest));
    }
}
