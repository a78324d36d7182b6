package dev.signalbox.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One probe of one endpoint: what was asked, what came back, how long it took, and the failure class if it
 * failed. The history never keeps bodies; the latest sample of an endpoint keeps its parsed JSON body (bounded by the
 * probe's body limit) so rules read any field by JSON pointer, and a display copy of its scalar fields as JSON pointers
 * to their text ({@code "/database" -> "connecting"}), bounded in number and length.
 *
 * @param httpStatus           0 when no response arrived
 * @param failure              null when the probe got the expected status and a readable body
 * @param failureMessage       what failed, where, and what to check; null when {@code failure} is null
 * @param redirectLocation     the {@code Location} of a 3xx answer; null otherwise
 * @param bodyBytes            bytes of body read (at most the probe's limit); -1 when no body was read
 * @param certificateExpiresAt the server certificate's end of validity on https; null on plain http or failure
 * @param body                 the whole body parsed as JSON, read-only by convention; null when it was not JSON (or
 *                             not read). Rules read it with {@link com.fasterxml.jackson.core.JsonPointer}; the display
 *                             copy {@code fields} is capped and must not be judged from.
 */
public record ProbeSample(String endpoint, String url, Instant time, int httpStatus, ProbeTimings timings,
                          FailureClass failure, String failureMessage, String redirectLocation, String contentType,
                          int bodyBytes, Map<String, String> fields, Instant certificateExpiresAt,
                          @JsonIgnore JsonNode body) {

    public ProbeSample {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(time, "time");
        timings = timings == null ? ProbeTimings.NONE : timings;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public ProbeSample(String endpoint, String url, Instant time, int httpStatus, ProbeTimings timings, FailureClass failure,
                       String failureMessage, String redirectLocation, String contentType, int bodyBytes,
                       Map<String, String> fields, Instant certificateExpiresAt) {
        this(endpoint, url, time, httpStatus, timings, failure, failureMessage, redirectLocation, contentType, bodyBytes,
                fields, certificateExpiresAt, null);
    }

    public boolean hasResponse() {
        return httpStatus > 0;
    }

    public boolean failed() {
        return failure != null;
    }
}
