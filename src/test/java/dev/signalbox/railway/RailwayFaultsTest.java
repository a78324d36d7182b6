package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Railway answers that go wrong on the wire, from a raw loopback socket: each described for what it is. */
class RailwayFaultsTest {
    private ServerSocket server;

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Serves every connection with {@code answer(request line, output)} after reading the request. */
    private RailwayClient serving(BiConsumer<String, OutputStream> answer) throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    String requestLine = in.readLine();
                    int length = 0;
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).strip());
                        }
                    }
                    in.skip(length);
                    answer.accept(requestLine, socket.getOutputStream());
                } catch (IOException e) {
                    // the client went away, or the test is over
                }
            }
        }, "railway-faults-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return new RailwayClient(new RailwayTransport("http://127.0.0.1:" + server.getLocalPort() + "/graphql/v2",
                TokenKind.PROJECT, Secret.of("token-value", "env:RAILWAY_TOKEN"), Http.client(), wait -> { },
                java.time.Clock.systemUTC(), Duration.ofSeconds(1)));
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFiftyMegabyteAnswerIsCalledTooLargeNotNotGraphql() throws Exception {
        RailwayClient client = serving((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"data\":{\"x\":\"");
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientStoppedReading) {
                // expected: the client refuses past its limit
            }
        });
        RailwayException tooLarge = catchThrowableOfType(RailwayException.class, () -> client.deployment("d-1"));
        assertThat(tooLarge.kind()).isEqualTo(RailwayException.Kind.BAD_RESPONSE);
        assertThat(tooLarge.getMessage()).contains("too large", "more than 16 MB").doesNotContain("not a GraphQL result");
    }

    @Test
    void aClosedConnectionIsDescribedNotNamedByItsExceptionClass() throws Exception {
        RailwayClient client = serving((request, out) -> {
            // closes without a byte of answer
        });
        RailwayException closed = catchThrowableOfType(RailwayException.class, () -> client.deployment("d-1"));
        assertThat(closed.kind()).isEqualTo(RailwayException.Kind.NETWORK);
        assertThat(closed.getMessage()).contains("closed the connection before the answer was complete").doesNotContain("(IOException)");
    }

    @Test
    void a429SaysWhatRailwayAnswered() throws Exception {
        RailwayClient client = serving((request, out) -> write(out, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n"
                + "X-RateLimit-Limit: 1000\r\nX-RateLimit-Remaining: 990\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        RailwayException limited = catchThrowableOfType(RailwayException.class, () -> client.deployment("d-1"));
        assertThat(limited.kind()).isEqualTo(RailwayException.Kind.RATE_LIMITED);
        assertThat(limited.getMessage()).contains("HTTP 429", "Retry-After: 30", "990 of 1000 requests left").doesNotContain("used up");
    }

    @Test
    void anAnswerThatIsNotJsonSaysWhere() throws Exception {
        RailwayClient client = serving((request, out) -> {
            String body = "{\"data\": {\"deployment\":\n  [1, 2,, 3]}}";
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);
        });
        RailwayException bad = catchThrowableOfType(RailwayException.class, () -> client.deployment("d-1"));
        assertThat(bad.kind()).isEqualTo(RailwayException.Kind.BAD_RESPONSE);
        assertThat(bad.getMessage()).contains("is not JSON (malformed at line 2, column").doesNotContain("JsonReadFeature");
    }

    @Test
    void deepNestingIsABoundedError() {
        RailwayTransport.Answer answer = RailwayTransport.readAnswer("[".repeat(5000));
        assertThat(answer.root()).isNull();
        assertThat(answer.problem()).startsWith("nested too deep");
    }
}
