package ru.vprsvod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.ResultsReader;
import ru.vprsvod.submission.Sender;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.RegionGenerator;
import ru.vprsvod.workbook.ReadLimits;

/**
 * The in-process part of ingest, one school's form at a time (JMH): the product reading and checking a form
 * against the reference — everything a file costs apart from the disk (archive, database, receipt) — beside
 * fastexcel-reader and POI's streaming reader merely reading it. The form is the largest of a small generated
 * district (a town school's four classes, about 110 pupils), in Excel's layout with shared strings.
 *
 * <p>{@code java -cp … org.openjdk.jmh.Main ReadBench} (bench/README.md); the smoke test runs it once, briefly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = "-Xmx512m")
public class ReadBench {

    private Path folder;
    private Path form;
    private ResultsReader reader;
    private Sender sender;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("vpr-read-bench");
        RegionGenerator.write(11, 12, folder.resolve("справочник.xlsx"), folder.resolve("inbox"));
        try (Stream<Path> files = Files.walk(folder.resolve("inbox"))) {
            form = files.filter(Files::isRegularFile).max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        ReferenceSource source = new ReferenceSource(folder.resolve("справочник.xlsx"));
        source.refresh();
        Reference reference = source.current().orElseThrow();
        reader = new ResultsReader(reference, ReadLimits.defaults());
        sender = Sender.anonymous(form.getFileName().toString());
        FormCheck check = reader.read(form, sender);
        if (check.status() == Status.REJECTED) {
            throw new IllegalStateException("the generated form is rejected: " + check.problems());
        }
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        IngestBench.deleteTree(folder);
    }

    @Benchmark
    public FormCheck productReadAndCheck() {
        return reader.read(form, sender);
    }

    @Benchmark
    public PeerReaders.Tally fastexcelRead() {
        return PeerReaders.fastexcel(form);
    }

    @Benchmark
    public PeerReaders.Tally poiStreamingRead() {
        return PeerReaders.poiStreaming(form);
    }
}
