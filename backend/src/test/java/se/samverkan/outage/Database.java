package se.samverkan.outage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts the {@link RestartablePostgresResource}'s server, keeping port and data. pg_ctl refuses to run
 * as root (as the sandbox does), so the postmaster is stopped with SIGINT (fast shutdown) and started again with
 * exactly the command line it first had (postmaster.opts).
 */
final class Database {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private Database() {
    }

    static void stop() {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            return;
        }
        run(List.of("kill", "-INT", Long.toString(postmaster.get().pid())));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (postmaster.get().isAlive() && Instant.now().isBefore(deadline)) {
            pause(100);
        }
        if (postmaster.get().isAlive()) {
            throw new IllegalStateException("PostgreSQL did not stop");
        }
    }

    /** Starts the server with the command line it was first started with, and waits until it accepts connections. */
    static void start() {
        if (postmaster().isPresent()) {
            return;
        }
        List<String> command = originalCommand();
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory().resolveSibling(directory().getFileName() + ".log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int port = Integer.parseInt(command.get(command.indexOf("-p") + 1));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (postmaster().isPresent() && accepts(port)) {
                return;
            }
            pause(100);
        }
        throw new IllegalStateException("PostgreSQL did not start again");
    }

    /** The running postmaster of the data directory (first line of postmaster.pid), if any. */
    private static Optional<ProcessHandle> postmaster() {
        Path pidFile = directory().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** postmaster.opts: the binary, then each argument double-quoted. */
    private static List<String> originalCommand() {
        try {
            String line = Files.readString(directory().resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
            List<String> parts = new ArrayList<>();
            int space = line.indexOf(' ');
            parts.add(space < 0 ? line : line.substring(0, space));
            Matcher matcher = QUOTED.matcher(space < 0 ? "" : line.substring(space));
            while (matcher.find()) {
                parts.add(matcher.group(1));
            }
            return parts;
        } catch (IOException e) {
            throw new IllegalStateException("No postmaster.opts in " + directory(), e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path directory() {
        String directory = System.getProperty(RestartablePostgresResource.DATA_DIRECTORY);
        if (directory == null) {
            throw new IllegalStateException("The restartable database is not running");
        }
        return Path.of(directory);
    }
}
