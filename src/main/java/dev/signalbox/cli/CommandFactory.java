package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Picocli's factory for commands and option groups: one that takes the composition root gets it through its
 * constructor, so a command asks {@link AppContext} for clients, inspectors, stores and guards instead of building
 * them (the same rule as the window's view models; {@code LayeringTest} holds it). Everything else (converters, the
 * help command) comes from picocli's own factory.
 */
public final class CommandFactory implements CommandLine.IFactory {
    private final AppContext app;

    public CommandFactory(AppContext app) {
        this.app = app;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = type.getDeclaredConstructor(AppContext.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        withContext.setAccessible(true);
        return withContext.newInstance(app);
    }
}
