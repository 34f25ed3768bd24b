package ru.vprsvod.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredSchedule;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;

/**
 * «Файлы» for the coordinator: every file received, found by school, work, result and date, sorted, a page at a
 * time; which file counts now for its school × work; the receipt and the unchanged original from the archive.
 */
final class FilesPage {

    static final int PER_PAGE = 50;

    private final ResultsStore store;
    private final Page page;
    private final Path dataFolder;
    private final Clock clock;

    FilesPage(ResultsStore store, Page page, Path dataFolder, Clock clock) {
        this.store = store;
        this.page = page;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** What the coordinator asked for, from the query; a value that makes no sense is dropped with a note. */
    private record Query(String school, String work, Status status, LocalDate from, LocalDate to, String sort, int page,
                         List<String> notes) {

        static Query of(Context ctx) {
            List<String> notes = new ArrayList<>();
            Status status = null;
            String s = Intake.blankToNull(ctx.queryParam("status"));
            if (s != null) {
                try {
                    status = Status.valueOf(s);
                } catch (IllegalArgumentException e) {
                    notes.add("Неизвестный результат «" + s + "» не учтён.");
                }
            }
            String sort = Intake.blankToNull(ctx.queryParam("sort"));
            if (sort != null && !SORTS.containsKey(sort)) {
                notes.add("Неизвестный порядок «" + sort + "»: файлы показаны от новых к старым.");
                sort = null;
            }
            int number = 1;
            String p = Intake.blankToNull(ctx.queryParam("page"));
            if (p != null) {
                try {
                    number = Math.max(1, Integer.parseInt(p));
                } catch (NumberFormatException e) {
                    notes.add("Номер страницы «" + p + "» не число: показана первая.");
                }
            }
            return new Query(lower(ctx.queryParam("school")), lower(ctx.queryParam("work")), status,
                    date(ctx.queryParam("from"), "с", notes), date(ctx.queryParam("to"), "по", notes),
                    sort == null ? "new" : sort, number, List.copyOf(notes));
        }

        private static LocalDate date(String text, String which, List<String> notes) {
            String t = Intake.blankToNull(text);
            if (t == null) {
                return null;
            }
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                notes.add("Дата «" + which + "» «" + t + "» не распознана (нужна дата ГГГГ-ММ-ДД): не учтена.");
                return null;
            }
        }

        private static String lower(String text) {
            String t = Intake.blankToNull(text);
            return t == null ? null : t.toLowerCase(Locale.ROOT);
        }

        /** The same query on another page or in another order, as a link. */
        String link(String sortBy, int pageNumber) {
            StringBuilder b = new StringBuilder("/files?");
            append(b, "school", school);
            append(b, "work", work);
            append(b, "status", status == null ? null : status.name());
            append(b, "from", from == null ? null : from.toString());
            append(b, "to", to == null ? null : to.toString());
            append(b, "sort", sortBy.equals("new") ? null : sortBy);
            append(b, "page", pageNumber == 1 ? null : String.valueOf(pageNumber));
            String link = b.toString();
            return link.endsWith("?") || link.endsWith("&") ? link.substring(0, link.length() - 1) : link;
        }

        private static void append(StringBuilder b, String key, String value) {
            if (value != null) {
                b.append(key).append('=').append(Html.url(value)).append('&');
            }
        }
    }

    /**
     * One row: the file, its works and whether its data count now.
     *
     * @param schedule «График проведения ВПР 2026» when the file was a school's schedule, else empty
     */
    private record Row(ReceivedFile file, String schoolLabel, List<Work> works, String schedule, boolean inForce) {
        String worksText() {
            return works.isEmpty() ? schedule : String.join("; ", works.stream().map(Work::titleWithYear).toList());
        }
    }

    private static final Map<String, String> SORTS = new LinkedHashMap<>();
    static {
        SORTS.put("new", "от новых к старым");
        SORTS.put("old", "от старых к новым");
        SORTS.put("school", "по школе");
        SORTS.put("status", "по результату");
        SORTS.put("name", "по имени файла");
    }

