// A plain TCP relay for the two-instance test: the API instances reach Keycloak through it, so stopping it is a
// Keycloak outage for them while the test itself still gets tokens from Keycloak directly.
// Usage: node scripts/tcp-proxy.mjs LISTEN_PORT TARGET_HOST TARGET_PORT
import net from 'node:net';

const [listenPort, targetHost, targetPort] = process.argv.slice(2);
const server = net.createServer((client) => {
  const upstream = net.connect(Number(targetPort), targetHost);
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
});
server.listen(Number(listenPort), '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
