package dev.signalbox.railway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every GraphQL document Signalbox sends to Railway, each in its own file under {@code resources/graphql/railway/}.
 * A test validates every file against Railway's published schema, so a typo fails the build, not an incident call.
 */
public enum RailwayDocument implements GraphQlOperation {
    PROJECT_TOKEN("project-token", false),
    PROJECT("project", false),
    ME_PROJECTS("me-projects", false),
    PROJECTS("projects", false),
    DEPLOYMENTS("deployments", false),
    DEPLOYMENT("deployment", false),
    BUILD_LOGS("build-logs", false),
    DEPLOYMENT_LOGS("deployment-logs", false),
    STREAM_BUILD_LOGS("stream-build-logs", false),
    STREAM_DEPLOYMENT_LOGS("stream-deployment-logs", false),
    HTTP_LOGS("http-logs", false),
    STREAM_HTTP_LOGS("stream-http-logs", false),
    VARIABLES("variables", false),
    SERVICE_INSTANCE_SETTINGS("service-instance-settings", false),
    ENVIRONMENT_STAGED_CHANGES("environment-staged-changes", false),
    PROJECT_WORKSPACE("project-workspace", false),
    AUDIT_LOGS("audit-logs", false),
    VARIABLE_UPSERT("variable-upsert", true),
    VARIABLE_DELETE("variable-delete", true),
    DEPLOYMENT_REDEPLOY("deployment-redeploy", true),
    SERVICE_INSTANCE_DEPLOY("service-instance-deploy-v2", true);

    public static final String FOLDER = "/graphql/railway/";

    private static final Map<RailwayDocument, String> TEXTS = new ConcurrentHashMap<>();

    private final String file;
    private final boolean mutation;

    RailwayDocument(String file, boolean mutation) {
        this.file = file;
        this.mutation = mutation;
    }

    /** Resource path, e.g. {@code /graphql/railway/deployments.graphql}. */
    public String resource() {
        return FOLDER + file + ".graphql";
    }

    /** A mutation is never retried blindly: a redeploy or a variable write is not idempotent. */
    public boolean isMutation() {
        return mutation;
    }

    /** Name for messages, e.g. {@code variableUpsert}. */
    public String operationName() {
        String[] parts = file.split("-");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
        }
        return name.toString();
    }

    public String text() {
        return TEXTS.computeIfAbsent(this, document -> {
            try (InputStream in = RailwayDocument.class.getResourceAsStream(document.resource())) {
                if (in == null) {
                    throw new IllegalStateException("GraphQL document " + document.resource() + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + document.resource(), e);
            }
        });
    }
}
