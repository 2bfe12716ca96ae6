package org.jixiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Another process that holds an H2 file database open, as {@code serve} does: H2 locks the file against every
 * other process (within one JVM it would share the database instead). It holds the file until it is closed.
 */
final class RunningServer implements AutoCloseable {

    private final Process process;

    private RunningServer(Process process) {
        this.process = process;
    }

    /** Starts the process and returns once it has the database open. */
    static RunningServer on(String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs the tests from a jar that only names the class path; this property holds it in full
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-cp", classPath, RunningServer.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"open".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the process holding " + url + " did not open it: " + line);
        }
        return new RunningServer(process);
    }

    /** Closes the database (standard input closed) and waits for the process to end. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** In the other process: opens the database, says so, and holds it until standard input closes. */
    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("SELECT 1");
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing to do but hold the file
            }
        }
    }
}
