package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.reliability.Fuzz;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Property: a Railway answer's text reads as JSON or as a problem that says where; never an exception. */
class RailwayAnswerFuzzTest {
    private static final String ANSWER = """
            {"data":{"deployments":{"edges":[
              {"node":{"id":"d-1","status":"SUCCESS","createdAt":"2024-05-01T12:00:00.000Z","meta":{"commitMessage":"fix: (a) \\"b\\""}}},
              {"node":{"id":"d-0","status":"CRASHED","createdAt":"2024-04-30T12:00:00Z","meta":null}}]}},
             "errors":[{"message":"Not Authorized","path":["deployments"],"extensions":{"code":"UNAUTHENTICATED"}}]}
            """;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anAnswerIsJsonOrAProblem() {
        long seed = Fuzz.seed() + 4;
        for (Fuzz.Case c : Fuzz.cases(ANSWER, seed, Fuzz.casesPerParser())) {
            try {
                RailwayTransport.Answer answer = RailwayTransport.readAnswer(c.text());
                assertThat(answer.root() == null).as(c.describe(seed)).isEqualTo(answer.problem() != null);
                if (answer.problem() != null) {
                    assertThat(answer.problem()).as(c.describe(seed)).doesNotContain("JsonReadFeature", "StreamReadConstraints");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("readAnswer threw " + e + " for " + c.describe(seed), e);
            }
        }
    }
}
