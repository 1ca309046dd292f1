package se.samverkan.outage;

/**
 * Takes the {@link RestartablePostgresResource}'s database away from the API and gives it back. The API reaches the
 * real embedded PostgreSQL only through a {@link TcpProxy}; while the database is "down" the proxy cuts every open
 * connection and refuses new ones, which is what the API sees when the database host goes away. (Restarting the
 * postmaster itself is not possible here: PostgreSQL refuses to start as root outside zonky's launcher.)
 */
final class Database {

    /** A string switch: the resource and the test may be loaded by different class loaders. */
    static final String DOWN = "samverkan.test.outage-pg.down";

    private Database() {}

    static void start() {
        System.setProperty(DOWN, "false");
    }

    static void stop() {
        System.setProperty(DOWN, "true");
        try {
            Thread.sleep(100); // the proxy's watcher cuts the open connections within 20 ms
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
