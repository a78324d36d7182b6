package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.HistoryLanes;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/**
 * One row of the graph's lanes, drawn with shapes (so the theme's colours apply through CSS): lanes passing by,
 * the edges from the children above converging on the revision, the edges to its parents leaving below, and the
 * revision's dot. Rows have a fixed height, so the edges of consecutive rows meet.
 */
final class LaneGlyph extends Pane {
    static final double LANE_WIDTH = 16;
    static final double PADDING = 6;
    private static final int LANE_COLOURS = 6;

    LaneGlyph() {
        getStyleClass().add("lane-glyph");
        setMinHeight(RevisionGraphView.ROW_HEIGHT);
        setPrefHeight(RevisionGraphView.ROW_HEIGHT);
        setMaxHeight(RevisionGraphView.ROW_HEIGHT);
    }

    /** @param laneCount the graph's width in lanes; {@code edges} false draws only the dot (a filtered list). */
    void draw(RevisionRow row, int laneCount, boolean edges) {
        getChildren().clear();
        double width = PADDING * 2 + LANE_WIDTH * Math.max(1, laneCount);
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
        double h = RevisionGraphView.ROW_HEIGHT;
        double mid = h / 2;
        HistoryLanes.Row lanes = row.lanes();
        int lane = lanes == null ? 0 : lanes.lane();
        if (edges && lanes != null) {
            List<String> above = row.lanesAbove();
            for (int j = 0; j < above.size(); j++) {
                if (above.get(j) != null && !lanes.lanesIn().contains(j) && j != lane) {
                    add(new Line(x(j), 0, x(j), h), j);
                }
            }
            for (int j : lanes.lanesIn()) {
                add(edge(x(j), 0, x(lane), mid), j);
            }
            for (int p : lanes.parentLanes()) {
                add(edge(x(lane), mid, x(p), h), p);
            }
        }
        Circle dot = new Circle(x(lane), mid, row.mergePoint() ? 6 : 5);
        dot.getStyleClass().addAll("revision-dot", "mark-" + row.mark().name().toLowerCase(java.util.Locale.ROOT));
        getChildren().add(dot);
    }

    private static double x(int lane) {
        return PADDING + lane * LANE_WIDTH + LANE_WIDTH / 2;
    }

    private static Shape edge(double x1, double y1, double x2, double y2) {
        if (x1 == x2) {
            return new Line(x1, y1, x2, y2);
        }
        double my = (y1 + y2) / 2;
        CubicCurve curve = new CubicCurve(x1, y1, x1, my, x2, my, x2, y2);
        curve.setFill(null);
        return curve;
    }

    private void add(Shape shape, int lane) {
        shape.getStyleClass().addAll("lane-edge", "lane-" + (lane % LANE_COLOURS));
        getChildren().add(shape);
    }
}
