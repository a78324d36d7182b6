package dev.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {
    @TempDir
    Path devices;

    @Test
    void linuxWithoutAnyGpuDeviceRendersInSoftware() throws IOException {
        Files.createDirectories(devices.resolve("dri/by-path"));

        assertThat(RenderingPipeline.softwareOnly("Linux", devices)).isTrue();
    }

    @Test
    void aDrmRenderNodeOrCardKeepsJavaFxsOwnOrder() throws IOException {
        Files.createDirectories(devices.resolve("dri"));
        Files.createFile(devices.resolve("dri/renderD128"));
        assertThat(RenderingPipeline.softwareOnly("Linux", devices)).isFalse();

        Files.delete(devices.resolve("dri/renderD128"));
        Files.createFile(devices.resolve("dri/card0"));
        assertThat(RenderingPipeline.softwareOnly("Linux", devices)).isFalse();
    }

    @Test
    void nvidiasDriverAndWslgCountAsGpus() throws IOException {
        Files.createFile(devices.resolve("nvidiactl"));
        assertThat(RenderingPipeline.softwareOnly("Linux", devices)).isFalse();

        Files.delete(devices.resolve("nvidiactl"));
        Files.createFile(devices.resolve("dxg"));
        assertThat(RenderingPipeline.softwareOnly("Linux", devices)).isFalse();
    }

    @Test
    void otherSystemsAreLeftToJavaFx() {
        assertThat(RenderingPipeline.softwareOnly("Mac OS X", devices)).isFalse();
        assertThat(RenderingPipeline.softwareOnly("Windows 11", devices)).isFalse();
    }
}