    void list(Context ctx) {
        Query q = Query.of(ctx);
        List<Row> rows = rows();
        List<Row> found = rows.stream().filter(r -> matches(r, q)).sorted(order(q.sort())).toList();
        int pages = Math.max(1, (found.size() + PER_PAGE - 1) / PER_PAGE);
        int number = Math.min(q.page(), pages);
        List<Row> shown = found.subList((number - 1) * PER_PAGE, Math.min(found.size(), number * PER_PAGE));

        StringBuilder b = new StringBuilder();
        b.append(form(q));
        for (String note : q.notes()) {
            b.append("<p class=notice>").append(Html.escape(note)).append("</p>");
        }
        b.append("<p role=status>Найдено файлов: ").append(found.size()).append(" из ").append(rows.size())
                .append(found.isEmpty() ? "." : "; показаны " + ((number - 1) * PER_PAGE + 1) + "–"
                        + ((number - 1) * PER_PAGE + shown.size()) + ".").append("</p>");
        if (!shown.isEmpty()) {
            b.append(table(shown, q));
        }
        b.append(pager(q, number, pages));
        page.render(ctx, "Полученные файлы", b.toString());
    }

    /** GET /files/{id}/original: the file exactly as it was received, from the archive of originals. */
    void original(Context ctx, ReceivedFile f) {
        Downloads.file(ctx, dataFolder.resolve(f.archivePath()), Uploads.displayName(f.originalName()));
    }

    private List<Row> rows() {
        Map<Long, List<Work>> works = new HashMap<>();
        Set<Long> inForce = new HashSet<>();
        for (int year : store.years()) {
            for (ResultsStore.FileWork w : store.fileWorks(year)) {
                works.computeIfAbsent(w.fileId(), k -> new ArrayList<>()).add(w.work());
            }
            for (StoredSubmission s : store.currentSubmissions(year)) {
                inForce.add(s.fileId());
            }
        }
        Map<Long, StoredSchedule> schedules = new HashMap<>();
        for (StoredSchedule s : store.scheduleFiles()) {
            schedules.put(s.fileId(), s);
            if (s.inForce()) {
                inForce.add(s.fileId());
            }
        }
        Map<Long, String> reports = new HashMap<>();
        store.observerReportFiles().forEach(r -> reports.put(r.fileId(), "Отчёт наблюдателя ВПР " + r.year()
                + (r.date() == null ? "" : ", " + RussianFormat.date(r.date()))));
        List<Row> rows = new ArrayList<>();
        for (ReceivedFile f : store.files()) {
            String label = f.school().isEmpty() ? "не определена" : page.schoolLabel(f.school());
            String schedule = schedules.containsKey(f.id()) ? "График проведения ВПР " + schedules.get(f.id()).year()
                    : reports.getOrDefault(f.id(), "");
            rows.add(new Row(f, label, works.getOrDefault(f.id(), List.of()), schedule, inForce.contains(f.id())));
        }
        return rows;
    }

    private boolean matches(Row r, Query q) {
        LocalDate day = r.file().receivedAt().atZone(clock.getZone()).toLocalDate();
        return (q.school() == null || r.schoolLabel().toLowerCase(Locale.ROOT).contains(q.school())
                        || r.file().school().toLowerCase(Locale.ROOT).contains(q.school()))
                && (q.work() == null || everyWord(q.work(), r.worksText() + " " + r.file().originalName()))
                && (q.status() == null || r.file().status() == q.status())
                && (q.from() == null || !day.isBefore(q.from()))
                && (q.to() == null || !day.isAfter(q.to()));
    }

