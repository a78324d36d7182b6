package dev.signalbox.railway;

/** A Railway object shown by name and addressed by id (project, environment, service, workspace). */
public record NamedId(String id, String name) {
    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
