package io.dearbridge.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.wildfly.core.launcher.CliCommandBuilder;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A WildFly configured as the README's run command configures its server (the build applies the same scripts to a
 * server base of its own, {@code it.demo.server.base}), started the way the run command starts it (the WildFly
 * launcher, the same JVM options and bind addresses), with the system properties and environment a test gives.
 * Not Arquillian's container: a test needs to choose the environment and read the console, and runs it beside
 * Arquillian's server, on ports of its own.
 */
final class RunCommandServer implements AutoCloseable {

    /** Beside the Arquillian server's ports (which use it.port.offset), never on them. */
    static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0) + 50;
    static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT;
    static final String MANAGEMENT_URL = "http://127.0.0.1:" + MANAGEMENT_PORT;

    private final Path base;
    private final Path console;
    /** What the embedded CLI runs (the build's, then {@link #configure}) wrote to server.log configuring the base. */
    private String configureLog;
    private Process process;
    private ModelControllerClient client;

    private RunCommandServer(Path base) {
        this.base = base;
        this.console = base.resolve("console.log");
        this.configureLog = serverLog();
    }

    /** A fresh copy of the server base the build configured like the run command's, under target/. */
    static RunCommandServer freshCopy(String name) {
        Path template = Path.of(System.getProperty("it.demo.server.base"));
        Path base = Path.of(System.getProperty("it.work.dir", "target"), name, "standalone");
        deleteTree(base.getParent());
        copyTree(template, base);
        return new RunCommandServer(base);
    }

    /**
     * Boots the server and waits until the bridge is ready. {@code systemProperties} go on the java command line as
     * {@code -D}, the way the run command passes its own; {@code environment} is added to the process's.
     */
    void start(Map<String, String> systemProperties, Map<String, String> environment) throws IOException {
        List<String> javaOptions = new ArrayList<>(List.of("-Xms256m", "-Xmx1g",
                "-Ddearbridge.db.url=jdbc:h2:file:" + base.resolve("bridge-data/bridge") + ";AUTO_SERVER=TRUE",
                // The demo's URLs follow jboss.http.port; ports moved this way rather than with a port offset.
                "-Djboss.http.port=" + HTTP_PORT, "-Djboss.https.port=" + (8443 + PORT_OFFSET),
                "-Djboss.management.http.port=" + MANAGEMENT_PORT,
                "-Djboss.management.https.port=" + (9993 + PORT_OFFSET)));
        systemProperties.forEach((name, value) -> javaOptions.add("-D" + name + "=" + value));
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(Path.of(System.getProperty("jboss.home")))
                .setBaseDirectory(base)
                .setServerConfiguration("standalone.xml")
                .addJavaOptions(javaOptions);
        command.addServerArguments("-b=127.0.0.1", "-bmanagement=127.0.0.1");
        process = Launcher.of(command)
                .addEnvironmentVariables(environment)
                .setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .launch();
        client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", MANAGEMENT_PORT);
        awaitReady();
    }

    /**
     * Runs a CLI script offline on this base before its first start, as an operator runs
     * {@code jboss-cli.sh --file=...} (the script starts an embedded server of its own).
     */
    void configure(Path script) throws IOException, InterruptedException {
        Path log = base.resolve("configure-cli.log");
        Path home = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
        CliCommandBuilder cli = CliCommandBuilder.of(home)
                .setScriptFile(script.toAbsolutePath())
                .addJavaOptions("-Djboss.server.base.dir=" + base.toAbsolutePath(),
                        "-Djboss.cli.config=" + home.resolve("bin/jboss-cli.xml"));
        // embed-server finds the server through JBOSS_HOME, as jboss-cli.sh sets it.
        Process run = Launcher.of(cli).addEnvironmentVariable("JBOSS_HOME", home.toString())
                .setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).launch();
        if (!run.waitFor(180, TimeUnit.SECONDS)) {
            run.destroyForcibly();
            throw new IllegalStateException(script + " did not finish in 180 s: " + tail(Files.readString(log)));
        }
        if (run.exitValue() != 0) {
            throw new IllegalStateException(script + " failed: " + tail(Files.readString(log)));
        }
        configureLog = serverLog();
    }

    /** Puts the EAR where the deployment scanner takes it, as a first start of a fresh server would find it. */
    void deployBridge() {
        try {
            Files.copy(Path.of(System.getProperty("it.ear")), base.resolve("deployments/dear-bridge.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code :reload}, then waits until the bridge is ready again. */
    void reload() {
        execute(Operations.createOperation("reload"));
        Await.awaitTrue("the server to go down for the reload", () -> !"running".equals(serverState()));
        awaitReady();
    }

    ModelNode execute(ModelNode operation) {
        try {
            ModelNode response = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(response)) {
                throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(response));
            }
            return Operations.readResult(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server wrote under standalone/log (server.log, audit log, rotated files). */
    String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(base.resolve("log"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * What the server logged since its first start here, without the lines of the build's embedded CLI runs (whose
     * first boots, before configure-bridge.cli ran, dumped the CLI's own system properties).
     */
    String logsSinceFirstStart() {
        String log = serverLog();
        return log.startsWith(configureLog) ? log.substring(configureLog.length()) : log;
    }

    private String serverLog() {
        Path log = base.resolve("log/server.log");
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server printed on stdout and stderr. */
    String console() {
        try {
            return Files.readString(console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        if (process == null) {
            return;
        }
        try {
            try {
                client.execute(Operations.createOperation("shutdown"));
            } catch (IOException | RuntimeException e) {
                // already gone, or going: the process is destroyed below if it stays
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        Await.await("the server to run with the bridge ready", Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + tail(console()));
            }
            if (!"running".equals(serverState())) {
                return null;
            }
            HttpResponse<String> ready = Http.get(MANAGEMENT_URL + "/health/ready");
            return ready.statusCode() == 200 && isDeployed("dear-bridge.ear") && isDeployed("dear-simulator.war")
                    ? Boolean.TRUE : null;
        });
    }

    private boolean isDeployed(String deployment) {
        try {
            ModelNode response = client.execute(Operations.createReadAttributeOperation(
                    Operations.createAddress("deployment", deployment), "status"));
            return Operations.isSuccessfulOutcome(response) && "OK".equals(Operations.readResult(response).asString());
        } catch (IOException e) {
            return false;
        }
    }

    private String serverState() {
        try {
            ModelNode response = client.execute(Operations.createReadAttributeOperation(new ModelNode().setEmptyList(),
                    "server-state"));
            return Operations.isSuccessfulOutcome(response) ? Operations.readResult(response).asString() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
