package dev.signalbox.railway;

import java.time.Instant;

/**
 * One change in Railway's own audit trail ({@code auditLogs}): made by a colleague in the dashboard, the CLI or the
 * API, not by this console. Names only: a variable's value is never read out of the entry.
 *
 * @param actor        who made it, as Railway's context names them; "unknown" when it does not
 * @param serviceId    the service it touched, or null for a project- or environment-wide change
 * @param variableName the variable it touched, or null
 */
public record RailwayAuditEntry(String id, Instant createdAt, String eventType, String environmentId, String actor,
                                String serviceId, String serviceName, String variableName) {
}
