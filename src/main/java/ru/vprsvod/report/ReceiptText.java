package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.StoredObserverReport;
import ru.vprsvod.consolidation.StoredSchedule;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;

/**
 * The receipt (протокол проверки файла) a school reads: what was received, the verdict, and every problem with
 * its sheet, cell, the value found and what is expected. Plain text that opens anywhere, Notepad included.
 */
public final class ReceiptText {

    private ReceiptText() {
    }

    /**
     * @param brought   the submissions the file brought (empty unless accepted)
     * @param replaced  earlier submissions these replaced, with the files they came from
     * @param original  for a duplicate: the earlier accepted file with the same content
     */
    public static String of(ReceivedFile file, List<StoredSubmission> brought, List<Replacement> replaced,
                            Optional<ReceivedFile> original, Reference reference, ZoneId zone) {
        return of(file, brought, replaced, List.of(), original, FederalList.empty(), reference, zone);
    }

    /**
     * @param inForce for a rejected file: the school's submissions of the same works accepted earlier, which stay in
     *                force (with the files they came from)
     * @param federal the federal-list rows the file brought (empty unless it is such a list)
     */
    public static String of(ReceivedFile file, List<StoredSubmission> brought, List<Replacement> replaced,
                            List<Replacement> inForce, Optional<ReceivedFile> original, FederalList federal, Reference reference,
                            ZoneId zone) {
        StringBuilder t = new StringBuilder();
        heading(t, file, reference, zone);
        if (federal.entries().isEmpty()) {
            line(t, "Школа", school(file.school(), reference));
        } else {
            line(t, "Вид", "федеральный перечень ОО с признаками необъективности результатов ВПР");
        }
        line(t, "Результат", file.status().label().toUpperCase(java.util.Locale.ROOT));
        t.append('\n');

        if (file.status() == Status.DUPLICATE && original.isPresent()) {
            t.append("Этот файл уже учтён: файл с тем же содержимым принят ")
                    .append(RussianFormat.dateTime(original.get().receivedAt(), zone))
                    .append(" (протокол № ").append(original.get().id()).append(", файл «")
                    .append(shown(original.get().originalName())).append("») и действует сейчас.\nДанные повторно не учитываются.\n\n");
        }
        if (!brought.isEmpty()) {
            t.append("Принятые данные:\n");
            for (StoredSubmission s : brought) {
                t.append("  • ").append(s.work().titleWithYear()).append(" — ")
                        .append(s.sheets().size() == 1 ? "лист «" + s.sheets().get(0) + "»" : "листы «" + String.join("», «", s.sheets()) + "»")
                        .append(": ").append(RussianFormat.count(s.participants(), "строка", "строки", "строк"))
                        .append(" участников.\n");
                for (Replacement r : replaced) {
                    if (r.submission().work().equals(s.work())) {
                        t.append("    Заменяют данные файла «").append(shown(r.file().originalName())).append("», принятого ")
                                .append(RussianFormat.dateTime(r.file().receivedAt(), zone))
                                .append(" (протокол № ").append(r.file().id()).append("); прежний файл сохранён в архиве.\n");
                    }
                }
            }
            t.append('\n');
        }
        if (!federal.entries().isEmpty()) {
            java.util.Set<Integer> years = new java.util.TreeSet<>();
            federal.entries().forEach(e -> years.add(e.year()));
            long ours = federal.entries().stream().filter(e -> reference.school(e.login()).isPresent()).count();
            t.append("Принятые данные: перечень за ").append(years.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "))).append(years.size() == 1 ? " год" : " годы")
                    .append(" — ").append(RussianFormat.count(federal.entries().size(), "строка", "строки", "строк"))
                    .append(", из них школ района: ").append(ours).append(".\n");
            federal.entries().stream().filter(e -> reference.school(e.login()).isPresent()).forEach(e -> t.append("  • ")
                    .append(e.year()).append(": ").append(school(e.login(), reference)).append(" — маркеров: ").append(e.markerCount())
                    .append(e.markers().isEmpty() ? "" : " (" + String.join("; ", e.markers()) + ")").append('\n'));
            t.append("Перечень прошлого года учитывается в признаке F. Перечень, присланный повторно за тот же год,"
                    + " заменяет прежний.\n\n");
        }
        StringBuilder stays = new StringBuilder();
        for (Replacement r : inForce) {
            stays.append("В силе остаются данные по работе «").append(r.submission().work().titleWithYear())
                    .append("», принятые ").append(RussianFormat.dateTime(r.file().receivedAt(), zone))
                    .append(" из файла «").append(shown(r.file().originalName())).append("» (протокол № ").append(r.file().id())
                    .append("): они учитываются в статистике, пока исправленный файл не будет принят.\n");
        }
        verdict(t, file, stays.toString());
        return t.toString();
    }

    /**
     * The receipt of a school's «График проведения ВПР»: the sittings it brought and the schedule it supersedes,
     * or — rejected — the schedule that stays in force.
     *
     * @param replaced for an accepted schedule: the file of the school's schedule it supersedes, if there was one
     * @param inForce  for a rejected schedule: the file of the school's schedule that stays in force, if there is one
     */
    public static String schedule(ReceivedFile file, StoredSchedule schedule, Optional<ReceivedFile> replaced,
                                  Optional<ReceivedFile> inForce, Reference reference, ZoneId zone) {
        StringBuilder t = new StringBuilder();
        heading(t, file, reference, zone);
        line(t, "Школа", school(file.school(), reference));
        line(t, "Вид", "график проведения ВПР " + schedule.year());
        line(t, "Результат", file.status().label().toUpperCase(java.util.Locale.ROOT));
        t.append('\n');
        if (schedule.accepted()) {
            List<Sitting> sittings = schedule.sittings();
            t.append("Принятый график: ").append(RussianFormat.count(sittings.size(), "строка", "строки", "строк"));
            if (!sittings.isEmpty()) {
                t.append(", даты с ").append(RussianFormat.date(sittings.get(0).date())).append(" по ")
                        .append(RussianFormat.date(sittings.get(sittings.size() - 1).date()));
            }
            t.append(":\n");
            for (Sitting s : sittings) {
                t.append("  • ").append(RussianFormat.date(s.date())).append(" — ").append(s.work().title())
                        .append(s.classes().isEmpty() ? "" : ": " + String.join(", ", s.classes())).append('\n');
            }
            replaced.ifPresent(r -> t.append("  Заменяет график из файла «").append(shown(r.originalName()))
                    .append("», принятого ").append(RussianFormat.dateTime(r.receivedAt(), zone)).append(" (протокол № ")
                    .append(r.id()).append("); прежний файл сохранён в архиве.\n"));
            t.append('\n');
        }
        String stays = schedule.accepted() ? "" : inForce.map(r -> "В силе остаётся график, принятый "
                + RussianFormat.dateTime(r.receivedAt(), zone) + " из файла «" + shown(r.originalName()) + "» (протокол № "
                + r.id() + "): его даты действуют, пока исправленный файл не будет принят.\n")
                .orElse("Принятого графика школы пока нет.\n");
        verdict(t, file, stays);
        return t.toString();
    }

    /**
     * The receipt of a public observer's report: the school and day it is about, what it says went wrong, and the
     * report of the same school and day it supersedes or — rejected — the one that still counts.
     *
     * @param earlier for an accepted report: the file of the report it supersedes; for a rejected one: the file of the
     *                report that still counts for that school and day; if there is one
     */
    public static String observerReport(ReceivedFile file, StoredObserverReport report, Optional<ReceivedFile> earlier,
                                        Reference reference, ZoneId zone) {
        StringBuilder t = new StringBuilder();
        heading(t, file, reference, zone);
        if (!report.school().isEmpty()) {
            line(t, "Школа", school(report.school(), reference));
        }
        line(t, "Вид", "отчёт общественного наблюдателя о проведении ВПР " + report.year()
                + (report.date() == null ? "" : ", " + RussianFormat.date(report.date())));
        if (!report.observer().isEmpty()) {
            line(t, "Наблюдатель", report.observer());
        }
        line(t, "Результат", file.status().label().toUpperCase(java.util.Locale.ROOT));
        t.append('\n');
        if (report.accepted()) {
            if (report.violations().isEmpty()) {
                t.append("По отчёту нарушений порядка проведения ВПР не выявлено.\n");
            } else {
                t.append("По отчёту — ").append(RussianFormat.count(report.violations().size(), "ответ «нет»", "ответа «нет»",
                        "ответов «нет»")).append(":\n");
                report.violations().forEach(v -> t.append("  • ").append(v).append('\n'));
            }
            if (!report.remarks().isEmpty()) {
                t.append("Замечания наблюдателя: ").append(report.remarks()).append('\n');
            }
            earlier.ifPresent(r -> t.append("  Заменяет отчёт из файла «").append(shown(r.originalName()))
                    .append("», принятого ").append(RussianFormat.dateTime(r.receivedAt(), zone)).append(" (протокол № ")
                    .append(r.id()).append("); прежний файл сохранён в архиве.\n"));
            t.append('\n');
        }
        String stays = report.accepted() ? "" : earlier.map(r -> "В силе остаётся отчёт, принятый "
                + RussianFormat.dateTime(r.receivedAt(), zone) + " из файла «" + shown(r.originalName()) + "» (протокол № "
                + r.id() + ").\n").orElse("");
        verdict(t, file, stays);
        return t.toString();
    }

    /** The title and the file's lines every receipt starts with. */
    private static void heading(StringBuilder t, ReceivedFile file, Reference reference, ZoneId zone) {
        t.append("ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № ").append(file.id()).append('\n');
        t.append(reference.requisites().bodyName()).append("\n\n");
        line(t, "Файл", shown(file.originalName()));
        line(t, "Получен", RussianFormat.dateTime(file.receivedAt(), zone)
                + (file.source().equals("веб") ? " через веб-форму" : " через общую папку"));
    }

    /** The problems, what stays in force (for a rejected file) and the closing line, as every receipt ends. */
    private static void verdict(StringBuilder t, ReceivedFile file, String stays) {
        List<Problem> errors = file.problems().stream().filter(Problem::isError).toList();
        List<Problem> warnings = file.problems().stream().filter(p -> !p.isError()).toList();
        if (!errors.isEmpty()) {
            boolean one = errors.size() == 1;
            t.append(one ? "Ошибка (1) — файл не принят. Исправьте её" : "Ошибки (" + errors.size() + ") — файл не принят."
                    + " Исправьте их").append(" и отправьте файл заново:\n");
            numbered(t, errors);
        }
        if (!stays.isEmpty()) {
            t.append(stays).append('\n');
        }
        if (!warnings.isEmpty()) {
            boolean one = warnings.size() == 1;
            t.append(file.status().accepted()
                    ? (one ? "Замечание (1) — файл принят, но проверьте его:\n" : "Замечания (" + warnings.size()
                    + ") — файл принят, но проверьте их:\n")
                    : (one ? "Замечание (1):\n" : "Замечания (" + warnings.size() + "):\n"));
            numbered(t, warnings);
        }
        if (file.omittedProblems() > 0) {
            long n = file.omittedProblems();
            t.append("…и ещё ").append(RussianFormat.count(n, "замечание", "замечания", "замечаний"))
                    .append(" того же рода ").append(n % 10 == 1 && n % 100 != 11 ? "не показано" : "не показаны")
                    .append(": исправьте показанные и отправьте файл заново.\n\n");
        }
        if (file.status() == Status.ACCEPTED) {
            t.append("Замечаний нет.\n\n");
        }
        t.append("Подлинник файла сохранён без изменений в архиве управления образования.\n");
    }

    /** An earlier submission replaced by the new file, with the file it came from. */
    public record Replacement(StoredSubmission submission, ReceivedFile file) {
    }

    private static void numbered(StringBuilder t, List<Problem> problems) {
        int n = 1;
        for (Problem p : problems) {
            t.append(String.format("%4d. ", n++)).append(p.describe()).append('\n');
        }
        t.append('\n');
    }

    private static void line(StringBuilder t, String label, String value) {
        t.append(String.format("%-10s %s", label + ":", value)).append('\n');
    }

    private static String school(String login, Reference reference) {
        if (login.isEmpty()) {
            return "не определена";
        }
        return reference.school(login).map(School::name).map(n -> n + " (" + login + ")").orElse(login);
    }

    /**
     * A sender's file name as a receipt line shows it: a line break or other control character in the name (possible
     * on a Linux share) would break the receipt's layout or forge a line, so each run of them becomes one space.
     */
    public static String shown(String name) {
        return name.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
