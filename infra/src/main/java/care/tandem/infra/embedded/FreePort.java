package care.tandem.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks loopback ports for the embedded servers, which all need a port known before they start.
 *
 * <p>A picked port was free on 127.0.0.1 a moment ago; another process may take it before the caller binds it, so use
 * it at once. A caller that restarts a server on the same data should keep the ports it picked the first time.
 */
public final class FreePort {

    private FreePort() {
    }

    public static int pick() {
        return pick(1).get(0);
    }

    /** Picks {@code count} ports that differ from each other, which separate single picks do not promise. */
    public static List<Integer> pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            List<Integer> ports = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        } finally {
            sockets.forEach(FreePort::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only a port number was wanted from it.
        }
    }
}
