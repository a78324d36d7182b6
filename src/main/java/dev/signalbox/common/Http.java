package dev.signalbox.common;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client. Every engine that speaks HTTP (health probes, the Railway client) derives its own
 * settings from {@link #client()} with {@code newBuilder()}, which keeps one connection pool and one
 * dispatcher for the whole process.
 * <p>
 * TLS is always verified against the platform's trust store: there is no switch to trust everything, because
 * an ops console that accepts any certificate would report a hijacked endpoint as healthy. Redirects are never
 * followed silently: a health URL that redirects is a misconfiguration the operator must see, and a redirected
 * API call could carry a token to another host.
 */
public final class Http {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private static final String USER_AGENT = "signalbox/" + Version.current();

    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(CONNECT_TIMEOUT)
            .readTimeout(READ_TIMEOUT)
            .writeTimeout(READ_TIMEOUT)
            .callTimeout(CALL_TIMEOUT)
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(chain -> {
                // A network call on the FX thread freezes the window: record (or, in strict mode, refuse) it.
                BlockingCallGuard.check(() -> "HTTP " + chain.request().method() + " " + chain.request().url().redact());
                return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
            })
            .build();

    private Http() {
    }

    /** The shared client; call {@code newBuilder()} on it to change timeouts or add listeners. */
    public static OkHttpClient client() {
        return CLIENT;
    }

    public static String userAgent() {
        return USER_AGENT;
    }
}
