package dev.signalbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which of JavaFX's rendering pipelines the window asks for, decided before the toolkit starts.
 *
 * <p>On Linux JavaFX tries OpenGL ES2 first. Without a GPU, Mesa can only offer its software rasteriser, which JavaFX
 * turns down ("System GPU doesn't meet the es2 pipe requirement ... Fallback to Prism SW pipeline"), but only after
 * Mesa has loaded llvmpipe and libLLVM, which stay resident for the life of the window (about 45 MB on Debian 12,
 * docs/performance.md). On such a machine (a VM, a remote desktop, a container, Xvfb) asking for the software
 * pipeline directly draws the same pixels without that detour. A GPU shows up as a DRM device (/dev/dri, Mesa's
 * hardware drivers), NVIDIA's own driver (/dev/nvidiactl) or WSLg's GPU (/dev/dxg); with any of them JavaFX keeps its
 * own order. An explicit {@code -Dprism.order} always wins.
 *
 * <p>GTK loads Mesa too, for GL visuals the window never uses; the Linux launchers turn that off with
 * {@code GDK_GL=disable} (packaging/linux/signalbox), which only the environment can do.
 */
public final class RenderingPipeline {
    static final String ORDER_PROPERTY = "prism.order";

    private RenderingPipeline() {
    }

    /** Sets {@code prism.order=sw} when this is Linux without a GPU and nobody chose a pipeline. */
    public static void chooseBeforeLaunch() {
        if (System.getProperty(ORDER_PROPERTY) == null
                && softwareOnly(System.getProperty("os.name", ""), Path.of("/dev"))) {
            System.setProperty(ORDER_PROPERTY, "sw");
        }
    }

    /** True when OpenGL on this machine can only be Mesa's software rasteriser (which JavaFX turns down anyway). */
    static boolean softwareOnly(String osName, Path devices) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        return !Files.exists(devices.resolve("nvidiactl"))
                && !Files.exists(devices.resolve("dxg"))
                && !hasDrmDevice(devices.resolve("dri"));
    }

    private static boolean hasDrmDevice(Path dri) {
        try (Stream<Path> entries = Files.list(dri)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .anyMatch(name -> name.startsWith("card") || name.startsWith("renderD"));
        } catch (IOException | SecurityException noDirectory) {
            return false;
        }
    }
}
