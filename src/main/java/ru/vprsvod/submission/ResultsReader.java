package ru.vprsvod.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.submission.ProtocolHeader.Role;
import ru.vprsvod.workbook.Cell;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.ReadLimits;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.Workbook;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

/**
 * Reads a school's results workbook in the FIS OKO «Протокол» layout and checks it against the reference:
 * the verdict lists every problem with its sheet, cell, value found and what was expected.
 */
public final class ResultsReader {

    private final Reference reference;
    private final ReadLimits limits;

    public ResultsReader(Reference reference, ReadLimits limits) {
        this.reference = reference;
        this.limits = limits;
    }

    public FormCheck read(Path file, Sender sender) {
        WorkbookReading reading = Workbooks.read(file, limits);
        if (reading instanceof WorkbookReading.Unreadable unreadable) {
            return unreadable(sender, unreadable.reason());
        }
        return check(((WorkbookReading.Opened) reading).workbook(), sender);
    }

    /**
     * The verdict on a file that could not be read at all: rejected for {@code reason}, addressed to the school
     * the sender's folder or the file name points to, so the receipt still reaches it.
     */
    public FormCheck unreadable(Sender sender, String reason) {
        String school = new Identity(reference, sender, List.of()).guess().map(School::login).orElse("");
        return new FormCheck(sender.originalName(), school, Status.REJECTED,
                List.of(Problem.ofFile(sender.originalName(), reason)), 0, List.of());
    }

    /** Checks an opened workbook. */
    public FormCheck check(Workbook workbook, Sender sender) {
        String file = sender.originalName();
        ProblemLog log = new ProblemLog();
        Identity identity = new Identity(reference, sender, workbook.sheets());
        String guess = identity.guess().map(School::login).orElse("");
        if (workbook.sheets().stream().allMatch(Sheet::isEmpty)) {
            log.add(Problem.ofFile(file, "файл не содержит данных: все листы пустые"));
            return verdict(file, guess, log, List.of(), Set.of());
        }
        Map<String, Building> submissions = new LinkedHashMap<>();
        Set<Work> works = new LinkedHashSet<>();
        boolean anyProtocol = false;
        for (Sheet sheet : workbook.sheets()) {
            if (Identity.isMetadataSheet(sheet)) {
                continue;
            }
            Optional<ProtocolHeader> found = ProtocolHeader.find(sheet);
            if (found.isEmpty()) {
                continue;
            }
            anyProtocol = true;
            readSheet(file, sheet, found.get(), identity, submissions, works, log);
        }
        if (!anyProtocol) {
            log.add(Problem.ofFile(file, "не найдена таблица результатов: ни на одном листе нет строки заголовков"
                    + " со столбцом «Код» и столбцами заданий (например «1 (1б)», «5.1 (1б)»)"));
        }
        List<Submission> accepted = new ArrayList<>();
        for (Building b : submissions.values()) {
            if (b.rowsSeen == 0) {
                log.add(Problem.error(file, b.sheets.get(0), "", "в таблице нет ни одного участника", "",
                        "строки участников под строкой заголовков"));
            } else if (!b.participants.isEmpty() && b.participants.stream().allMatch(Participant::absent)) {
                log.add(Problem.warning(file, b.sheets.get(0), "", "все участники отмечены как отсутствовавшие", "", ""));
            }
            accepted.add(new Submission(b.school, b.spec.work(), b.sheets, b.layout.tasks(), b.participants));
        }
        return verdict(file, accepted.isEmpty() ? guess : accepted.get(0).school(), log, accepted, works);
    }

