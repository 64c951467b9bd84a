package org.econfacts.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged service as a child process: {@code java -Xmx… -jar quarkus-run.jar} on a free port,
 * in a fresh temporary directory (so its H2 file lands there), stopped and cleaned up on close — also
 * when the harness is interrupted (shutdown hook).
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final int port;
    private final long startedNanos;
    private final Thread hook;

    ServiceProcess(Path jar, String maxHeap) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: run ./mvnw package -DskipTests first");
        }
        this.port = freePort();
        this.dir = Files.createTempDirectory("econfacts-bench");
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Xmx" + maxHeap, "-jar", jar.toAbsolutePath().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("service.log").toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.startedNanos = System.nanoTime();
        this.process = pb.start();
        this.hook = new Thread(process::destroyForcibly, "stop-econfacts");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Seconds since the process was started. */
    double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Resident set size from /proc, in kB (0 when unreadable). */
    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Used heap in kB as {@code jcmd <pid> GC.heap_info} reports it, optionally after a full GC. */
    long heapUsedKb(boolean afterGc) throws IOException, InterruptedException {
        if (afterGc) {
            jcmd("GC.run");
        }
        Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("service.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Throws when the service has exited on its own (crash, OOM killer, someone else's kill). */
    void checkAlive(String during) {
        if (!process.isAlive()) {
            throw new IllegalStateException("service exited with code " + process.exitValue() + " during " + during
                    + "; its log (and any hs_err file) are kept in " + dir + "\n" + logTail());
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!process.isAlive()) { // died by itself: keep the evidence
            Runtime.getRuntime().removeShutdownHook(hook);
            System.err.println("service had exited (code " + process.exitValue() + "); kept " + dir);
            return;
        }
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
