package dev.signalbox.railway;

import dev.signalbox.config.Profile;

/** The service a profile watches: project, environment and service ids. */
public record RailwayTarget(String projectId, String environmentId, String serviceId) {

    public static RailwayTarget of(Profile.RailwaySettings settings) throws RailwayException {
        StringBuilder missing = new StringBuilder();
        if (blank(settings.projectId())) {
            missing.append(" projectId");
        }
        if (blank(settings.environmentId())) {
            missing.append(" environmentId");
        }
        if (blank(settings.serviceId())) {
            missing.append(" serviceId");
        }
        if (!missing.isEmpty()) {
            throw new RailwayException(RailwayException.Kind.CONFIGURATION, "the profile's railway section lacks"
                    + missing + "; run 'signalbox railway discover --profile P' to list the ids this token reaches");
        }
        return new RailwayTarget(settings.projectId(), settings.environmentId(), settings.serviceId());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "project " + projectId + " / environment " + environmentId + " / service " + serviceId;
    }
}
