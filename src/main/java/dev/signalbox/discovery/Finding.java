package dev.signalbox.discovery;

/**
 * One thing {@code signalbox init} found, and where: {@code source} is the kind of place ("Railway CLI", "railway.toml",
 * "libpq"), {@code where} the file or variable, {@code what} what was taken from it. Never a secret value.
 */
public record Finding(String source, String where, String what) {
    @Override
    public String toString() {
        return source + " (" + where + "): " + what;
    }
}
