package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Railway's published schema (shared/railway/schema.json), located from the {@code signalbox.schema} system property
 * (set by the pom) or by walking up from the working folder (worktrees live deeper than the main checkout).
 * A missing schema fails the test, with or without CI=true: a silent skip would let an invalid document ship.
 */
final class PublishedSchema {
    private static TypeDefinitionRegistry registry;
    private static GraphQLSchema schema;

    private PublishedSchema() {
    }

    static Path locate() {
        String property = System.getProperty("signalbox.schema");
        if (property != null && !property.isBlank() && Files.isRegularFile(Path.of(property))) {
            return Path.of(property);
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/railway/schema.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("Railway's published schema was not found: system property signalbox.schema=" + property
                + " does not name a file, and no parent of " + Path.of("").toAbsolutePath() + " holds shared/railway/schema.json"
                + ("true".equals(System.getenv("CI")) ? " (CI=true: this is a build failure, not a skip)" : ""));
    }

    static synchronized TypeDefinitionRegistry registry() throws IOException {
        if (registry == null) {
            // A plain mapper: the introspection JSON is data, not a Signalbox input to be strict about.
            Map<String, Object> json = new ObjectMapper().readValue(Files.readAllBytes(locate()), new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) json.get("data");
            Document document = new IntrospectionResultToSchema().createSchemaDefinition(data);
            registry = new SchemaParser().buildRegistry(document);
        }
        return registry;
    }

    static synchronized GraphQLSchema schema() throws IOException {
        if (schema == null) {
            schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry());
        }
        return schema;
    }
}
