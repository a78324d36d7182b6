package dev.signalbox.ui.migrations;

import atlantafx.base.theme.Styles;
import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.migrations.Revision;
import dev.signalbox.ui.migrations.MigrationsPage.RowFilter;
import dev.signalbox.ui.common.FullText;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Migrations view: the verdict (database revision vs code heads), the revision graph, the selected
 * revision's details and file with lint findings inline, and the lint, problems and git state of the project.
 */
public final class MigrationsView extends BorderPane {
    private final MigrationsViewModel model;
    private final Label copied = new Label();
    private final PauseTransition copiedFade = new PauseTransition(Duration.seconds(3));

    public MigrationsView(MigrationsViewModel model) {
        this.model = model;
        setId("migrations-view");
        getStyleClass().add("migrations-view");
        getStylesheets().add(MigrationsView.class.getResource("/css/migrations.css").toExternalForm());
        setPadding(new Insets(12));
        VBox top = new VBox(8, banner(), partMessage(), toolbar());
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        // Left: the graph over the project-wide lists; right: the selected revision and its file, full height.
        SplitPane left = new SplitPane(graph(), tabs());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        SplitPane center = new SplitPane(left, details());
        center.setDividerPositions(0.5);
        setCenter(center);

        copiedFade.setOnFinished(e -> copied.setText(""));
        dev.signalbox.ui.common.Ticker.every(java.time.Duration.ofSeconds(1), this, model::tick);
    }


    public MigrationsView(dev.signalbox.ui.shell.ShellViewModel shell) {
        this(new MigrationsViewModel(shell.watchProperty(), java.time.Clock.systemUTC(), shell.background(),
                (profile, progress) -> shell.service(profile).rehearsal(progress)));
    }

    public MigrationsViewModel model() {
        return model;
    }

    // ---- banner -------------------------------------------------------------------------------------------

    private Node banner() {
        FontIcon icon = new FontIcon(Feather.GIT_BRANCH);
        icon.getStyleClass().add("banner-icon");
        Label title = new Label("Migrations");
        title.setId("migration-status-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label freshness = new Label();
        freshness.setId("migration-freshness");
        freshness.getStyleClass().add(Styles.TEXT_MUTED);
        freshness.textProperty().bind(model.freshnessProperty());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("migrations-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Check the revision files and the database again now"));
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, icon, title, spacer, freshness, rehearseButton(), refresh);
        head.setAlignment(Pos.CENTER_LEFT);

        Label detail = new Label();
        detail.setId("migration-status-detail");
        detail.setWrapText(true);
        HBox database = new HBox(6);
        database.setId("database-revisions");
        database.setAlignment(Pos.CENTER_LEFT);
        HBox heads = new HBox(6);
        heads.setId("code-heads");
        heads.setAlignment(Pos.CENTER_LEFT);
        Label databaseLabel = muted("Database at");
        Label headsLabel = muted("Code heads");
        HBox revisions = new HBox(8, databaseLabel, database, gap(), headsLabel, heads);
        revisions.setAlignment(Pos.CENTER_LEFT);
        Label attention = new Label();
        attention.setId("migration-attention");
        attention.getStyleClass().add("attention");
        attention.setWrapText(true);