    /** «математика 4» finds «Математика, 4 класс, 2026» and «edu990001_Математика_4_2026.xlsx» alike. */
    private static boolean everyWord(String query, String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        for (String word : query.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.stream().noneMatch(w -> w.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Row> order(String sort) {
        Comparator<Row> newest = Comparator.comparing((Row r) -> r.file().receivedAt()).thenComparing(r -> r.file().id()).reversed();
        return switch (sort) {
            case "old" -> newest.reversed();
            case "school" -> Comparator.comparing(Row::schoolLabel).thenComparing(newest);
            case "status" -> Comparator.comparing((Row r) -> r.file().status()).thenComparing(newest);
            case "name" -> Comparator.comparing((Row r) -> r.file().originalName().toLowerCase(Locale.ROOT)).thenComparing(newest);
            default -> newest;
        };
    }

    private static String form(Query q) {
        StringBuilder b = new StringBuilder("<form class=filters method=get action=\"/files\" role=search>");
        b.append("<label>Школа <input name=school value=\"").append(Html.escape(q.school() == null ? "" : q.school()))
                .append("\" placeholder=\"название или логин\"></label>");
        b.append("<label>Работа <input name=work value=\"").append(Html.escape(q.work() == null ? "" : q.work()))
                .append("\" placeholder=\"например: математика 4\"></label>");
        b.append("<label>Результат <select name=status><option value=\"\">любой</option>");
        for (Status s : Status.values()) {
            b.append("<option value=").append(s.name()).append(s == q.status() ? " selected" : "").append('>')
                    .append(Html.escape(s.label())).append("</option>");
        }
        b.append("</select></label>");
        b.append("<label>Получен с <input type=date name=from value=\"").append(q.from() == null ? "" : q.from()).append("\"></label>");
        b.append("<label>по <input type=date name=to value=\"").append(q.to() == null ? "" : q.to()).append("\"></label>");
        b.append("<label>Порядок <select name=sort>");
        SORTS.forEach((key, label) -> b.append("<option value=").append(key).append(key.equals(q.sort()) ? " selected" : "")
                .append('>').append(Html.escape(label)).append("</option>"));
        b.append("</select></label><button type=submit>Найти</button> <a href=\"/files\">Сбросить</a></form>");
        return b.toString();
    }

    private String table(List<Row> rows, Query q) {
        StringBuilder b = new StringBuilder("<div class=scroll><table class=files><thead><tr>")
                .append("<th scope=col>№</th><th scope=col><a href=\"").append(Html.escape(q.link(q.sort().equals("new") ? "old" : "new", 1)))
                .append("\">Получен</a></th><th scope=col><a href=\"").append(Html.escape(q.link("name", 1))).append("\">Файл</a></th>")
                .append("<th scope=col><a href=\"").append(Html.escape(q.link("school", 1))).append("\">Школа</a></th>")
                .append("<th scope=col>Работы</th><th scope=col><a href=\"").append(Html.escape(q.link("status", 1)))
                .append("\">Результат</a></th><th scope=col>Ошибок</th><th scope=col>Замечаний</th><th scope=col>Действует</th>")
                .append("<th scope=col>Протокол и подлинник</th></tr></thead><tbody>");
        for (Row r : rows) {
            ReceivedFile f = r.file();
            long errors = f.problems().stream().filter(Problem::isError).count();
            b.append("<tr><td>").append(f.id()).append("</td><td>").append(RussianFormat.dateTime(f.receivedAt(), clock.getZone()))
                    .append("</td><td>").append(Html.escape(f.originalName())).append("</td><td>").append(Html.escape(r.schoolLabel()))
                    .append("</td><td>").append(r.worksText().isEmpty() ? "—" : Html.escape(r.worksText())).append("</td><td>")
                    .append(ReceiptView.badge(f.status())).append("</td><td>").append(errors).append("</td><td>")
                    .append(f.problems().size() - errors).append("</td><td class=in-force>")
                    .append(r.inForce() ? "да — данные этого файла учитываются" : "—").append("</td><td><a href=\"/files/")
                    .append(f.id()).append("\">протокол</a> · <a href=\"/files/").append(f.id()).append("/receipt\">скачать протокол</a>")
                    .append(" · <a href=\"/files/").append(f.id()).append("/original\">подлинник</a></td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static String pager(Query q, int number, int pages) {
        if (pages == 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=pager aria-label=\"Страницы\">");
        if (number > 1) {
            b.append("<a href=\"").append(Html.escape(q.link(q.sort(), number - 1))).append("\" rel=prev>← предыдущая</a> ");
        }
        b.append("<span>страница ").append(number).append(" из ").append(pages).append("</span>");
        if (number < pages) {
            b.append(" <a href=\"").append(Html.escape(q.link(q.sort(), number + 1))).append("\" rel=next>следующая →</a>");
        }
        return b.append("</nav>").toString();
    }
}
