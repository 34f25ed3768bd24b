package ru.vprsvod.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether the web page's address can be opened, and if not, why in words: a port another program listens on
 * (named, with its process, when the system tells), a port below 1024 without the right to it, an address this
 * machine does not have. Asked before the service opens anything, so a second copy started by mistake stops at
 * once instead of running without a web page.
 */
public final class Port {

    private Port() {
    }

    /** Why {@code host:port} cannot be listened on, as a Russian sentence; empty when it can. */
    public static Optional<String> problem(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return Optional.empty();
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return Optional.of(explain(host, port, e));
        }
    }

    /** The sentence for a failure to listen on {@code host:port}, looking for whoever holds the port. */
    public static String explain(String host, int port, Throwable failure) {
        Optional<String> holder = holder(port);
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        String fix = " Остановите её или запустите ВПР-Свод на другом порту: --port " + (port == 65535 ? 8081 : port + 1) + ".";
        if (holder.isPresent()) {
            return "Порт " + port + " уже занят: его слушает " + holder.get() + "." + fix;
        }
        if (message.contains("in use")) {
            return "Порт " + port + " уже занят другой программой (какой именно, система не сообщает)." + fix;
        }
        if (failure instanceof BindException && (message.contains("permission") || message.contains("access"))) {
            return "Нет прав открыть порт " + port + ": порты меньше 1024 доступны только администратору. Укажите порт"
                    + " 1024 или больше, например --port 8080.";
        }
        if (failure instanceof IllegalArgumentException || message.contains("assign") || message.contains("unresolved")) {
            return "Не удаётся открыть веб-страницу по адресу " + host + ":" + port + ": у этого компьютера нет такого"
                    + " адреса (--host). Укажите 127.0.0.1 (только этот компьютер) или 0.0.0.0 (доступ из сети).";
        }
        return "Не удаётся открыть веб-страницу по адресу " + host + ":" + port + ": " + failure.getMessage() + "." + fix;
    }

    /** «программа «…» (процесс N)» or «другая копия ВПР-Свод (процесс N)» for the process listening on the port. */
    static Optional<String> holder(int port) {
        try {
            Optional<Long> pid = System.getProperty("os.name", "").startsWith("Windows") ? windowsListener(port) : linuxListener(port);
            return pid.map(Port::describe);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String describe(long pid) {
        Optional<ProcessHandle.Info> info = ProcessHandle.of(pid).map(ProcessHandle::info);
        String command = info.flatMap(ProcessHandle.Info::commandLine).or(() -> info.flatMap(ProcessHandle.Info::command)).orElse("");
        if (command.contains("vpr-svod") || command.contains("ru.vprsvod.Main")) {
            return "другая копия ВПР-Свод (процесс " + pid + ")";
        }
        if (command.length() > 120) {
            command = command.substring(0, 117) + "…";
        }
        return command.isEmpty() ? "процесс " + pid : "программа «" + command + "» (процесс " + pid + ")";
    }

    /**
     * Linux: the listening sockets of {@code /proc/net/tcp} and {@code tcp6} on the port give socket inodes; the
     * process whose {@code /proc/PID/fd} links to one of them holds it. Other users' processes cannot be looked
     * into (then the port is only said to be busy).
     */
    static Optional<Long> linuxListener(int port) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f.length > 9 && f[1].contains(":") && "0A".equals(f[3])
                        && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                    inodes.add("socket:[" + f[9] + "]");
                }
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                            return Optional.of(Long.parseLong(process.getFileName().toString()));
                        }
                    }
                } catch (IOException e) {
                    // another user's process, or one that just ended
                }
            }
        }
        return Optional.empty();
    }

    /** Windows: {@code netstat -ano -p TCP} lists each listening address with its process id. */
    static Optional<Long> windowsListener(int port) throws IOException {
        Process netstat = new ProcessBuilder("netstat", "-ano", "-p", "TCP").redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(netstat.getInputStream(), Charset.defaultCharset()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                // TCP    0.0.0.0:8080    0.0.0.0:0    LISTENING    1234  (the state is translated on some systems)
                if (f.length == 5 && f[0].equalsIgnoreCase("TCP") && f[1].endsWith(":" + port) && f[2].endsWith(":0")) {
                    return Optional.of(Long.parseLong(f[4]));
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        } finally {
            try {
                if (!netstat.waitFor(5, TimeUnit.SECONDS)) {
                    netstat.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    /** Whether a start failure is the web server's address being unavailable (then {@link #explain} says why). */
    public static Optional<Throwable> bindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof SocketException && String.valueOf(t.getMessage()).contains("bind")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
