package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LibpqSettings;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Inspects a PostgreSQL database once, read-only and with short timeouts: what the connection"
                + " really does (TLS, pooler, effective timeouts), constraints and the profile's expectations, invalid"
                + " indexes, and who blocks whom.",
                "Exit 0 when all is well, 1 when something needs attention (or the database cannot be reached),"
                + " 2 on a usage or configuration error."})
public final class DbCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--db", paramLabel = "URL",
            description = "The database instead of a profile's: a URL (postgresql://, postgres://, jdbc:postgresql://)"
                    + " or a reference env:NAME or file:PATH, or libpq: (PGHOST, PGDATABASE, PGSERVICE...) or libpq:service=NAME."
                    + " A password typed here is visible to other users of this machine: prefer env:DATABASE_URL, or a URL"
                    + " without password and PGPASSWORD or ~/.pgpass.")
    String db;

    @Option(names = "--direct", description = "With --profile: inspect database.directUrl (the non-pooled connection) instead of database.url.")
    boolean direct;

    @Option(names = "--json", description = "Print the snapshot as JSON (schema in docs/cli-json.md).")
    boolean json;

    @Spec
    CommandSpec spec;

    private final AppContext app;
    private final Map<String, String> environment;

    DbCommand(AppContext app) {
        this.app = app;
        this.environment = app.environment();
    }

    @Override
    public Integer call() throws ConfigException {
        DatabaseUrl url;
        DatabaseInspector.Options options;
        if (db != null) {
            if (profileOptions.isSet()) {
                throw new ConfigException("--db", "give either --profile or --db, not both");
            }
            url = parseDb(db, environment);
            options = DatabaseInspector.Options.defaults().withReadOnly(true);
        } else {
            LoadedProfile loaded = profileOptions.load();
            Profile.DatabaseSettings settings = loaded.profile().database();
            if (settings == null) {
                throw new ConfigException(loaded.file().toString(), "the profile has no 'database' section; add one or use --db URL");
            }
            String reference = direct ? settings.directUrl() : settings.url();
            if (reference == null) {
                throw new ConfigException(loaded.file() + " (field database.directUrl)", "--direct needs database.directUrl in the profile");
            }
            try {
                url = DatabaseReference.parse(reference).resolve(environment);
            } catch (ConfigException e) {
                throw new ConfigException(loaded.file() + " (field database." + (direct ? "directUrl" : "url") + ")", e.getMessage(), e);
            }
            options = DatabaseInspector.Options.forProfile(loaded.profile(), true);
        }
        DatabaseSnapshot snapshot;
        try (DatabaseInspector inspector = app.openDatabaseInspector(url, options)) {
            snapshot = inspector.snapshot();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, snapshot);
        } else {
            out.print(DatabaseReport.toText(url, snapshot));
            out.flush();
        }
        return snapshot.needsAttention() ? ExitCode.ATTENTION : ExitCode.OK;
    }

    static DatabaseUrl parseDb(String text, Map<String, String> environment) throws ConfigException {
        try {
            if (SecretReference.looksLikeReference(text)) {
                return DatabaseUrl.parse(SecretReference.parse(text, "--db").resolve(environment).reveal());
            }
            if (text.startsWith(DatabaseReference.Libpq.PREFIX)) {
                return DatabaseReference.parse(text).resolve(environment);
            }
            return LibpqSettings.completePassword(DatabaseUrl.parse(text), environment);
        } catch (ConfigException e) {
            throw new ConfigException("--db", e.getMessage(), e);
        }
    }
}
