package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.parser.Parser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batched deploy-settings documents are valid against Railway's published schema, ids only in variables. */
class ProjectDeploySettingsQueryTest {

    @Test
    void theAssembledDocumentValidatesAgainstThePublishedSchema() throws Exception {
        ProjectDeploySettingsQuery query = new ProjectDeploySettingsQuery(List.of(new RailwayTarget("p", "e1", "s1"),
                new RailwayTarget("p", "e1", "s2"), new RailwayTarget("p", "e2", "s1")), 5);
        assertThat(ParseAndValidate.validate(PublishedSchema.schema(), Parser.parse(query.text()))).isEmpty();
        assertThat(query.variables()).containsEntry("env0", "e1").containsEntry("env1", "e2").containsEntry("project0", "p")
                .doesNotContainKey("env2").doesNotContainKey("project1");
        assertThat(query.text()).doesNotContain("\"");
    }

    @Test
    void theFirstLogLinesDocumentValidatesAgainstThePublishedSchema() throws Exception {
        Deployment dated = new Deployment("d1", DeploymentStatus.SUCCESS, "SUCCESS", Instant.parse("2026-12-01T10:00:00Z"),
                null, Instant.parse("2026-12-01T10:01:00Z"), null, null, true, false, null, null);
        Deployment undated = new Deployment("d2", DeploymentStatus.SUCCESS, "SUCCESS", null, null, null, null, null, true, false,
                null, null);
        FirstLogLinesQuery query = new FirstLogLinesQuery(List.of(dated, undated));
        assertThat(ParseAndValidate.validate(PublishedSchema.schema(), Parser.parse(query.text()))).isEmpty();
        assertThat(query.variables()).containsEntry("d0", "d1").containsEntry("t0", "2026-12-01T10:00:00Z").containsEntry("t1", null);
    }

    @Test
    void anErrorNamingAFieldFailsTheTargetsThatFieldBelongsTo() {
        RailwayTarget api = new RailwayTarget("p", "e1", "s1");
        RailwayTarget worker = new RailwayTarget("p", "e1", "s2");
        RailwayTarget apiStaging = new RailwayTarget("p", "e2", "s1");
        ProjectDeploySettingsQuery query = new ProjectDeploySettingsQuery(List.of(api, worker, apiStaging), 5);
        RailwayException serviceGone = new RailwayException(RailwayException.Kind.GRAPHQL_ERROR, "Service not found", null, false,
                null, java.util.Set.of("i1", "v1"));
        RailwayException environmentGone = new RailwayException(RailwayException.Kind.GRAPHQL_ERROR, "Environment not found",
                null, false, null, java.util.Set.of("staged1"));
        RailwayException noField = new RailwayException(RailwayException.Kind.GRAPHQL_ERROR, "Not Authorized");

        assertThat(query.targetsFailedBy(serviceGone)).containsExactly(worker);
        assertThat(query.targetsFailedBy(environmentGone)).containsExactly(apiStaging);
        assertThat(query.targetsFailedBy(noField)).isEmpty();
        assertThat(new ProjectStatusQuery(List.of(api, worker), 5).targetsFailedBy(serviceGone)).containsExactly(worker);
    }
}
