package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 keeps every commit a SIGKILL follows, with the URL options the run command and the ITs use
 * ({@code h2.durable.options} in pom.xml). A child JVM commits rows from eight threads and prints each id once its
 * commit returned; it is killed with SIGKILL ({@code destroyForcibly}); every printed id must be in the file.
 * Checked to fail without the options: H2's default writes committed changes up to a second later.
 */
class H2CommitDurabilityTest {

    private static final String OPTIONS = System.getProperty("h2.durable.options", ";WRITE_DELAY=0");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("crash") + OPTIONS;
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 3000 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
            writer.toHandle().destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no H2 close; pipe kept
            writer.waitFor();
            while ((line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
        }
        assertTrue(acknowledged.size() >= 3000, "the writer stopped early: " + acknowledged.size());
        assertTrue(Files.exists(dir.resolve("crash.mv.db")));

        Set<Long> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("crash"), "sa", "sa");
             ResultSet rows = c.createStatement().executeQuery("SELECT id FROM acked")) {
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
        }
        List<Long> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
        assertEquals(List.of(), lost.size() > 20 ? lost.subList(0, 20) : lost,
                lost.size() + " of " + acknowledged.size() + " acknowledged commits lost");
    }

    /** The child: commits one row per transaction from eight threads, printing each id after its commit. */
    public static final class Writer {

        public static void main(String[] args) throws SQLException {
            String url = args[0];
            try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
                c.createStatement().execute("CREATE TABLE acked (id BIGINT PRIMARY KEY, body VARCHAR(200))");
            }
            AtomicLong ids = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                threads.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                         PreparedStatement insert = c.prepareStatement("INSERT INTO acked VALUES (?, ?)")) {
                        c.setAutoCommit(false);
                        while (true) {
                            long id = ids.incrementAndGet();
                            insert.setLong(1, id);
                            insert.setString(2, "x".repeat(150));
                            insert.executeUpdate();
                            c.commit();
                            synchronized (System.out) {
                                System.out.println(id);
                                System.out.flush();
                            }
                        }
                    }
                });
            }
        }
    }
}
