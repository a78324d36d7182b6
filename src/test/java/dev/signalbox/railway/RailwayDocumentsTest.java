package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.AstPrinter;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every GraphQL document Signalbox sends is valid against Railway's published schema, and the simulator's is a subset of it. */
class RailwayDocumentsTest {

    private static List<ValidationError> validate(GraphQLSchema schema, String text) {
        Document document = Parser.parse(text);
        return ParseAndValidate.validate(schema, document);
    }

    @Test
    void everyDocumentValidatesAgainstThePublishedSchema() throws Exception {
        GraphQLSchema schema = PublishedSchema.schema();
        for (RailwayDocument document : RailwayDocument.values()) {
            assertThat(validate(schema, document.text())).as(document.resource()).isEmpty();
            String operation = Parser.parse(document.text()).getDefinitionsOfType(graphql.language.OperationDefinition.class).get(0).getName();
            assertThat(operation).as("operation name in " + document.resource()).isEqualTo(document.operationName());
        }
    }

    @Test
    void theValidatorRejectsWhatRailwayDoesNotHave() throws Exception {
        GraphQLSchema schema = PublishedSchema.schema();
        // Railway's docs say deploymentRollback returns a Deployment; the schema says Boolean!.
        assertThat(validate(schema, "mutation { deploymentRollback(id: \"x\") { id } }")).isNotEmpty();
        assertThat(validate(schema, "query { deployments(input: {status: {equals: SUCCESS}}) { edges { node { id } } } }")).isNotEmpty();
    }

    @Test
    void everyGraphqlFileIsADocumentTheClientKnows() throws Exception {
        URL folder = RailwayDocument.class.getResource(RailwayDocument.FOLDER);
        assertThat(folder).isNotNull();
        Set<String> files;
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> known = EnumSet.allOf(RailwayDocument.class).stream()
                .map(d -> d.resource().substring(RailwayDocument.FOLDER.length())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(known);
    }

    @Test
    void mutationsAreMarkedSoTheyAreNeverRetriedBlindly() {
        for (RailwayDocument document : RailwayDocument.values()) {
            assertThat(document.isMutation()).as(document.resource())
                    .isEqualTo(document.text().lines().anyMatch(line -> line.startsWith("mutation")));
        }
    }

    @Test
    void theSimulatorSchemaIsASubsetOfThePublishedOneAndAcceptsEveryDocument() throws Exception {
        String sdl;
        try (InputStream in = RailwayDocument.class.getResourceAsStream("/graphql/railway/simulator.graphqls")) {
            sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TypeDefinitionRegistry simulator = new SchemaParser().parse(sdl);
        TypeDefinitionRegistry published = PublishedSchema.registry();
        List<String> differences = new ArrayList<>();
        for (TypeDefinition<?> type : simulator.types().values()) {
            Optional<TypeDefinition> real = published.getType(type.getName());
            if (real.isEmpty()) {
                differences.add("type " + type.getName() + " is not in the published schema");
                continue;
            }
            if (type instanceof ObjectTypeDefinition object && real.get() instanceof ObjectTypeDefinition realObject) {
                compareFields(type.getName(), object.getFieldDefinitions(), realObject.getFieldDefinitions(), differences);
            } else if (type instanceof InputObjectTypeDefinition input && real.get() instanceof InputObjectTypeDefinition realInput) {
                compareInputs(type.getName(), input.getInputValueDefinitions(), realInput.getInputValueDefinitions(), differences);
            } else if (type instanceof EnumTypeDefinition values && real.get() instanceof EnumTypeDefinition realValues) {
                Set<String> mine = values.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet());
                Set<String> theirs = realValues.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet());
                if (!mine.equals(theirs)) {
                    differences.add("enum " + type.getName() + " values differ: " + mine + " vs " + theirs);
                }
            } else if (!type.getClass().equals(real.get().getClass())) {
                differences.add(type.getName() + " is a " + type.getClass().getSimpleName() + " here, a " + real.get().getClass().getSimpleName() + " there");
            }
        }
        assertThat(differences).isEmpty();

        GraphQLSchema simulatorSchema = UnExecutableSchemaGenerator.makeUnExecutableSchema(simulator);
        for (RailwayDocument document : RailwayDocument.values()) {
            assertThat(validate(simulatorSchema, document.text())).as("simulator: " + document.resource()).isEmpty();
        }
    }

    @Test
    void everyDeploymentStatusOfTheSchemaIsKnown() throws Exception {
        EnumTypeDefinition statuses = (EnumTypeDefinition) PublishedSchema.registry().getType("DeploymentStatus").orElseThrow();
        for (EnumValueDefinition value : statuses.getEnumValueDefinitions()) {
            assertThat(DeploymentStatus.parse(value.getName())).as(value.getName()).isNotEqualTo(DeploymentStatus.UNKNOWN);
        }
        assertThat(DeploymentStatus.parse("SOMETHING_NEW")).isEqualTo(DeploymentStatus.UNKNOWN);
    }

    private static void compareFields(String type, List<FieldDefinition> mine, List<FieldDefinition> theirs, List<String> differences) {
        Map<String, FieldDefinition> real = theirs.stream().collect(Collectors.toMap(FieldDefinition::getName, Function.identity()));
        for (FieldDefinition field : mine) {
            FieldDefinition other = real.get(field.getName());
            if (other == null) {
                differences.add(type + "." + field.getName() + " is not in the published schema");
                continue;
            }
            if (!AstPrinter.printAst(field.getType()).equals(AstPrinter.printAst(other.getType()))) {
                differences.add(type + "." + field.getName() + ": " + AstPrinter.printAst(field.getType()) + " vs " + AstPrinter.printAst(other.getType()));
            }
            compareInputs(type + "." + field.getName() + "()", field.getInputValueDefinitions(), other.getInputValueDefinitions(), differences);
            // A required argument Railway has must be here too, or a document valid here could be invalid there.
            for (InputValueDefinition argument : other.getInputValueDefinitions()) {
                boolean required = argument.getType() instanceof graphql.language.NonNullType && argument.getDefaultValue() == null;
                if (required && field.getInputValueDefinitions().stream().noneMatch(a -> a.getName().equals(argument.getName()))) {
                    differences.add(type + "." + field.getName() + " lacks required argument " + argument.getName());
                }
            }
        }
    }

    private static void compareInputs(String owner, List<InputValueDefinition> mine, List<InputValueDefinition> theirs, List<String> differences) {
        Map<String, InputValueDefinition> real = theirs.stream().collect(Collectors.toMap(InputValueDefinition::getName, Function.identity()));
        for (InputValueDefinition input : mine) {
            InputValueDefinition other = real.get(input.getName());
            if (other == null) {
                differences.add(owner + " " + input.getName() + " is not in the published schema");
            } else if (!AstPrinter.printAst(input.getType()).equals(AstPrinter.printAst(other.getType()))) {
                differences.add(owner + " " + input.getName() + ": " + AstPrinter.printAst(input.getType()) + " vs " + AstPrinter.printAst(other.getType()));
            }
        }
    }
}