        Label schema = new Label();
        schema.setId("migration-schema-hint");
        schema.getStyleClass().add("migration-schema-hint");
        schema.setWrapText(true);
        schema.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        Runnable schemaUpdate = () -> {
            String hint = model.schemaHintProperty().get();
            schema.setText(hint);
            schema.setVisible(!hint.isEmpty());
            schema.setManaged(!hint.isEmpty());
        };
        model.schemaHintProperty().addListener((obs, old, now) -> schemaUpdate.run());
        schemaUpdate.run();
        VBox banner = new VBox(6, head, detail, revisions, attention, schema);
        banner.setId("migration-status");
        banner.getStyleClass().add("migration-banner");
        banner.setPadding(new Insets(10, 12, 10, 12));
        Runnable update = () -> {
            MigrationsPage page = model.pageProperty().get();
            banner.getStyleClass().removeAll("tone-success", "tone-warning", "tone-danger", "tone-neutral");
            boolean shown = page != null;
            detail.setVisible(shown);
            detail.setManaged(shown);
            revisions.setVisible(shown);
            revisions.setManaged(shown);
            if (!shown) {
                title.setText("Migrations");
                icon.setIconCode(Feather.GIT_BRANCH);
                banner.getStyleClass().add("tone-neutral");
                attention.setText("");
                attention.setManaged(false);
                return;
            }
            StatusBanner status = page.banner();
            title.setText(status.title());
            detail.setText(status.detail());
            icon.setIconCode(switch (status.tone()) {
                case SUCCESS -> Feather.CHECK_CIRCLE;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case DANGER -> Feather.X_OCTAGON;
                case NEUTRAL -> Feather.INFO;
            });
            banner.getStyleClass().add("tone-" + status.tone().name().toLowerCase(Locale.ROOT));
            database.getChildren().setAll(status.databaseRevisions().isEmpty() ? List.of(muted("none"))
                    : status.databaseRevisions().stream().map(this::copyable).toList());
            heads.getChildren().setAll(status.codeHeads().isEmpty() ? List.of(muted("none"))
                    : status.codeHeads().stream().map(this::copyable).toList());
            attention.setText(String.join("  ·  ", status.attention()));
            attention.setManaged(!status.attention().isEmpty());
            attention.setVisible(!status.attention().isEmpty());
        };
        model.pageProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return banner;
    }

    private Node partMessage() {
        Label message = new Label();
        message.setId("migration-part-message");
        message.getStyleClass().add("part-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            String text = model.partMessageProperty().get();
            message.setText(text);
            message.setVisible(text != null);
            message.setManaged(text != null);
            message.getStyleClass().removeAll("tone-danger", "tone-neutral", "tone-warning", "tone-success");
            message.getStyleClass().add("tone-" + model.partMessageToneProperty().get().name().toLowerCase(Locale.ROOT));
            message.setGraphic(new FontIcon(model.partMessageToneProperty().get() == StatusBanner.Tone.DANGER
                    ? Feather.ALERT_OCTAGON : Feather.CLOCK));
        };
        model.partMessageProperty().addListener((obs, old, now) -> update.run());
        model.partMessageToneProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return message;
    }

    private Node toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox filters = new HBox();
        RowFilter[] values = RowFilter.values();
        for (int i = 0; i < values.length; i++) {
            RowFilter filter = values[i];
            ToggleButton button = new ToggleButton(filter.title());
            button.setId("filter-" + filter.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(filter);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setSelected(model.filterProperty().get() == filter);
            filters.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.filterProperty().set((RowFilter) now.getUserData());
            }
        });
        model.filterProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        copied.setId("copy-feedback");
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(12, legend("current", "mark-current"), legend("applied", "mark-applied"),
                legend("pending", "mark-pending"), legend("unknown", "mark-unknown"));
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(12, filters, copied, spacer, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Node legend(String text, String markClass) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
        dot.getStyleClass().addAll("revision-dot", markClass);
        Label label = new Label(text, dot);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    // ---- graph --------------------------------------------------------------------------------------------

    private Node graph() {
        RevisionGraphView list = new RevisionGraphView(
                () -> model.pageProperty().get() == null ? 1 : model.pageProperty().get().laneCount(),
                () -> model.filterProperty().get() == RowFilter.ALL, this::copy);
        list.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.pageProperty().get() == null) {
                return model.partMessageProperty().get() == null ? "" : "No revisions to show yet.";
            }
            return switch (model.filterProperty().get()) {
                case PENDING -> "Nothing pending: the database is at the code's head.";
                case LINT -> "No lint findings in any revision.";
                case ALL -> "No revision files found in the version locations.";
            };
        }, model.pageProperty(), model.filterProperty(), model.partMessageProperty()));
        list.setPlaceholder(placeholder);
        model.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                    list.scrollTo(Math.max(0, list.getItems().indexOf(now) - 2));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        // setAll on the rows clears the list's selection: put the model's selection back.
        model.rows().addListener((javafx.collections.ListChangeListener<RevisionRow>) change -> {
            RevisionRow keep = model.selectedProperty().get();
            if (keep != null && list.getItems().contains(keep)) {
                list.getSelectionModel().select(keep);
            }
        });
        // Edges are only meaningful over the full history; a filter change redraws the cells.
        model.filterProperty().addListener((obs, old, now) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    // ---- details and source -------------------------------------------------------------------------------

    private Node details() {
        // A VBox of HBoxes rather than a GridPane: they give wrapped text the height it needs.
        VBox grid = new VBox(4);
        grid.setId("revision-detail");
        grid.getStyleClass().add("revision-detail");

        Label sourceTitle = new Label();
        sourceTitle.setId("revision-source-title");
        sourceTitle.getStyleClass().add(Styles.TEXT_BOLD);
        sourceTitle.setMinWidth(60);
        FullText.carried(sourceTitle);
        Label sourceState = new Label();
        sourceState.getStyleClass().add(Styles.TEXT_MUTED);
        sourceState.setMinWidth(Region.USE_PREF_SIZE);
        Button copySource = new Button("Copy file text", new FontIcon(Feather.COPY));
        copySource.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copySource.setMinWidth(Region.USE_PREF_SIZE);
        copySource.setOnAction(e -> {
            RevisionSource source = model.sourceProperty().get();
            if (source != null && source.error() == null) {
                copy(source.text());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox sourceHeader = new HBox(8, new FontIcon(Feather.FILE_TEXT), sourceTitle, sourceState, spacer, copySource);
        sourceHeader.setAlignment(Pos.CENTER_LEFT);

        ListView<RevisionSource.Item> source = new ListView<>();
        source.setId("revision-source");
        source.getStyleClass().add("revision-source");
        source.setCellFactory(list -> new SourceCell(list));
        Label sourcePlaceholder = new Label();
        sourcePlaceholder.setWrapText(true);
        sourcePlaceholder.getStyleClass().add(Styles.TEXT_MUTED);
        sourcePlaceholder.setPadding(new Insets(12));
        source.setPlaceholder(sourcePlaceholder);
        VBox.setVgrow(source, Priority.ALWAYS);

        Runnable showSource = () -> {
            RevisionSource read = model.sourceProperty().get();
            RevisionRow row = model.selectedProperty().get();
            copySource.setDisable(read == null || read.error() != null);
            if (read == null) {
                source.getItems().clear();
                sourceState.setText(model.sourceLoadingProperty().get() ? "reading..." : "");
                if (row == null) {
                    sourcePlaceholder.setText("Select a revision to see its file.");
                } else if (row.unknown() != null) {
                    sourcePlaceholder.setText("No file in this code defines " + row.id() + ". Look for it in the git"
                            + " history of other branches, or on the machine that ran the migration (see the Git tab).");
                } else {
                    sourcePlaceholder.setText(model.sourceLoadingProperty().get() ? "Reading the file..." : "");
                }
                sourceTitle.setText(row == null || row.revision() == null ? "No file" : row.revision().file().getFileName().toString());
                return;
            }
            sourceTitle.setText(read.file().getFileName().toString());
            if (read.error() != null) {
                source.getItems().clear();
                sourcePlaceholder.setText(read.error());
                sourceState.setText("");
                return;
            }
            long findings = read.items().stream().filter(i -> i instanceof RevisionSource.Finding).count();
            sourceState.setText(findings == 0 ? "no lint findings" : findings + " lint finding" + (findings == 1 ? "" : "s"));
            source.getItems().setAll(read.items());
            int focus = model.focusLineProperty().get();
            int index = focus > 0 ? read.indexOfLine(focus) : -1;
            if (index < 0) {
                index = read.items().stream().filter(i -> i instanceof RevisionSource.Line l && l.flagged()).findFirst()
                        .map(read.items()::indexOf).orElse(-1);
            }
            if (index >= 0) {
                int target = Math.max(0, index - 2);
                // After the new cells are laid out; cells of different heights confuse an earlier scroll.
                javafx.application.Platform.runLater(() -> source.scrollTo(target));
            }
        };
        model.sourceProperty().addListener((obs, old, now) -> showSource.run());
        model.sourceLoadingProperty().addListener((obs, old, now) -> showSource.run());
        model.focusLineProperty().addListener((obs, old, now) -> {
            RevisionSource read = model.sourceProperty().get();
            if (read != null && now.intValue() > 0) {
                int index = read.indexOfLine(now.intValue());
                if (index >= 0) {
                    source.scrollTo(Math.max(0, index - 4));
                    source.getSelectionModel().select(index);
                }
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            fillDetail(grid, now);
            showSource.run();
        });
        fillDetail(grid, model.selectedProperty().get());
        showSource.run();

        VBox pane = new VBox(8, grid, sourceHeader, source);
        pane.setPadding(new Insets(0, 0, 0, 10));
        return pane;
    }

    private void fillDetail(VBox grid, RevisionRow row) {
        grid.getChildren().clear();
        if (row == null) {
            grid.getChildren().add(muted("Select a revision in the graph to see its details."));
            return;
        }
        Label mark = new Label(row.mark().label().isEmpty() ? "database not checked" : row.mark().label());
        mark.getStyleClass().addAll("mark-badge", "mark-" + row.mark().name().toLowerCase(Locale.ROOT));
        mark.setTooltip(new Tooltip(row.mark().meaning()));
        mark.setId("revision-detail-mark");
        HBox idBox = new HBox(4, copyable(row.id()), copyButton(row.id(), "Copy the revision id"), mark);
        idBox.setAlignment(Pos.CENTER_LEFT);
        detailRow(grid, "Revision", idBox);
        Label meaning = new Label(row.mark().meaning());
        meaning.setWrapText(true);
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        detailRow(grid, "State", meaning);
        Revision revision = row.revision();
        if (revision == null) {
            Label explanation = new Label(row.unknown() == null ? "" : row.unknown().explanation());
            explanation.setWrapText(true);
            detailRow(grid, "Why", explanation);
            return;
        }
        Label message = new Label(revision.message().isBlank() ? "(no message)" : revision.message());
        message.setWrapText(true);
        detailRow(grid, "Message", message);
        detailRow(grid, "Down revisions", idsOrText(revision.downRevisions(), "<base>: the first revision"));
        HBox more = new HBox(8, idsOrText(revision.branchLabels(), "none"), gap(), name("Depends on"),
                idsOrText(revision.dependsOn(), "none"));
        more.setAlignment(Pos.CENTER_LEFT);
        detailRow(grid, "Branch labels", more);
        detailRow(grid, "Created", revision.createDate() == null ? muted("no Create Date in the docstring")
                : new Label(revision.createDate()));
        TextField file = copyable(projectRelative(revision.file()));
        file.setPrefColumnCount(20);
        file.setTooltip(new Tooltip(String.valueOf(revision.file())));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileBox = new HBox(4, file, copyButton(String.valueOf(revision.file()), "Copy the file path"));
        fileBox.setAlignment(Pos.CENTER_LEFT);
        fileBox.setId("revision-detail-file");
        detailRow(grid, "File", fileBox);
        Label git = new Label(gitText(row));
        git.setId("revision-detail-git");
        git.setWrapText(true);
        if (row.gitState() != null) {
            git.getStyleClass().add(row.gitState() == GitState.State.MODIFIED ? Styles.WARNING : Styles.DANGER);
        }
        detailRow(grid, "Git", git);
        for (MigrationProblem problem : row.problems()) {
            Label text = new Label(problem.message());
            text.setWrapText(true);
            text.getStyleClass().add(problem.severity() == MigrationProblem.Severity.ERROR ? Styles.DANGER : Styles.WARNING);
            detailRow(grid, "Problem", text);
        }
    }

    private static void detailRow(VBox grid, String name, Node value) {
        Label label = name(name);
        label.setMinWidth(116);
        label.setPrefWidth(116);
        HBox.setHgrow(value, Priority.ALWAYS);
        if (value instanceof Label text) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, label, value);
        row.setAlignment(Pos.BASELINE_LEFT);
        grid.getChildren().add(row);
    }

    private String gitText(RevisionRow row) {
        GitState git = model.gitProperty().get();
        if (row.gitState() != null) {
            return explain(row.gitState(), git);
        }
        if (git == null) {
            return "not inspected";
        }
        return switch (git.repository()) {
            case REPOSITORY -> git.upstream() == null ? "committed on " + git.branch() + " (no upstream: whether it is pushed is unknown)"
                    : "committed and pushed to " + git.upstream();
            case NOT_A_REPOSITORY, ERROR -> git.note();
        };
    }

    static String explain(GitState.State state, GitState git) {
        String upstream = git != null && git.upstream() != null ? git.upstream() : "the upstream branch";
        return switch (state) {
            case UNTRACKED -> "untracked: this revision exists only on this machine; no deployed image contains it (incident 1)";
            case IGNORED -> "ignored by .gitignore: this revision exists only on this machine; no deployed image contains it";
            case ADDED -> "added but never committed: this revision exists only on this machine";
            case MODIFIED -> "modified since the last commit: a deploy runs the committed version, not this one";
            case DELETED -> "deleted here but still committed: a deploy still has it";
            case UNPUSHED -> "committed but not pushed: a deploy built from " + upstream + " does not contain it";
        };
    }

    private static final class SourceCell extends ListCell<RevisionSource.Item> {
        private final ListView<RevisionSource.Item> list;

        SourceCell(ListView<RevisionSource.Item> list) {
            this.list = list;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RevisionSource.Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("lint-line", "lint-annotation-cell");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            if (item instanceof RevisionSource.Line line) {
                Label number = new Label(String.valueOf(line.number()));
                number.getStyleClass().add("line-number");
                number.setMinWidth(36);
                number.setAlignment(Pos.CENTER_RIGHT);
                Label text = new Label(line.text());
                text.getStyleClass().add("source-text");
                // Long statements wrap at the pane's width instead of scrolling sideways (issue 20): the label
                // carries the width itself, as the annotations below do.
                text.setWrapText(true);
                text.prefWidthProperty().bind(list.widthProperty().subtract(36 + 14 + 12 + 40));
                text.setMinHeight(Region.USE_PREF_SIZE);
                Node marker = line.flagged() ? new FontIcon(Feather.ALERT_TRIANGLE) : new Region();
                if (marker instanceof Region spacer) {
                    spacer.setMinWidth(14);
                } else {
                    marker.getStyleClass().add("lint-marker");
                }
                HBox box = new HBox(6, number, marker, text);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setId("source-line-" + line.number());
                if (line.flagged()) {
                    getStyleClass().add("lint-line");
                }
            } else if (item instanceof RevisionSource.Finding finding) {
                LintFinding f = finding.finding();
                Label rule = new Label(f.rule(), new FontIcon(Feather.ALERT_TRIANGLE));
                rule.getStyleClass().addAll("lint-rule", Styles.TEXT_BOLD);
                Label lock = new Label("lock: " + f.lock());
                lock.getStyleClass().add("lint-lock");
                HBox head = new HBox(12, rule, lock);
                head.setAlignment(Pos.CENTER_LEFT);
                Label why = new Label("Why: " + f.why());
                why.setWrapText(true);
                Label instead = new Label("Instead: " + f.safePattern());
                instead.setWrapText(true);
                instead.getStyleClass().add("lint-instead");
                VBox box = new VBox(3, head, why, instead);
                box.getStyleClass().add("lint-annotation");
                // Within the visible width (the cell is as wide as the longest code line), after its left indent.
                // The labels carry the width themselves: a cell asks its graphic for its height without a width,
                // and a VBox then measures wrapped text at each child's preferred width.
                for (Label wrapped : List.of(why, instead)) {
                    wrapped.prefWidthProperty().bind(list.widthProperty().subtract(116));
                    wrapped.setMinHeight(Region.USE_PREF_SIZE);
                }
                box.maxWidthProperty().bind(list.widthProperty().subtract(96));
                setGraphic(box);
                setId("source-finding-" + f.line() + "-" + f.rule());
                getStyleClass().add("lint-annotation-cell");
            }
        }
    }

    // ---- lint, problems, git ------------------------------------------------------------------------------

    private Node tabs() {
        ListView<LintFinding> lint = new ListView<>(model.lintFindings());
        lint.setId("lint-findings");
        lint.getStyleClass().add("content-sized");
        lint.setCellFactory(list -> new LintCell(list));
        lint.setPlaceholder(muted("No lint findings: no revision's upgrade() takes a risky lock."));
        lint.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.show(now);
            }
        });
        Tab lintTab = new Tab("Lint", lint);
        lintTab.setId("tab-lint");

        ListView<MigrationProblem> problems = new ListView<>(model.problems());
        problems.setId("migration-problems");
        problems.getStyleClass().add("content-sized");
        problems.setCellFactory(list -> new ProblemCell(list));
        problems.setPlaceholder(muted("No problems: every file reads as Alembic would load it and the graph is consistent."));
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.show(now);
            }
        });
        Tab problemsTab = new Tab("Problems", problems);
        problemsTab.setId("tab-problems");

        Tab gitTab = new Tab("Git", gitPane());
        gitTab.setId("tab-git");

        Runnable titles = () -> {
            lintTab.setText("Lint (" + model.lintFindings().size() + ")");
            problemsTab.setText("Problems (" + model.problems().size() + ")");
            GitState git = model.gitProperty().get();
            gitTab.setText(git == null ? "Git" : git.files().isEmpty() ? "Git" : "Git (" + git.files().size() + " files)");
            gitTab.setGraphic(git != null && git.needsAttention() ? warningIcon() : null);
            problemsTab.setGraphic(model.problems().isEmpty() ? null : warningIcon());
        };
        model.lintFindings().addListener((javafx.collections.ListChangeListener<LintFinding>) c -> titles.run());
        model.problems().addListener((javafx.collections.ListChangeListener<MigrationProblem>) c -> titles.run());
        model.gitProperty().addListener((obs, old, now) -> titles.run());
        titles.run();

        Tab rehearsalTab = new Tab("Rehearsal", rehearsalPane());
        rehearsalTab.setId("tab-rehearsal");

        TabPane tabs = new TabPane(lintTab, problemsTab, gitTab, rehearsalTab);
        tabs.setId("migration-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A rehearsal started from the banner shows its steps and verdicts where the person can see them.
        model.rehearsingProperty().addListener((obs, old, now) -> {
            if (now) {
                tabs.getSelectionModel().select(rehearsalTab);
            }
        });
        Runnable rehearsalTitle = () -> {
            long attention = model.rehearsalVerdicts().stream().filter(v -> v.verdict() != RehearsalReport.Verdict.SAFE_NOW).count();
            rehearsalTab.setText(model.rehearsingProperty().get() ? "Rehearsal (running)" : "Rehearsal");
            rehearsalTab.setGraphic(attention > 0 || model.rehearsalErrorProperty().get() != null ? warningIcon() : null);
        };
        model.rehearsingProperty().addListener((obs, old, now) -> rehearsalTitle.run());
        model.rehearsalVerdicts().addListener((javafx.collections.ListChangeListener<RehearsalVerdict>) c -> rehearsalTitle.run());
        model.rehearsalErrorProperty().addListener((obs, old, now) -> rehearsalTitle.run());
        return tabs;
    }

    private static Node warningIcon() {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("tab-warning");
        return icon;
    }

    private static final class LintCell extends ListCell<LintFinding> {
        private final ListView<LintFinding> list;

        LintCell(ListView<LintFinding> list) {
            this.list = list;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LintFinding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            Label rule = new Label(f.rule(), new FontIcon(Feather.ALERT_TRIANGLE));
            rule.getStyleClass().addAll("lint-rule", Styles.TEXT_BOLD);
            rule.setMinWidth(Region.USE_PREF_SIZE);
            Label lock = FullText.carried(new Label("lock: " + f.lock()));
            lock.getStyleClass().add("lint-lock");
            HBox head = new HBox(12, rule, lock);
            head.setAlignment(Pos.CENTER_LEFT);
            Label where = FullText.carried(new Label(f.revision() + "  " + f.file().getFileName() + ":" + f.line()));
            where.getStyleClass().addAll("revision-id", Styles.TEXT_MUTED);
            Label what = FullText.carried(new Label(f.what()));
            what.getStyleClass().add("source-text");
            VBox box = new VBox(2, head, where, what);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(box);
        }
    }

    private static final class ProblemCell extends ListCell<MigrationProblem> {
        private final ListView<MigrationProblem> list;

        ProblemCell(ListView<MigrationProblem> list) {
            this.list = list;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MigrationProblem p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            boolean error = p.severity() == MigrationProblem.Severity.ERROR;
            FontIcon icon = new FontIcon(error ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add(error ? "problem-error" : "problem-warning");
            Label kind = new Label(p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            kind.getStyleClass().add(Styles.TEXT_BOLD);
            Label where = new Label(p.file() == null ? "" : p.file() + (p.line() > 0 ? ":" + p.line() : ""));
            where.getStyleClass().addAll(Styles.TEXT_MUTED, "revision-id");
            HBox head = new HBox(10, icon, kind, where);
            head.setAlignment(Pos.CENTER_LEFT);
            Label message = new Label(p.message());
            message.setWrapText(true);
            message.prefWidthProperty().bind(list.widthProperty().subtract(40));
            message.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, head, message);
            box.prefWidthProperty().bind(list.widthProperty().subtract(30));
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(box);
        }
    }

    private Node gitPane() {
        Label note = new Label();
        note.setId("git-note");
        note.setWrapText(true);
        Label where = new Label();
        where.getStyleClass().add(Styles.TEXT_MUTED);
        ListView<GitState.FileState> files = new ListView<>();
        files.setId("git-files");
        files.getStyleClass().add("content-sized");
        files.setPlaceholder(muted("Every revision file is committed (and pushed, when the branch has an upstream)."));
        files.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(GitState.FileState file, boolean empty) {
                super.updateItem(file, empty);
                setText(null);
                if (empty || file == null) {
                    setGraphic(null);
                    return;
                }
                Label state = new Label(file.state().name().toLowerCase(Locale.ROOT));
                state.getStyleClass().addAll("row-tag", file.state() == GitState.State.MODIFIED ? Styles.WARNING : Styles.DANGER);
                Label path = new Label(file.file().toString());
                path.getStyleClass().add("revision-id");
                Label why = new Label(explain(file.state(), model.gitProperty().get()));
                why.getStyleClass().add(Styles.TEXT_MUTED);
                HBox head = new HBox(8, state, path);
                head.setAlignment(Pos.CENTER_LEFT);
                setGraphic(new VBox(2, head, why));
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            MigrationsPage page = model.pageProperty().get();
            if (now != null && page != null) {
                page.rows().stream().filter(r -> r.revision() != null && r.gitState() != null
                                && r.revision().file().getFileName().equals(now.file().getFileName()))
                        .findFirst().ifPresent(r -> model.select(r.id()));
            }
        });
        VBox.setVgrow(files, Priority.ALWAYS);
        Runnable update = () -> {
            GitState git = model.gitProperty().get();
            if (git == null) {
                note.setText(model.pageProperty().get() == null ? "" : "Git was not inspected.");
                where.setText("");
                files.getItems().clear();
                return;
            }
            note.setText(git.note());
            note.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
            if (git.repository() != GitState.Repository.REPOSITORY) {
                note.getStyleClass().add(Styles.WARNING);
            } else if (git.needsAttention()) {
                note.getStyleClass().add(Styles.DANGER);
            }
            where.setText(git.repository() == GitState.Repository.REPOSITORY
                    ? "branch " + git.branch() + (git.upstream() == null ? ", no upstream" : " tracking " + git.upstream()
                    + (git.ahead() > 0 ? ", " + git.ahead() + " commit(s) not pushed" : ", nothing to push"))
                    : "");
            files.getItems().setAll(git.files());
        };
        model.gitProperty().addListener((obs, old, now) -> update.run());
        update.run();
        VBox pane = new VBox(6, note, where, files);
        pane.setId("git-state");
        pane.setPadding(new Insets(8));
        return pane;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Shorter to read: the path from the project's alembic.ini folder; copying gives the full path. */
    private String projectRelative(java.nio.file.Path file) {
        MigrationsPage page = model.pageProperty().get();
        java.nio.file.Path config = page == null ? null : page.snapshot().location().configFile();
        java.nio.file.Path base = config != null ? config.getParent() : null;
        if (base != null && file.startsWith(base)) {
            return base.relativize(file).toString();
        }
        return file.toString();
    }

    private Node idsOrText(List<String> ids, String empty) {
        if (ids.isEmpty()) {
            return muted(empty);
        }
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        ids.forEach(id -> box.getChildren().add(copyable(id)));
        return box;
    }

    /** A value a person can select and copy (Ctrl+C, or the context menu), looking like text. */
    private TextField copyable(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.getStyleClass().add("copyable");
        field.setPrefColumnCount(Math.max(4, text.length()));
        field.setMinWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private Button copyButton(String value, String tooltip) {
        Button button = new Button(null, new FontIcon(Feather.COPY));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> copy(value));
        return button;
    }

    private void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        copied.setText("Copied " + shown.lines().findFirst().orElse(""));
        copiedFade.playFromStart();
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(12);
        return gap;
    }


    // ---- rehearsal ----------------------------------------------------------------------------------------

    private Button rehearseButton() {
        Button rehearse = new Button("Rehearse", new FontIcon(Feather.PLAY_CIRCLE));
        rehearse.setId("migrations-rehearse");
        rehearse.getStyleClass().addAll(Styles.SMALL);
        rehearse.setMinWidth(Region.USE_PREF_SIZE);
        rehearse.setTooltip(new Tooltip("Run the pending revisions on a throwaway copy of production's schema and say, per"
                + " revision, whether it is safe to run now (production is only read)"));
        rehearse.setOnAction(e -> model.rehearse());
        Runnable update = () -> {
            MigrationsPage page = model.pageProperty().get();
            boolean nothingPending = page != null && page.snapshot().pending().isEmpty();
            rehearse.setDisable(!model.canRehearse() || nothingPending);
            rehearse.setText(model.rehearsingProperty().get() ? "Rehearsing..." : "Rehearse");
        };
        model.rehearsingProperty().addListener((obs, old, now) -> update.run());
        model.pageProperty().addListener((obs, old, now) -> update.run());
        model.stateProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return rehearse;
    }

    private Node rehearsalPane() {
        Label intro = muted("Rehearse runs the pending revisions on a throwaway PostgreSQL holding production's schema,"
                + " records the locks each statement takes and the tables it rewrites, and joins who holds locks on"
                + " production now. Production is only read.");
        intro.setWrapText(true);
        intro.setId("rehearsal-intro");

        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMinSize(16, 16);
        Label step = new Label();
        step.setId("rehearsal-step");
        step.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId("rehearsal-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop the rehearsal: the command running on the copy is ended and the copy removed."
                + " Production is only read, so nothing needs undoing."));
        cancel.setOnAction(e -> model.cancelRehearsal());
        HBox.setHgrow(step, Priority.ALWAYS);
        step.setMaxWidth(Double.MAX_VALUE);
        HBox progress = new HBox(8, spinner, step, cancel);
        progress.setId("rehearsal-progress");
        progress.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("rehearsal-summary");
        summary.setWrapText(true);
        Label error = new Label();
        error.setId("rehearsal-error");
        error.getStyleClass().addAll("part-message", "tone-danger");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
        VBox notes = new VBox(2);
        notes.setId("rehearsal-notes");
        VBox verdicts = new VBox(8);
        verdicts.setId("rehearsal-verdicts");

        Runnable update = () -> {
            boolean running = model.rehearsingProperty().get();
            RehearsalReport report = model.rehearsalProperty().get();
            String failed = model.rehearsalErrorProperty().get();
            List<String> steps = model.rehearsalSteps();
            step.setText(steps.isEmpty() ? "Starting..." : steps.get(steps.size() - 1) + " (step " + steps.size() + ")");
            show(progress, running);
            show(intro, !running && report == null && failed == null);
            error.setText(failed);
            show(error, failed != null);
            boolean cancelled = model.rehearsalCancelledProperty().get();
            // A cancel the person asked for is not a failure: said plainly, not in red.
            error.getStyleClass().removeAll("tone-danger", "tone-neutral");
            error.getStyleClass().add(cancelled ? "tone-neutral" : "tone-danger");
            ((FontIcon) error.getGraphic()).setIconCode(cancelled ? Feather.INFO : Feather.ALERT_OCTAGON);
            boolean cancelling = model.cancellingRehearsalProperty().get();
            cancel.setDisable(cancelling);
            cancel.setText(cancelling ? "Cancelling..." : "Cancel");
            summary.setText(report == null ? "" : RehearsalVerdict.summary(report));
            show(summary, report != null);
            notes.getChildren().setAll(report == null ? List.<Node>of() : report.notes().stream().map(note -> {
                Label label = new Label(note, new FontIcon(Feather.INFO));
                label.setWrapText(true);
                label.getStyleClass().add(Styles.TEXT_MUTED);
                return (Node) label;
            }).toList());
            verdicts.getChildren().setAll(model.rehearsalVerdicts().stream().map(MigrationsView::verdictCard).toList());
        };
        model.rehearsingProperty().addListener((obs, old, now) -> update.run());
        model.rehearsalProperty().addListener((obs, old, now) -> update.run());
        model.rehearsalErrorProperty().addListener((obs, old, now) -> update.run());
        model.cancellingRehearsalProperty().addListener((obs, old, now) -> update.run());
        model.rehearsalSteps().addListener((javafx.collections.ListChangeListener<String>) c -> update.run());
        model.rehearsalVerdicts().addListener((javafx.collections.ListChangeListener<RehearsalVerdict>) c -> update.run());
        update.run();

        VBox content = new VBox(8, intro, progress, error, verdicts, summary, notes);
        content.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setId("rehearsal-pane");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node verdictCard(RehearsalVerdict v) {
        FontIcon icon = new FontIcon(switch (v.tone()) {
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case DANGER -> Feather.X_OCTAGON;
            case NEUTRAL -> Feather.MINUS_CIRCLE;
        });
        Label headline = new Label(v.headline(), icon);
        headline.setId("rehearsal-verdict-" + v.revision());
        headline.getStyleClass().addAll("rehearsal-headline", Styles.TEXT_BOLD);
        headline.setWrapText(true);
        Label revision = new Label(v.revision() + "  " + v.message());
        revision.getStyleClass().addAll("revision-id", Styles.TEXT_MUTED);
        revision.setWrapText(true);
        Label detail = new Label(v.detail());
        detail.setId("rehearsal-detail-" + v.revision());
        detail.setWrapText(true);
        VBox card = new VBox(3, headline, revision, detail);
        for (String table : v.tables()) {
            Label line = new Label(table);
            line.getStyleClass().addAll(Styles.TEXT_SMALL, "source-text");
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        if (v.durationMs() != null) {
            Label timing = new Label(v.statements() + " DDL statement" + (v.statements() == 1 ? "" : "s") + ", "
                    + v.durationMs() + " ms on the copy");
            timing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            card.getChildren().add(timing);
        }
        card.getStyleClass().addAll("rehearsal-card", "tone-" + v.tone().name().toLowerCase(Locale.ROOT));
        card.setPadding(new Insets(6, 8, 6, 8));
        return card;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
