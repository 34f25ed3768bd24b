package ru.vprsvod.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * A .docx template with {@code {{ … }}} tags typed in Word or LibreOffice Writer, ready to be filled.
 *
 * <p>Immutable and safe to render many times, also from several threads: the template keeps the document
 * as bytes (with every tag already isolated and numbered) and opens a fresh copy for each rendering.
 * The authoring rules are in {@code templates/README.md}.
 */
public final class DocxTemplate {

    private final String name;
    private final byte[] prepared;
    private final Plan plan;

    private DocxTemplate(String name, byte[] prepared, Plan plan) {
        this.name = name;
        this.prepared = prepared;
        this.plan = plan;
    }

    /** Reads a template file; a file that is not a usable .docx comes back as {@link TemplateLoading.Broken}. */
    public static TemplateLoading load(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            if (Files.size(file) > Packages.MAX_FILE) {
                return broken("файл слишком большой: шаблон может быть не больше " + Packages.MAX_FILE / (1024 * 1024) + " МБ");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return broken("файл не найден: " + file);
        } catch (IOException e) {
            return broken("файл не удаётся прочитать: " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return load(String.valueOf(file.getFileName()), bytes);
    }

    /** As {@link #load(Path)}, for an upload held in memory. */
    public static TemplateLoading load(String fileName, byte[] docx) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(docx, "docx");
        Packages.Opening opening = Packages.open(docx);
        if (opening instanceof Packages.Refused refused) {
            return broken(refused.message());
        }
        WordprocessingMLPackage pkg = ((Packages.Opened) opening).pkg();
        Plan plan = Analyzer.analyse(pkg);
        return new TemplateLoading.Loaded(new DocxTemplate(fileName, Packages.save(pkg), plan));
    }

    private static TemplateLoading broken(String message) {
        return new TemplateLoading.Broken(List.of(TemplateProblem.ofFile(message)));
    }

    public String name() {
        return name;
    }

    /** Mistakes visible without any data (syntax, unbalanced blocks…), in document order; empty if none. */
    public List<TemplateProblem> problems() {
        return plan.problems();
    }

    /**
     * Checks the template against the shape of the data it will get, without the data: unknown fields
     * (with close names offered), loops over something that is not a list, filters that do not fit the
     * value, plus everything {@link #problems()} reports. An empty list means the template may replace
     * the one in use.
     */
    public List<TemplateProblem> lint(DataSchema schema) {
        Objects.requireNonNull(schema, "schema");
        Problems problems = new Problems();
        problems.addAll(plan);
        Linter.lint(plan, schema, problems);
        return problems.list();
    }

    /**
     * Fills the template. Values may be strings, numbers, booleans, {@link java.time.LocalDate}s,
     * {@link Picture}s, lists and maps with string keys; anything else is reported as a problem, never
     * looked into. Either the whole document comes out, or every problem found.
     */
    public Rendering render(Map<String, Object> data) {
        Objects.requireNonNull(data, "data");
        if (!plan.problems().isEmpty()) {
            return new Rendering.Failed(plan.problems());
        }
        WordprocessingMLPackage pkg = Packages.reopen(prepared);
        Problems problems = new Problems();
        Renderer renderer = new Renderer(pkg, plan, problems);
        Scope scope = Scope.of(data);
        List<Story> stories = Story.of(pkg);
        for (Story story : stories) {
            renderer.render(story, scope);
        }
        if (!problems.isEmpty()) {
            return new Rendering.Failed(problems.list());
        }
        renderer.finish();
        Sections.closeTrailing(pkg);
        Finisher.finish(pkg, stories);
        Typography.apply(stories);
        return new Rendering.Rendered(Packages.save(pkg));
    }

    @Override
    public String toString() {
        return "DocxTemplate[" + name + ", " + plan.tags().size() + " tags]";
    }
}
