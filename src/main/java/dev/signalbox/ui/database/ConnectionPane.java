package dev.signalbox.ui.database;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.signalbox.database.ConnectionFacts;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.PoolerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Incidents 3 and 6 on screen: what the connection really does. TLS on both legs (and why the server's leg says
 * nothing about the client's behind a pooler), the pooler and the evidence for it, the timeouts that apply with
 * where they come from, role defaults, and what missing privileges hide.
 */
final class ConnectionPane extends ScrollPane {
    private final GridPane facts = new GridPane();
    private final TableView<Map.Entry<String, ConnectionFacts.Setting>> settings = new TableView<>();
    private final VBox roleDefaults = new VBox(2);
    private final VBox hidden = new VBox(2);

    ConnectionPane(DatabaseViewModel model) {
        getStyleClass().addAll("database-connection", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        facts.setId("connection-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(170);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(names, values);

        settings.setId("timeouts-table");
        settings.getStyleClass().addAll(Styles.DENSE);
        settings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        settings.setPrefHeight(150);
        settings.setMaxWidth(760);
        settings.setPlaceholder(LocksPane.placeholder("Not read."));
        TableColumn<Map.Entry<String, ConnectionFacts.Setting>, String> name = new TableColumn<>("setting");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        name.setPrefWidth(260);
        TableColumn<Map.Entry<String, ConnectionFacts.Setting>, String> value = new TableColumn<>("effective value");
        // 0 is "no limit" for every timeout: the thing incident 3 is about, so it is said in words.
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper("0".equals(c.getValue().getValue().value())
                ? "0 (no limit)" : c.getValue().getValue().value()));
        value.setPrefWidth(160);
        TableColumn<Map.Entry<String, ConnectionFacts.Setting>, String> source = new TableColumn<>("source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().source()));
        settings.getColumns().setAll(List.of(name, value, source));
        dev.signalbox.ui.common.ListUpdates.keepSelection(settings, Map.Entry::getKey);
        settings.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<Map.Entry<String, ConnectionFacts.Setting>>();
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null)
                    .otherwise(CopyMenu.forRow(row, Map.of("setting", e -> e.getKey() + " = " + e.getValue().value()
                            + " (source: " + e.getValue().source() + ")"))));
            return row;
        });

        VBox content = new VBox(10,
                DatabaseView.partError("connection-error", model, "connection"),
                LocksPane.sectionTitle("Connection", "as the server reports it, on a connection like the app's"),
                facts,
                LocksPane.sectionTitle("Effective timeouts", "SHOW on a connection without startup options, with pg_settings.source"),
                settings,
                LocksPane.sectionTitle("Role and database defaults", "ALTER ROLE / ALTER DATABASE ... SET (pg_db_role_setting)"),
                roleDefaults,
                LocksPane.sectionTitle("Privileges", "what the inspector's role may see and do"),
                hidden);
        content.setPadding(new Insets(12));
        setContent(content);
        model.snapshotProperty().addListener((obs, old, now) -> show(now));
        show(model.snapshotProperty().get());
    }

    private void show(DatabaseSnapshot snapshot) {
        facts.getChildren().clear();
        roleDefaults.getChildren().clear();
        hidden.getChildren().clear();
        ConnectionFacts c = snapshot == null ? null : snapshot.connection();
        if (c == null) {
            settings.getItems().clear();
            return;
        }
        int row = 0;
        row = fact(row, "Server", "PostgreSQL " + c.serverVersion());
        row = fact(row, "URL", c.url() + "  (" + c.hostKind() + ")");
        row = fact(row, "User / database", c.user() + " / " + c.database());
        ConnectionFacts.Tls tls = c.ssl();
        if (tls != null) {
            row = fact(row, "TLS, client leg", "sslmode=" + Format.orDash(tls.sslmode()) + " - "
                    + (tls.client() == null ? "unknown" : tls.client() ? "encrypted (" + Format.orDash(tls.clientProtocol())
                    + ", " + Format.orDash(tls.clientCipher()) + ")" : "NOT encrypted"), tls.client() != null && !tls.client());
            row = fact(row, "TLS, server leg", "pg_stat_ssl: " + (tls.server() == null ? "unknown"
                    : tls.server() ? "encrypted (" + Format.orDash(tls.serverProtocol()) + ")" : "not encrypted"), false);
            if (tls.note() != null) {
                row = fact(row, "", tls.note(), false, "text-muted");
            }
            if (c.pooler() != PoolerMode.NONE) {
                row = fact(row, "", "Behind a pooler, pg_stat_ssl describes the pooler's connection to PostgreSQL only;"
                        + " the client leg above is what this machine negotiated with the pooler.", false, "text-muted");
            }
        }
        row = fact(row, "Pooler", c.pooler().json() + (c.pooler() == PoolerMode.TRANSACTION
                ? " - SET and startup options do not stick; use ALTER ROLE ... SET, or SET LOCAL inside BEGIN" : ""),
                c.pooler() == PoolerMode.TRANSACTION);
        row = fact(row, "Evidence", Format.orDash(c.poolerEvidence()), false, "text-muted");
        row = fact(row, "Backend pid", "handshake " + c.handshakePid() + ", pg_backend_pid() " + c.backendPid()
                + (c.handshakePid() != c.backendPid() ? " - they differ: something answers the handshake in PostgreSQL's place" : ""));
        row = fact(row, "Inspector's own limits", "through " + c.inspectorLimits().json() + "; startup options parameter "
                + c.optionsParameter().json());

        dev.signalbox.ui.common.ListUpdates.replaceInPlace(settings.getItems(), new ArrayList<>(c.settings().entrySet()),
                Map.Entry::getKey);

        if (c.roleDefaults().isEmpty()) {
            roleDefaults.getChildren().add(muted("No ALTER ROLE / ALTER DATABASE defaults apply to this login."));
        }
        for (ConnectionFacts.RoleDefault d : c.roleDefaults()) {
            Label line = new Label(d.scope() + ": " + d.name() + " = " + d.value());
            CopyMenu.install(line, line::getText);
            roleDefaults.getChildren().add(line);
        }
        ConnectionFacts.Privileges p = c.privileges();
        if (p != null) {
            Label line = new Label("superuser: " + yes(p.superuser()) + "    pg_read_all_stats: " + yes(p.readAllStats())
                    + "    pg_signal_backend: " + yes(p.signalBackend()));
            hidden.getChildren().add(line);
        }
        if (snapshot.hidden().isEmpty()) {
            hidden.getChildren().add(muted("Nothing is hidden by missing privileges."));
        }
        for (String note : snapshot.hidden()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.getStyleClass().add(Styles.WARNING);
            hidden.getChildren().add(line);
        }
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private int fact(int row, String name, String value) {
        return fact(row, name, value, false);
    }

    private int fact(int row, String name, String value, boolean warn, String... classes) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("fact-value");
        text.getStyleClass().addAll(classes);
        if (warn) {
            text.getStyleClass().add(Styles.WARNING);
        }
        CopyMenu.install(text, text::getText);
        GridPane.setValignment(key, VPos.TOP);
        facts.add(key, 0, row);
        facts.add(text, 1, row);
        return row + 1;
    }
}