    private void readSheet(String file, Sheet sheet, ProtocolHeader header, Identity identity,
                           Map<String, Building> submissions, Set<Work> works, ProblemLog log) {
        boolean ok = checkColumns(file, sheet, header, log);
        Optional<Identity.Resolved> resolved = identity.resolve(sheet, header.row, log);
        if (resolved.isEmpty() || !ok) {
            return;
        }
        Optional<WorkSpec> spec = reference.spec(resolved.get().work());
        if (spec.isEmpty()) {
            int year = resolved.get().work().year();
            List<String> known = reference.specs(year).stream().map(s -> s.work().title()).toList();
            log.add(Problem.error(file, sheet.name(), "", "работы «" + resolved.get().work().titleWithYear()
                    + "» нет в справочнике управления образования (нет её шкалы)", resolved.get().work().title(),
                    known.isEmpty() ? "работа " + year + " года из справочника" : "одна из работ " + year + " года: "
                            + String.join("; ", known)));
            return;
        }
        works.add(spec.get().work());
        int grade = spec.get().work().grade();
        if (!resolved.get().school().grades().contains(grade)) {
            log.add(Problem.warning(file, sheet.name(), "", "по справочнику в школе «" + resolved.get().school().name()
                    + "» нет " + grade + "-х классов (классы: " + resolved.get().school().grades() + ")", "", ""));
        }
        Optional<TaskLayout> layout = TaskLayout.match(file, sheet.name(), header, spec.get(), log);
        if (layout.isEmpty()) {
            return;
        }
        String key = resolved.get().school().login() + "|" + spec.get().work();
        Building building = submissions.get(key);
        if (building == null) {
            building = new Building(resolved.get().school().login(), spec.get(), layout.get());
            submissions.put(key, building);
        } else if (!building.layout.tasks().equals(layout.get().tasks())) {
            log.add(Problem.error(file, sheet.name(), "", "задания на этом листе не совпадают с заданиями листа «"
                    + building.sheets.get(0) + "» той же работы", "", "одинаковые столбцы заданий на всех листах работы"));
            return;
        }
        building.sheets.add(sheet.name());
        ProtocolRows rows = new ProtocolRows(file, sheet, header, layout.get(), spec.get().scale(), grade, log);
        building.participants.addAll(rows.read(building.codesSeen));
        building.rowsSeen += rows.rowsSeen();
    }

    /** Problems of the header row itself: a missing code column, a column twice, columns not understood. */
    private static boolean checkColumns(String file, Sheet sheet, ProtocolHeader header, ProblemLog log) {
        boolean ok = true;
        if (header.column(Role.CODE) == null) {
            log.add(Problem.error(file, sheet.name(), "", "нет столбца «Код» (код участника) в строке заголовков (строка "
                    + (header.row + 1) + ")", "", "столбец с заголовком «Код» или «Код участника»"));
            ok = false;
        }
        for (String duplicate : header.duplicateRoles) {
            log.add(Problem.error(file, sheet.name(), "", "столбец «" + duplicate + "» встречается в заголовке дважды",
                    duplicate, "один такой столбец"));
            ok = false;
        }
        for (ProtocolHeader.Unknown unknown : header.unknown) {
            log.add(Problem.warning(file, sheet.name(), Cell.address(header.row, unknown.column()),
                    "столбец не распознан и не учитывается", unknown.header(), ""));
        }
        if (header.column(Role.JOURNAL_MARK) == null) {
            log.add(Problem.warning(file, sheet.name(), "", "нет столбца с отметкой по журналу («Отметка за предыдущий"
                    + " триместр/четверть/полугодие»): сравнение с отметками по журналу для этого листа невозможно", "", ""));
        }
        if (header.variantColumns.isEmpty()) {
            log.add(Problem.warning(file, sheet.name(), "", "нет столбца «Вариант»: отсутствовавшие участники"
                    + " не могут быть отмечены", "", ""));
        }
        return ok;
    }

    private static FormCheck verdict(String file, String school, ProblemLog log, List<Submission> submissions,
                                     Set<Work> works) {
        if (log.hasErrors()) {
            return new FormCheck(file, school, Status.REJECTED, log.listed(), log.omitted(), List.of(), List.copyOf(works));
        }
        Status status = log.listed().isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS;
        return new FormCheck(file, school, status, log.listed(), log.omitted(), submissions, List.copyOf(works));
    }

    /** A submission being put together from one or more sheets of the same school and work. */
    private static final class Building {
        final String school;
        final WorkSpec spec;
        final TaskLayout layout;
        final List<String> sheets = new ArrayList<>();
        final List<Participant> participants = new ArrayList<>();
        final Map<String, String> codesSeen = new HashMap<>();
        int rowsSeen;

        Building(String school, WorkSpec spec, TaskLayout layout) {
            this.school = school;
            this.spec = spec;
            this.layout = layout;
        }
    }
}
