package se.samverkan.outage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts the {@link RestartablePostgresResource}'s server with its own pg_ctl, keeping port and data. */
final class Database {

    private Database() {
    }

    static void stop() {
        pgCtl("stop", "-m", "fast", "-w", "-t", "30");
    }

    /** Starts the server with exactly the options it was first started with (postmaster.opts). */
    static void start() {
        List<String> original = originalCommand();
        String options = String.join(" ", original.subList(1, original.size()));
        pgCtl("start", "-w", "-t", "60", "-l", directory().resolveSibling(directory().getFileName() + ".log").toString(), "-o", options);
    }

    private static void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(originalCommand().get(0)).resolveSibling("pg_ctl").toString());
        command.add("-D");
        command.add(directory().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** postmaster.opts: the binary and its arguments, each argument double-quoted. */
    private static List<String> originalCommand() {
        try {
            String line = Files.readString(directory().resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
            List<String> parts = new ArrayList<>();
            int space = line.indexOf(' ');
            parts.add(space < 0 ? line : line.substring(0, space));
            if (space > 0) {
                parts.add(line.substring(space + 1));
            }
            return parts;
        } catch (IOException e) {
            throw new IllegalStateException("No postmaster.opts in " + directory(), e);
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
