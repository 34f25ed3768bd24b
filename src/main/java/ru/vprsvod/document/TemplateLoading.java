package ru.vprsvod.document;

import java.util.List;
import java.util.Objects;

/** The outcome of opening a file as a .docx template: the template, or why the file cannot be one. */
public sealed interface TemplateLoading {

    /**
     * The file is a Word document. It may still have mistakes in its tags: see {@link DocxTemplate#problems()}
     * and {@link DocxTemplate#lint(DataSchema)}.
     */
    record Loaded(DocxTemplate template) implements TemplateLoading {
        public Loaded {
            Objects.requireNonNull(template, "template");
        }
    }

    /** The file is not a usable .docx (another format, damaged, password-protected…); Russian reasons. */
    record Broken(List<TemplateProblem> problems) implements TemplateLoading {
        public Broken {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a broken template needs at least one reason");
            }
        }
    }
}
