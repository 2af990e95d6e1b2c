package org.councilgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's headless Chromium driven over the DevTools protocol: a WebSocket from the JDK's own
 * HTTP client and Jena's JSON, so no driver binary, no driver version to match and no extra
 * dependency. Waits happen inside the page (a promise that resolves when a condition holds, or
 * gives up after a bound), never as sleeps in the test.
 */
final class Chromium implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The Chromium binary: $CHROMIUM, or Debian's chromium on the PATH; empty when there is none. */
    static Optional<Path> binary() {
        String env = System.getenv("CHROMIUM");
        if (env != null) {
            // an explicit choice, even of nothing (CHROMIUM=none skips the browser test)
            return Files.isExecutable(Path.of(env)) ? Optional.of(Path.of(env)) : Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a fresh headless Chromium whose profile lives in {@code profile} (created empty). */
    static Chromium launch(Path binary, Path profile, Path log) throws IOException, InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(binary.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("Chromium did not start: " + Files.readString(log));
            }
            p.waitFor(50, TimeUnit.MILLISECONDS); // returns as soon as the process dies
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        String ws = null;
        for (JsonValue v : JSON.parseAny(list.body()).getAsArray()) {
            JsonObject o = v.getAsObject();
            if ("page".equals(o.getString("type"))) {
                ws = o.getString("webSocketDebuggerUrl");
                break;
            }
        }
        if (ws == null) {
            p.destroyForcibly();
            throw new IOException("Chromium offers no page target: " + list.body());
        }
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    self[0].received(text);
                }
                webSocket.request(1);
                return null;
            }
        }).get(START.toSeconds(), TimeUnit.SECONDS);
        self[0] = new Chromium(p, socket);
        return self[0];
    }

    private void received(String text) {
        JsonObject o = JSON.parse(text);
        if (o.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(((JsonNumber) o.get("id")).value().longValue());
            if (f != null) {
                f.complete(o);
            }
        }
    }

    /** One DevTools command; its result, or an exception carrying the protocol's error. */
    JsonObject call(String method, JsonObject params) {
        long id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.toStringFlat(msg), true).join();
        try {
            JsonObject reply = f.get(CALL.toSeconds(), TimeUnit.SECONDS);
            if (reply.hasKey("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.getObj("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        }
    }

    /** Evaluates {@code js} in the page (awaiting a promise) and returns its value. */
    JsonValue eval(String js) {
        JsonObject p = new JsonObject();
        p.put("expression", js);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = call("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
        }
        JsonObject result = r.getObj("result");
        return result.hasKey("value") ? result.get("value") : null;
    }

    String text(String js) {
        JsonValue v = eval(js);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    /** True once {@code condition} (a JS expression) holds in the page, false if it still does not after {@code timeout}. */
    boolean waitFor(String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            String js = "new Promise(resolve => { const until = Date.now() + " + left + ";"
                    + " (function check() { let ok = false; try { ok = !!(" + condition + "); } catch (e) {}"
                    + " if (ok) return resolve(true); if (Date.now() > until) return resolve(false); setTimeout(check, 50); })(); })";
            try {
                return eval(js).getAsBoolean().value();
            } catch (IllegalStateException e) {
                // a navigation ends the page the wait was running in: wait again in the new one
                if (!String.valueOf(e.getMessage()).contains("navigated") || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    void navigate(String url) {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
        if (!waitFor("location.href === " + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(url))
                + " && document.readyState === 'complete'", Duration.ofSeconds(30))) {
            throw new IllegalStateException("page did not load: " + url);
        }
    }

    /** Types {@code text} into the focused element, as keystrokes would. */
    void type(String text) {
        JsonObject p = new JsonObject();
        p.put("text", text);
        call("Input.insertText", p);
    }

    void pressEnter() {
        for (String type : List.of("keyDown", "keyUp")) {
            JsonObject p = new JsonObject();
            p.put("type", type);
            p.put("key", "Enter");
            p.put("code", "Enter");
            p.put("windowsVirtualKeyCode", 13);
            if (type.equals("keyDown")) {
                p.put("text", "\r");
            }
            call("Input.dispatchKeyEvent", p);
        }
    }

    /** A PNG of the whole page, not just the window. */
    void screenshot(Path png) throws IOException {
        JsonObject metrics = call("Page.getLayoutMetrics", null);
        JsonObject size = metrics.getObj(metrics.hasKey("cssContentSize") ? "cssContentSize" : "contentSize");
        JsonObject clip = new JsonObject();
        clip.put("x", 0);
        clip.put("y", 0);
        clip.put("width", Math.max(1, Math.round(((JsonNumber) size.get("width")).value().doubleValue())));
        clip.put("height", Math.min(8000, Math.max(1, Math.round(((JsonNumber) size.get("height")).value().doubleValue()))));
        clip.put("scale", 1);
        JsonObject p = new JsonObject();
        p.put("format", "png");
        p.put("captureBeyondViewport", true);
        p.put("clip", clip);
        String data = call("Page.captureScreenshot", p).getString("data");
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            call("Browser.close", null);
        } catch (RuntimeException e) {
            // already going: the process is ended below either way
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
