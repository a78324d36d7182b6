package dev.signalbox.ops.runbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A profile's runbooks: the built-in ones, overridden or extended by its runbooks file. */
public final class RunbookLoader {
    private RunbookLoader() {
    }

    public static List<Runbook> forProfile(LoadedProfile loaded) throws ConfigException {
        Map<String, Runbook> byName = new LinkedHashMap<>();
        for (Runbook builtIn : BuiltInRunbooks.forProfile(loaded.profile())) {
            byName.put(builtIn.name(), builtIn);
        }
        if (loaded.profile().runbooksFile() != null) {
            for (Runbook custom : readFile(loaded.resolve(loaded.profile().runbooksFile()))) {
                byName.put(custom.name(), custom);
            }
        }
        return new ArrayList<>(byName.values());
    }

    public static List<Runbook> readFile(Path file) throws ConfigException {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the runbooks file (" + e.getClass().getSimpleName() + ")");
        }
        try {
            // A timeout of 1.5 would silently become 1: whole numbers only.
            return Json.mapper().readerFor(new TypeReference<List<Runbook>>() { })
                    .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT).readValue(json);
        } catch (JsonProcessingException e) {
            throw ProfileLoader.translate(e, file.toString(), json);
        }
    }

    public static Runbook find(LoadedProfile loaded, String name) throws ConfigException {
        List<Runbook> runbooks = forProfile(loaded);
        java.util.Optional<Runbook> found = runbooks.stream().filter(r -> r.name().equals(name)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        List<String> missing = BuiltInRunbooks.missingForApplyMigrationsUnderBypass(loaded.profile());
        String builtIn = BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS;
        String why = !missing.isEmpty() && (name.equals(builtIn) || runbooks.isEmpty())
                ? "; the built-in " + builtIn + " needs " + String.join(", ", missing) + " in the profile"
                : "";
        throw new ConfigException(loaded.file().toString(), "no runbook '" + name + "' for profile " + loaded.name()
                + "; available: " + (runbooks.isEmpty() ? "none" : String.join(", ", runbooks.stream().map(Runbook::name).toList())) + why);
    }
}
