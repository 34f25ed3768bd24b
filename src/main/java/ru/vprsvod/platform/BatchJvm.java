package ru.vprsvod.platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A one-pass {@code process} run in a JVM tuned for a short life: only the quick JIT compiler (C1) and the serial
 * collector. On a district's batch (seconds of work, thousands of classes of POI, docx4j and JAXB) the optimising
 * compiler spends more CPU compiling than the program spends running: a profiled district run of 180 files used
 * 16 CPU-seconds of which 11.7 s were JIT compilation, and G1's worker threads add to it on two cores. The flags
 * cannot be written into the jar's manifest, so the command starts this same program once more with them and
 * waits for it, as {@link FileNameEncoding} does for the locale. {@code serve} is never relaunched: a service runs
 * for days and wants the optimising compiler.
 *
 * <p>Not relaunched when the user already chose a compiler or collector ({@code -XX:TieredStopAtLevel},
 * {@code -XX:+Use…GC}, {@code -XX:-TieredCompilation}) or watches the JVM (a flight recording, an agent), when this already is the relaunched JVM, or when the
 * java program or the class path cannot be found; then the pass simply runs here, as before.
 */
public final class BatchJvm {

    /** Set in the environment of the relaunched JVM, so that one never relaunches again. */
    static final String RELAUNCHED = "VPR_SVOD_BATCH_JVM";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private BatchJvm() {
    }

    /**
     * Runs {@code process} again in a short-run JVM and returns its exit code, or empty when it should run here
     * (see the class comment). The console is shared; a stop request to this JVM is passed on and waited for.
     */
    public static Optional<Integer> relaunch(String mainClass, List<String> args) {
        if (System.getenv(RELAUNCHED) != null) {
            stopWithLauncher();
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path", "");
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (java.isEmpty() || !Files.isExecutable(Path.of(java.get())) || classPath.isEmpty() || userChose(jvmArgs)) {
            return Optional.empty();
        }
        // The console is shared, but standard input is a pipe from this JVM: see stopWithLauncher.
        ProcessBuilder builder = new ProcessBuilder(command(java.get(), jvmArgs, classPath, mainClass, args))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(RELAUNCHED, "1");
        Process child;
        try {
            child = builder.start();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                waitFor(child);
            }
        }, "stop-batch-run"));
        return Optional.of(waitFor(child));
    }

    /**
     * In the relaunched JVM: when the launcher is gone — killed outright (SIGKILL, the Task Manager), so it could
     * not pass the stop on — this one stops at once too, as if killed with it, instead of working on unseen. The
     * launcher holds the write end of this JVM's standard input and never writes; the kernel closes it when the
     * launcher dies, and the read here ends. Stopping abruptly is safe: the intake survives a kill at any moment.
     */
    private static void stopWithLauncher() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever written; read on until the end
                }
            } catch (java.io.IOException e) {
                // a broken pipe is the end as well
            }
            Runtime.getRuntime().halt(137);
        }, "launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The user's own JVM options go after ours, so anything they set wins; the class path is the one in use. */
    static List<String> command(String java, List<String> jvmArgs, String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(FLAGS);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return List.copyOf(command);
    }

    /**
     * Whether the JVM's options already pick a compiler or a collector, or a profiler watches it: then the run is
     * the user's to shape and stays in this JVM.
     */
    static boolean userChose(List<String> jvmArgs) {
        for (String arg : jvmArgs) {
            if (arg.startsWith("-XX:TieredStopAtLevel") || arg.equals("-XX:-TieredCompilation")
                    || arg.matches("-XX:\\+Use\\w*GC")
                    // a recording or an agent watches this JVM: both JVMs would write the same recording file
                    || arg.startsWith("-XX:StartFlightRecording") || arg.startsWith("-agentlib:")
                    || arg.startsWith("-agentpath:") || arg.startsWith("-javaagent:")) {
                return true;
            }
        }
        return false;
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when it is done
            }
        }
    }
}
