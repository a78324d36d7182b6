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
import java.io.InputStream;
import java.util.Map;

/**
 * Railway's published schema, kept as test data in {@code src/test/resources/railway/schema.json} (provenance and the
 * refresh command in SOURCE.md beside it). A missing schema fails the test: a silent skip would let an invalid
 * document ship.
 */
final class PublishedSchema {
    private static TypeDefinitionRegistry registry;
    private static GraphQLSchema schema;

    private PublishedSchema() {
    }

    static byte[] read() throws IOException {
        try (InputStream in = PublishedSchema.class.getResourceAsStream("/railway/schema.json")) {
            if (in == null) {
                return fail("Railway's published schema is missing from the test resources: src/test/resources/railway/schema.json"
                        + " (see SOURCE.md beside it for the command that fetches it)");
            }
            return in.readAllBytes();
        }
    }

    static synchronized TypeDefinitionRegistry registry() throws IOException {
        if (registry == null) {
            // A plain mapper: the introspection JSON is data, not a Signalbox input to be strict about.
            Map<String, Object> json = new ObjectMapper().readValue(read(), new TypeReference<>() { });
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
