package fi.ptvintegration.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the shipped distribution archive: unpacked into its own directory, moved to free
 * ports so it never collides with a Karaf someone is running, started with {@code bin/karaf
 * server}, and stopped through the PID Karaf writes to {@code karaf.pid} (killing the launcher
 * script can leave the JVM running, STACK.md pitfall 9).
 */
final class KarafDistribution implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    /** The local-only default of etc/users.properties, which the environment overrides. */
    static final String DEFAULT_ADMIN_PASSWORD = "admin";

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final String adminPassword = "it-" + java.util.UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private Process launcher;
    private Duration bootToReady;

    private KarafDistribution(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks the archive under {@code workDir} and rewrites the ports in its {@code etc/}. */
    static KarafDistribution unpack(Path archive, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path runDir = Files.createTempDirectory(workDir, "run-");
        run(List.of("tar", "-xzf", archive.toString(), "-C", runDir.toString()), runDir);
        Path home;
        try (var entries = Files.list(runDir)) {
            home = entries.filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("archive " + archive + " holds no directory"));
        }
        int httpPort = freePort();
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
        int sshPort = freePort();
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(sshPort));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(freePort()));
        return new KarafDistribution(home, httpPort, sshPort);
    }

    /**
     * Starts Karaf with {@code PTV_ADMIN_PASSWORD} set to a random value, so every admin call of
     * the test also proves that the environment overrides the default password, and waits until
     * {@code /cxf/health} answers 200 and Hawtio serves its login page.
     */
    void startAndAwaitReady(Duration timeout, Map<String, String> environment) throws IOException, InterruptedException {
        Instant started = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("PTV_ADMIN_PASSWORD", adminPassword);
        environment.forEach(builder.environment()::put);
        launcher = builder.start();

        Instant deadline = started.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!launcher.isAlive() && readPid().isEmpty()) {
                throw new IllegalStateException("Karaf exited with " + launcher.exitValue() + " before it was ready; see "
                        + home.resolve("console.log"));
            }
            if (statusOf("/cxf/health") == 200 && statusOf("/hawtio/") == 200) {
                bootToReady = Duration.between(started, Instant.now());
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Karaf was not ready within " + timeout + "; last health status "
                + statusOf("/cxf/health") + "; see " + home.resolve("data/log/karaf.log"));
    }

    String adminPassword() {
        return adminPassword;
    }

    Duration bootToReady() {
        return bootToReady;
    }

    Path home() {
        return home;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> post(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Sends with a 30 s limit kept here rather than as the request's own timeout. A run failed once
     * with "header parser received no bytes" caused by a response timer closing a reused pooled
     * connection after 30 s of tests; the pom also makes the client drop idle connections before
     * Jetty's idle timeout does.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return send(request, Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request, Duration limit) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IOException(request.method() + " " + request.uri() + " got no answer within " + limit.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Karaf JVM's PID, from the file Karaf writes at start. */
    Optional<Long> readPid() {
        Path pidFile = home.resolve("karaf.pid");
        try {
            if (Files.exists(pidFile)) {
                String text = Files.readString(pidFile).trim();
                if (!text.isEmpty()) {
                    return Optional.of(Long.parseLong(text));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Resident set size of the Karaf JVM in KiB, from /proc (Linux). */
    Optional<Long> residentSetKib() {
        return readPid().flatMap(pid -> {
            try {
                Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB")
                        .matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
                return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Stops the Karaf JVM by its PID (SIGTERM, so Karaf shuts down cleanly) and waits for it to
     * exit; forcibly after the grace period. Returns true when it exited within the grace period.
     */
    boolean stop(Duration grace) throws InterruptedException {
        boolean clean = true;
        Optional<ProcessHandle> jvm = readPid().flatMap(ProcessHandle::of);
        if (jvm.isPresent()) {
            ProcessHandle handle = jvm.get();
            handle.destroy();
            clean = waitForExit(handle, grace);
            if (!clean) {
                handle.destroyForcibly();
                waitForExit(handle, Duration.ofSeconds(10));
            }
        }
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(10, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
        return clean;
    }

    /** Kills the Karaf JVM with SIGKILL, as a crash or the OOM killer would, and waits until it is gone. */
    void kill() throws InterruptedException {
        Optional<ProcessHandle> jvm = readPid().flatMap(ProcessHandle::of);
        if (jvm.isPresent()) {
            jvm.get().destroyForcibly();
            waitForExit(jvm.get(), Duration.ofSeconds(30));
        }
        if (launcher != null) {
            launcher.destroyForcibly();
            launcher.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Sets a key of the application's runtime configuration before start. */
    void configureRuntime(String key, String value) {
        setProperty(home.resolve("etc/fi.ptvintegration.runtime.cfg"), key, value);
    }

    /** Sets a key of the PTV configuration before start ({@code etc/fi.ptvintegration.ptv.cfg}). */
    void configurePtv(String key, String value) {
        setProperty(home.resolve("etc/fi.ptvintegration.ptv.cfg"), key, value);
    }

    /** Adds a user to the Karaf realm before start ({@code etc/users.properties}). */
    void addUser(String user, String password, String roles) {
        setProperty(home.resolve("etc/users.properties"), user, password + "," + roles);
    }

    /**
     * Runs a Karaf shell command over SSH with {@code bin/client} as the admin and returns what it
     * printed; the password goes on the client's command line, never into a file.
     */
    String shell(String command) throws IOException, InterruptedException {
        return shellAs(ADMIN_USER, adminPassword, command).output();
    }

    /** What {@code bin/client} printed and its exit status (1 when the command failed). */
    record ShellRun(int exitStatus, String output) {}

    /**
     * Runs a Karaf shell command over SSH with {@code bin/client} as the given user; its standard
     * input stays open until it ends (the client closes the session at end of input).
     */
    ShellRun shellAs(String user, String password, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u", user,
                "-p", password, "-r", "10", "-d", "2", command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/client did not finish: " + command);
        }
        return new ShellRun(process.exitValue(), output);
    }

    /** Sends a signal to the Karaf JVM ({@code STOP} freezes it as a long GC pause would, {@code CONT} resumes it). */
    void signal(String name) throws IOException, InterruptedException {
        long pid = readPid().orElseThrow(() -> new IllegalStateException("no karaf.pid to signal"));
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + pid + " failed with " + kill.exitValue());
        }
    }

    /**
     * Sends any request with a raw path (percent-encodings kept as written), method and body, with
     * a limit of its own: hostile calls, and calls to a node that is frozen for a while.
     */
    HttpResponse<String> exchange(String method, String rawPath, String contentType, byte[] body, Map<String, String> headers,
            Duration limit) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + rawPath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build(), limit);
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(60));
    }

    private static boolean waitForExit(ProcessHandle handle, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (handle.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return !handle.isAlive();
    }

    private int statusOf(String path) throws InterruptedException {
        try {
            return get(path, Map.of()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Sets {@code key = value} in a Karaf cfg file, replacing the key's line or appending one. */
    private static void setProperty(Path cfg, String key, String value) {
        try {
            List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg)) : new ArrayList<>();
            Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches()) {
                    lines.set(i, key + " = " + value);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(key + " = " + value);
            }
            Files.write(cfg, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }
}
