package dev.signalbox.migrations;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The fixture projects under src/test/resources/migrations. */
final class Fixtures {
    private Fixtures() {
    }

    static Path project(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/migrations/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RevisionGraph graph(String name) throws MigrationException {
        ScriptLocation location = ScriptLocator.locate(project(name).resolve("alembic.ini"), "alembic");
        List<RevisionFile> files = ScriptLocator.revisionFiles(location).stream().map(RevisionFileReader::read).toList();
        return RevisionGraph.build(files);
    }
}
