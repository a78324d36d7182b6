package dev.signalbox.health;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One probe of one endpoint: what was asked, what came back, how long it took, and the failure class if it
 * failed. Bodies are never kept: only the scalar JSON fields, as JSON pointers to their text
 * ({@code "/database" -> "connecting"}), bounded in number and length.
 *
 * @param httpStatus           0 when no response arrived
 * @param failure              null when the probe got the expected status and a readable body
 * @param failureMessage       what failed, where, and what to check; null when {@code failure} is null
 * @param redirectLocation     the {@code Location} of a 3xx answer; null otherwise
 * @param bodyBytes            bytes of body read (at most the probe's limit); -1 when no body was read
 * @param certificateExpiresAt the server certificate's end of validity on https; null on plain http or failure
 */
public record ProbeSample(String endpoint, String url, Instant time, int httpStatus, ProbeTimings timings,
                          FailureClass failure, String failureMessage, String redirectLocation, String contentType,
                          int bodyBytes, Map<String, String> fields, Instant certificateExpiresAt) {

    public ProbeSample {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(time, "time");
        timings = timings == null ? ProbeTimings.NONE : timings;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public boolean hasResponse() {
        return httpStatus > 0;
    }

    public boolean failed() {
        return failure != null;
    }
}
