package dev.signalbox.architecture.violations.ui.overview;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.Profile;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.railway.RailwayClient;

/** Breaks "only the composition root builds clients, inspectors, stores and guards". */
public final class ViewModelBuildingEngines {
    AuditLog audit() {
        return new AuditLog(PlatformDirs.detect().auditLog());
    }

    RailwayClient client(Profile.RailwaySettings settings) throws ConfigException {
        return RailwayClient.forProfile(settings);
    }
}
