package dev.signalbox.architecture.violations.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Breaks "the UI never does I/O" every way the rule names. */
public final class ViewModelDoingIo {
    String read(Path file) throws IOException {
        return Files.readString(file);
    }

    Process start() throws IOException {
        return new ProcessBuilder("gsettings").start();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost/x");
    }

    okhttp3.OkHttpClient http() {
        return new okhttp3.OkHttpClient();
    }
}
