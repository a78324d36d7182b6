package dev.signalbox.railway;

import java.util.List;

/** A project with the environments and services a token can see in it. */
public record RailwayProject(String id, String name, List<NamedId> environments, List<NamedId> services) {
    public RailwayProject {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
    }
}
