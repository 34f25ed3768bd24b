package ru.vprsvod.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.ReadLimits;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.Texts;
import ru.vprsvod.workbook.Workbook;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

/**
 * Reads the reference workbook (справочник) the coordinator edits in Excel: sheets «Школы», «Шкалы»,
 * «Задания» (optional), «Реквизиты», «Правила» (optional: thresholds of the objectivity checks),
 * «Федеральный список» (optional) and «Документы» (optional: date, number and signer of each document), «Эксперты» (optional: the bank of
 * experts for the re-check commissions), «Наблюдатели» (optional: the bank of public observers). Its
 * problems are reported like any school file's: sheet, cell, value.
 */
public final class ReferenceLoader {

    static final String SCHOOLS = "Школы";
    static final String SCALES = "Шкалы";
    static final String TASKS = "Задания";
    static final String REQUISITES = "Реквизиты";
    static final String RULES = "Правила";
    static final String FEDERAL_LIST = "Федеральный список";
    static final String DOCUMENTS = "Документы";
    static final String DEADLINES = "Сроки";
    static final String EXPERTS = "Эксперты";
    static final String OBSERVERS = "Наблюдатели";

    private ReferenceLoader() {
    }

    public static ReferenceReading load(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new ReferenceReading.Invalid(List.of(Problem.ofFile(name,
                    "файл справочника не найден: " + file.toAbsolutePath())));
        }
        WorkbookReading reading = Workbooks.read(file, ReadLimits.defaults());
        if (reading instanceof WorkbookReading.Unreadable unreadable) {
            return new ReferenceReading.Invalid(List.of(Problem.ofFile(name, unreadable.reason())));
        }
        return read(name, ((WorkbookReading.Opened) reading).workbook());
    }

    /** Reads an already opened reference workbook. */
    public static ReferenceReading read(String fileName, Workbook workbook) {
        List<Problem> problems = new ArrayList<>();
        Optional<Sheet> schoolsSheet = sheet(workbook, SCHOOLS, fileName, true, problems);
        Optional<Sheet> scalesSheet = sheet(workbook, SCALES, fileName, true, problems);
        Optional<Sheet> tasksSheet = sheet(workbook, TASKS, fileName, false, problems);
        Optional<Sheet> requisitesSheet = sheet(workbook, REQUISITES, fileName, true, problems);
        Optional<Sheet> rulesSheet = sheet(workbook, RULES, fileName, false, problems);
        Optional<Sheet> federalSheet = sheet(workbook, FEDERAL_LIST, fileName, false, problems);
        Optional<Sheet> documentsSheet = sheet(workbook, DOCUMENTS, fileName, false, problems);
        Optional<Sheet> deadlinesSheet = sheet(workbook, DEADLINES, fileName, false, problems);
        Optional<Sheet> expertsSheet = sheet(workbook, EXPERTS, fileName, false, problems);
        Optional<Sheet> observersSheet = sheet(workbook, OBSERVERS, fileName, false, problems);

        List<School> schools = schoolsSheet.map(s -> SchoolsSheet.read(fileName, s, problems)).orElse(List.of());
        List<WorkSpec> specs = scalesSheet.map(s -> ScalesSheet.read(fileName, s, tasksSheet, problems)).orElse(List.of());
        Optional<Requisites> requisites = requisitesSheet.flatMap(s -> RequisitesSheet.read(fileName, s, problems));
        Subjects subjects = new Subjects(specs.stream().map(s -> s.work().subject()).toList());
        Rules rules = rulesSheet.map(s -> RulesSheet.read(fileName, s, subjects, problems)).orElse(Rules.defaults());
        FederalList federal = federalSheet.filter(s -> !s.isEmpty())
                .map(s -> new FederalList(FederalListSheet.read(fileName, s, subjects, "справочник", problems)))
                .orElse(FederalList.empty());

        if (problems.stream().anyMatch(Problem::isError) || requisites.isEmpty()) {
            return new ReferenceReading.Invalid(problems);
        }
        Registrations registrations = documentsSheet.filter(s -> !s.isEmpty())
                .map(s -> RegistrationsSheet.read(fileName, s, requisites.get().campaignYear(), problems))
                .orElse(Registrations.empty());
        List<ExtraDeadline> deadlines = deadlinesSheet.filter(s -> !s.isEmpty())
                .map(s -> DeadlinesSheet.read(fileName, s, problems)).orElse(List.of());
        Reference reference = new Reference(schools, specs, requisites.get(), rules, federal, registrations)
                .withExtraDeadlines(deadlines);
        // Read last: the experts' schools and subjects are looked up in the reference itself.
        List<Expert> experts = expertsSheet.filter(s -> !s.isEmpty())
                .map(s -> ExpertsSheet.read(fileName, s, reference, problems)).orElse(List.of());
        List<ObserverEntry> observers = observersSheet.filter(s -> !s.isEmpty())
                .map(s -> ObserversSheet.read(fileName, s, reference, problems)).orElse(List.of());
        return new ReferenceReading.Loaded(reference.withExperts(experts).withObservers(observers), problems);
    }

    private static Optional<Sheet> sheet(Workbook workbook, String title, String file, boolean required, List<Problem> problems) {
        Optional<Sheet> sheet = workbook.sheets().stream()
                .filter(s -> Texts.normalize(s.name()).equals(Texts.normalize(title)))
                .findFirst();
        if (sheet.isEmpty() && required) {
            problems.add(Problem.error(file, "", "", "в справочнике нет листа «" + title + "»", "",
                    "лист с названием «" + title + "»"));
        }
        return sheet;
    }
}
