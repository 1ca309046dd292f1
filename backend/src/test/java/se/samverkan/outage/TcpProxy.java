package se.samverkan.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Forwards a local port to a real server (Keycloak, PostgreSQL); closing it makes the server unreachable without stopping it. */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpProxy(int port, String targetHost, int targetPort) throws IOException {
        this(port, targetHost, targetPort, null);
    }

    /**
     * With {@code downProperty}: while that system property is "true" the proxy refuses connections and cuts the open
     * ones (a string switch, because the test and what it tests may sit in different class loaders).
     */
    private TcpProxy(int port, String targetHost, int targetPort, String downProperty) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("localhost", port));
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket client = server.accept();
                            if (downProperty != null && Boolean.getBoolean(downProperty)) {
                                closeQuietly(client);
                                continue;
                            }
                            Socket upstream = new Socket(targetHost, targetPort);
                            sockets.add(client);
                            sockets.add(upstream);
                            pump(client, upstream);
                            pump(upstream, client);
                        } catch (IOException e) {
                            // closed
                        }
                    }
                },
                "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        if (downProperty != null) {
            Thread watcher = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            if (Boolean.getBoolean(downProperty)) {
                                sockets.forEach(TcpProxy::closeQuietly);
                                sockets.clear();
                            }
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "tcp-proxy-watch-" + port);
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    static TcpProxy open(int port, String targetHost, int targetPort) throws IOException {
        return new TcpProxy(port, targetHost, targetPort);
    }

    static TcpProxy switchable(int port, String targetHost, int targetPort, String downProperty) throws IOException {
        return new TcpProxy(port, targetHost, targetPort, downProperty);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
