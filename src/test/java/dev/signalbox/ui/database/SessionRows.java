package dev.signalbox.ui.database;

import dev.signalbox.database.BackendSession;
import dev.signalbox.ui.common.FxThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.testfx.api.FxRobot;

/** The Database view's sessions table, driven as a user does: a click on the row of one pid. */
public final class SessionRows {
    private SessionRows() {
    }

    /**
     * Clicks the row showing {@code pid} and waits until that pid is the selected session (its Terminate button names
     * it). The table's rows are ordered by pid and replaced at every snapshot, and sessions come and go: a snapshot
     * between finding the row and the click can put another session in that row (seen under load: the click selected
     * a neighbour and the wait for "Terminate pid N" timed out). Then the row is looked up again and clicked again.
     */
    public static void click(FxRobot robot, int pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Node row = FxThread.call(() -> robot.lookup(".table-row-cell").queryAll().stream()
                    .filter(node -> node instanceof TableRow<?> r && r.getItem() instanceof BackendSession s && s.pid() == pid)
                    .findFirst().orElseThrow(() -> new AssertionError("no row of the sessions table shows pid " + pid)));
            robot.clickOn(row);
            try {
                FxThread.waitForAfterEvents(5, () -> ("Terminate pid " + pid).equals(
                        robot.lookup("#terminate-backend").queryButton().getText()));
                return;
            } catch (TimeoutException moved) {
                // In the test's output file: how often the row moved under the pointer.
                System.err.println("SessionRows: the click on the row of pid " + pid + " selected "
                        + FxThread.call(() -> robot.lookup("#terminate-backend").queryButton().getText()) + "; clicking again");
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("clicking the row of pid " + pid + " selects "
                            + FxThread.call(() -> robot.lookup("#terminate-backend").queryButton().getText()), moved);
                }
            }
        }
    }
}
