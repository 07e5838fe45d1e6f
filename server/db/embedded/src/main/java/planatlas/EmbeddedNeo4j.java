package planatlas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1, for Plan Atlas.
 *
 * Protocol with the Node supervisor (server/db/embedded-neo4j.ts), one line each on stdout:
 * "READY bolt://127.0.0.1:PORT" once Bolt accepts connections, "ERROR code message" on failure.
 * The JVM shuts down cleanly when stdin reaches end-of-file, so it never outlives its parent.
 *
 * Usage: EmbeddedNeo4j --home DIR --port N [--pagecache 256m] [--watch-stdin true] [--tx-timeout 300s]
 * [--tx-memory SIZE] [--tx-memory-total SIZE], with the password in PLAN_ATLAS_NEO4J_PASSWORD (or --password PW).
 *
 * Limits that Neo4j itself enforces, so a runaway query is stopped by the database rather than left
 * running after its client gave up: db.transaction.timeout (the default for transactions that set
 * none; the API's console sets a shorter one), db.memory.transaction.max (one transaction; default a
 * quarter of the heap) and dbms.memory.transaction.total.max (all transactions; default 60% of it).
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        // The password comes from the environment so that it does not show in the process list.
        String password = opts.getOrDefault("password", System.getenv("PLAN_ATLAS_NEO4J_PASSWORD"));
        if (password == null || password.length() < 8) {
            System.out.println("ERROR usage a password of at least 8 characters is required");
            System.exit(64);
        }
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "256m"));
        boolean watchStdin = Boolean.parseBoolean(opts.getOrDefault("watch-stdin", "true"));
        // The loader's transactions set no timeout: deleting a replaced 1M-relationship version took
        // 40 s, so the default leaves room for that while still ending a forgotten query.
        Duration txTimeout = Duration.ofSeconds(parseSeconds(opts.getOrDefault("tx-timeout", "300s")));
        long heap = Runtime.getRuntime().maxMemory();
        long txMemory = parseBytes(opts.getOrDefault("tx-memory", String.valueOf(heap / 4)));
        long txMemoryTotal = parseBytes(opts.getOrDefault("tx-memory-total", String.valueOf(heap * 6 / 10)));

        Files.createDirectories(home);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotal)
                    .build();
        } catch (Throwable e) {
            fail(classify(e), e);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            // Embedded mode has no initial password: set ours through the system database so that
            // Bolt clients must authenticate (the minimum length is 8).
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (Throwable e) {
            // A restart on an existing store sets the same password again, which Neo4j refuses.
            if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) {
                fail("password", e);
            }
        }

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.exit(0); // runs the shutdown hook
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // The parent writes nothing; any input is ignored until end-of-file.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, same as end-of-file.
        }
    }

    private static String classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String msg = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || msg.contains("lock")) return "store-locked";
            if (name.contains("BindException") || msg.contains("Address already in use")
                    || msg.contains("bind")) return "port-taken";
        }
        return "startup";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage();
    }

    private static void fail(String code, Throwable e) {
        System.out.println("ERROR " + code + " " + String.valueOf(rootMessage(e)).replace('\n', ' '));
        System.out.flush();
        e.printStackTrace(System.err);
        System.exit(2);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isEmpty()) {
            System.out.println("ERROR usage missing --" + key);
            System.exit(64);
        }
        return v;
    }

    private static long parseSeconds(String s) {
        String v = s.trim().toLowerCase();
        if (v.endsWith("ms")) return Math.max(1, Long.parseLong(v.substring(0, v.length() - 2)) / 1000);
        if (v.endsWith("m")) return Long.parseLong(v.substring(0, v.length() - 1)) * 60;
        if (v.endsWith("s")) return Long.parseLong(v.substring(0, v.length() - 1));
        return Long.parseLong(v);
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        char unit = v.charAt(v.length() - 1);
        long n = Character.isDigit(unit) ? Long.parseLong(v) : Long.parseLong(v.substring(0, v.length() - 1));
        return switch (unit) {
            case 'k' -> ByteUnit.kibiBytes(n);
            case 'm' -> ByteUnit.mebiBytes(n);
            case 'g' -> ByteUnit.gibiBytes(n);
            default -> n;
        };
    }
}
