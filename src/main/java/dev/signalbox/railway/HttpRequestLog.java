package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One request a real user sent through Railway's edge to a deployment, from the {@code httpLogs} query or
 * subscription: the status it got and how long it took.
 *
 * @param time           null when Railway's timestamp cannot be read (the request still counts, in no minute)
 * @param durationMillis the request's total duration at the edge
 */
public record HttpRequestLog(String requestId, Instant time, String method, String path, int status, int durationMillis) {

    public boolean serverError() {
        return status >= 500 && status <= 599;
    }

    static HttpRequestLog parse(JsonNode log) {
        return new HttpRequestLog(log.path("requestId").asText(""), RailwayClient.instant(log.path("timestamp").asText("")),
                log.path("method").asText(""), log.path("path").asText(""), log.path("httpStatus").asInt(0),
                Math.max(0, log.path("totalDuration").asInt(0)));
    }
}
