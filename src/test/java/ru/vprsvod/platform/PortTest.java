package ru.vprsvod.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A busy port is named with whoever listens on it, where the system tells; a free one is no problem. */
class PortTest {

    @Test
    void aBusyPortIsNamedWithTheProcessThatHoldsIt() throws Exception {
        try (ServerSocket held = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = held.getLocalPort();
            String problem = Port.problem("127.0.0.1", port).orElseThrow();
            assertTrue(problem.startsWith("Порт " + port + " уже занят"), problem);
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertTrue(problem.contains("(процесс " + ProcessHandle.current().pid() + ")."), problem);
            }
            assertTrue(problem.endsWith(" Остановите её или запустите ВПР-Свод на другом порту: --port " + (port + 1) + "."), problem);
        }
    }

    @Test
    void aFreePortIsNoProblemAndAnAddressThisMachineLacksIsSaidSo() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertEquals(Optional.empty(), Port.problem("127.0.0.1", port));
        String wrongHost = Port.problem("192.0.2.1", port).orElseThrow(); // TEST-NET-1: never this machine's
        assertTrue(wrongHost.startsWith("Не удаётся открыть веб-страницу по адресу 192.0.2.1:" + port + ": у этого компьютера"
                + " нет такого адреса (--host)."), wrongHost);
    }
}
