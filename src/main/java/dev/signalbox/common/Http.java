package dev.signalbox.common;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client. Engines derive their own from it with {@code Http.client().newBuilder()} (own timeouts,
 * interceptors) so connection pool and dispatcher threads are shared across the process.
 */
public final class Http {
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(15))
            .writeTimeout(Duration.ofSeconds(15))
            .callTimeout(Duration.ofSeconds(30))
            .build();

    private Http() {
    }

    public static OkHttpClient client() {
        return CLIENT;
    }
}
