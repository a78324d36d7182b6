package dev.signalbox.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who this console is, as colleagues see it in a refusal: the OS user and the machine's name. */
public final class Who {
    private static volatile String host;

    private Who() {
    }

    public static String user() {
        return System.getProperty("user.name", "unknown");
    }

    public static String host() {
        String known = host;
        if (known == null) {
            String env = System.getenv("HOSTNAME") != null ? System.getenv("HOSTNAME") : System.getenv("COMPUTERNAME");
            if (env != null && !env.isBlank()) {
                known = env.strip();
            } else {
                try {
                    known = InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException e) {
                    known = "unknown-host";
                }
            }
            host = known;
        }
        return known;
    }
}
