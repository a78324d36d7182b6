package dev.signalbox.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cancel and terminate mean one thing everywhere: the engine's result, the confirmation, the Locks pane. */
class BackendActionTest {

    @Test
    void cancellingAnIdleInTransactionSessionDoesNothingAndSaysToTerminate() {
        assertThat(BackendAction.CANCEL.hasEffect(true)).isFalse();
        assertThat(BackendAction.CANCEL.hasEffect(false)).isTrue();
        assertThat(BackendAction.TERMINATE.hasEffect(true)).isTrue();
        assertThat(BackendAction.CANCEL.effect(812, true)).startsWith("pid 812 is idle in transaction")
                .contains("NOTHING", "locks stay", "Terminate it");
        assertThat(BackendAction.choice(812, true)).contains("cancel does nothing", "terminate releases its locks");
    }

    @Test
    void terminatingNamesTheClientThatLosesItsConnection() {
        assertThat(BackendAction.TERMINATE.effect(812, false, "alembic")).contains("rolls back", "the client (alembic)");
        assertThat(BackendAction.TERMINATE.effect(812, false)).contains("its client gets a connection error");
    }

    @Test
    void behindAPoolerTheBackendIsShared() {
        assertThat(BackendAction.poolerCaveat(812, PoolerMode.NONE)).isEmpty();
        assertThat(BackendAction.poolerCaveat(812, null)).isEmpty();
        assertThat(BackendAction.poolerCaveat(812, PoolerMode.TRANSACTION)).contains("backend 812 is the pooler's server connection");
    }
}
