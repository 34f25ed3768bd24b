package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StatusBoard;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.workbook.Workbooks;

/**
 * Sending files and reading receipts: a clerk uploads for their own school only (the school comes from the
 * sign-in, never from the form) and sees only that school's files; a coordinator may upload for any school
 * and sees all. Another school's file is «not found», so its existence is not revealed either.
 */
final class Intake {

    static final int MAX_FILES = 20;
    static final int MAX_FILE_MB = 20;

    private final ReferenceSource references;
    private final ResultsStore store;
    private final SchedulePage schedule;
    private final Pipeline pipeline;
    private final Outbox outbox;
    private final Page page;
    private final Clock clock;

    Intake(ReferenceSource references, ResultsStore store, SchedulePage schedule, Pipeline pipeline, Outbox outbox, Page page,
           Clock clock) {
        this.references = references;
        this.store = store;
        this.schedule = schedule;
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.page = page;
        this.clock = clock;
    }

    /** The clerk's start page: the upload form and the school's earlier files. */
    void schoolHome(Context ctx) {
        Session session = Guard.session(ctx);
        StringBuilder b = new StringBuilder("<p class=lead>").append(Html.escape(page.schoolLabel(session.school())))
                .append("</p>");
        references.current().ifPresent(r -> b.append(checklist(r, session.school())).append(schedule.clerkSection(session.school())));
        b.append(uploadForm(session));
        b.append("<h2>Отправленные файлы</h2>");
        b.append(fileTable(store.filesOf(session.school())));
        page.render(ctx, "Загрузка результатов ВПР", b.toString());
    }

    /**
     * The school's own checklist for the campaign year: every work its grades write, whether its results are in
     * (and by which file), rejected and awaited again, or not sent; where a later file was rejected, that the data
     * accepted before still count.
     */
    private String checklist(Reference reference, String login) {
        int year = reference.campaignYear();
        StatusBoard board = StatusBoard.of(reference, year, store);
        Optional<StatusBoard.Row> row = board.rows().stream().filter(r -> r.school().login().equals(login)).findFirst();
        if (row.isEmpty()) {
            return "";
        }
        Map<Work, Long> inForce = new HashMap<>();
        for (StoredSubmission s : store.currentSubmissions(year)) {
            if (s.school().equals(login)) {
                inForce.put(s.work(), s.fileId());
            }
        }
        StringBuilder b = new StringBuilder("<section class=checklist><h2>Работы ").append(year)
                .append(" года</h2><div class=scroll><table class=checklist><thead><tr><th scope=col>Работа</th>")
                .append("<th scope=col>Состояние</th><th scope=col>Учитывается файл</th></tr></thead><tbody>");
        long owed = 0;
        for (StatusBoard.Cell c : row.get().cells()) {
            if (c.state() == StatusBoard.State.NOT_EXPECTED) {
                continue;
            }
            String state = switch (c.state()) {
                case ACCEPTED, RESUBMITTED -> c.laterRejected()
                        ? "принято; последний файл отклонён — учитываются данные, принятые раньше"
                        : c.state() == StatusBoard.State.RESUBMITTED ? "принято (файл прислан повторно)" : "принято";
                case REJECTED -> "отклонено — ждём исправленный файл";
                default -> "не сдано";
            };
            owed += c.state() == StatusBoard.State.REJECTED || c.state() == StatusBoard.State.MISSING ? 1 : 0;
            String css = c.state() == StatusBoard.State.REJECTED || c.laterRejected() ? "bad"
                    : c.state() == StatusBoard.State.MISSING ? "missing" : "ok";
            b.append("<tr><th scope=row>").append(Html.escape(c.work().title())).append("</th><td class=").append(css).append('>')
                    .append(Html.escape(state));
            c.latestFile().filter(f -> c.state() == StatusBoard.State.REJECTED || c.laterRejected())
                    .ifPresent(f -> b.append(" (<a href=\"/files/").append(f.id()).append("\">протокол № ").append(f.id())
                            .append("</a>)"));
            b.append("</td><td>");
            Long file = inForce.get(c.work());
            b.append(file == null ? "—" : "<a href=\"/files/" + file + "\">протокол № " + file + "</a>");
            b.append("</td></tr>");
        }
        b.append("</tbody></table></div><p class=").append(owed == 0 ? "ok" : "notice").append(" role=status>")
                .append(owed == 0 ? "Все работы школы приняты." : "Осталось сдать или исправить: "
                        + RussianFormat.count(owed, "работа", "работы", "работ") + ".")
                .append("</p></section>");
        return b.toString();
    }

    /** The coordinator's upload page (a clerk's is the start page). */
    void uploadPage(Context ctx) {
        page.render(ctx, "Загрузить файл", uploadForm(Guard.session(ctx)));
    }

    private String uploadForm(Session session) {
        Optional<Reference> reference = references.current();
        StringBuilder b = new StringBuilder("<form class=upload method=post action=\"/upload\" enctype=\"multipart/form-data\">");
        b.append(Page.csrf(session));
        b.append("<label class=file>Файлы с результатами (.xlsx, .xls, .ods; не больше ").append(MAX_FILES).append(" файлов по ")
                .append(MAX_FILE_MB).append(" МБ)<input type=file name=files multiple required accept=\".xlsx,.xlsm,.xls,.ods\"></label>");
        if (session.isCoordinator()) {
            b.append("<label>Школа<select name=school><option value=\"\">— определить по файлу —</option>");
            reference.ifPresent(r -> r.schools().forEach(s -> b.append("<option value=\"").append(Html.escape(s.login())).append("\">")
                    .append(Html.escape(s.name() + " (" + s.login() + ")")).append("</option>")));
            b.append("</select></label>");
        }
        b.append("<fieldset><legend>Если в файле не указано, какая это работа</legend>");
        b.append("<label>Предмет<select name=subject><option value=\"\">— из файла —</option>");
        reference.ifPresent(r -> r.subjectNames().stream().sorted().forEach(s ->
                b.append("<option>").append(Html.escape(s)).append("</option>")));
        b.append("</select></label><label>Класс<select name=grade><option value=\"\">— из файла —</option>");
        for (int g = 1; g <= 11; g++) {
            b.append("<option>").append(g).append("</option>");
        }
        b.append("</select></label><label>Год<select name=year><option value=\"\">— из файла —</option>");
        reference.ifPresent(r -> r.specs().stream().map(s -> s.work().year()).distinct().sorted(java.util.Comparator.reverseOrder())
                .forEach(y -> b.append("<option>").append(y).append("</option>")));
        b.append("</select></label></fieldset>");
        b.append("<p class=hint>Школа, предмет, класс и год берутся прежде всего из самого файла (лист «Сведения», имя файла");
        b.append(" вида edu990001_Математика_4_2026.xlsx); поля выше нужны, только если в файле этого нет.</p>");
        b.append("<button type=submit>Отправить</button></form>");
        return b.toString();
    }

    void upload(Context ctx) {
        Session session = Guard.session(ctx);
        Reference reference = references.current().orElseThrow(() -> new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE,
                "Справочник управления образования не загружен: файлы сейчас не принимаются. Сообщите координатору."));
        List<UploadedFile> files = Uploads.files(ctx, "files");
        if (files.isEmpty()) {
            throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "Выберите файл с результатами.");
        }
        if (files.size() > MAX_FILES) {
            throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "За один раз можно отправить не больше " + MAX_FILES
                    + " файлов, выбрано " + files.size() + ".");
        }
        String school = session.isCoordinator() ? chosenSchool(ctx, reference) : session.school();
        String subject = blankToNull(ctx.formParam("subject"));
        if (subject != null) {
            subject = reference.subject(subject).orElseThrow(() -> new Guard.Refusal(HttpStatus.BAD_REQUEST, "Неизвестный предмет."));
        }
        Integer grade = number(ctx.formParam("grade"), 1, 11);
        Integer year = number(ctx.formParam("year"), 2000, 2100);
        List<Long> ids = new ArrayList<>();
        StringBuilder refused = new StringBuilder();
        for (UploadedFile file : files) {
            String name = Uploads.displayName(file.filename());
            try (InputStream in = new BufferedInputStream(file.content(), Workbooks.HEAD_BYTES + 1)) {
                in.mark(Workbooks.HEAD_BYTES + 1);
                Optional<String> why = Workbooks.whyNotASpreadsheet(in.readNBytes(Workbooks.HEAD_BYTES));
                in.reset();
                if (why.isPresent()) {
                    refused.append("<li><strong>").append(Html.escape(name)).append("</strong>: ").append(Html.escape(why.get()))
                            .append("</li>");
                    continue;
                }
                Optional<ReceivedFile> received;
                try {
                    received = pipeline.upload(in, name, school, subject, grade, year);
                } catch (Pipeline.FaultException e) {
                    throw new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE, session.isCoordinator() ? e.fault().sentence()
                            : e.fault().forSenders());
                }
                if (received.isEmpty()) {
                    throw new Guard.Refusal(HttpStatus.SERVICE_UNAVAILABLE, "Справочник управления образования не загружен:"
                            + " файлы сейчас не принимаются. Сообщите координатору.");
                }
                ids.add(received.get().id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (refused.length() == 0) {
            // Post/Redirect/Get: reloading the receipts page must not send the files again.
            ctx.redirect("/checked?ids=" + String.join(",", ids.stream().map(String::valueOf).toList()), HttpStatus.SEE_OTHER);
            return;
        }
        StringBuilder b = new StringBuilder("<section class=refused><h2 class=bad>Не приняты к проверке</h2><ul>").append(refused)
                .append("</ul><p>Отправьте таблицу Excel (.xlsx, .xls) или LibreOffice (.ods).</p></section>");
        ctx.status(ids.isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        receipts(ctx, session, b, ids.stream().map(id -> store.file(id).orElseThrow()).toList());
    }

    /** GET /checked?ids=…: the receipts of the files just sent (where an upload leads). */
    void checked(Context ctx) {
        Session session = Guard.session(ctx);
        List<ReceivedFile> files = new ArrayList<>();
        for (String part : String.valueOf(ctx.queryParam("ids")).split(",")) {
            try {
                store.file(Long.parseLong(part.strip())).filter(f -> visibleTo(session, f)).ifPresent(files::add);
            } catch (NumberFormatException e) {
                // not one of ours: skipped like a file the person may not see
            }
            if (files.size() >= MAX_FILES) {
                break;
            }
        }
        if (files.isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет таких файлов.");
        }
        receipts(ctx, session, new StringBuilder(), files);
    }

    private void receipts(Context ctx, Session session, StringBuilder b, List<ReceivedFile> files) {
        for (ReceivedFile f : files) {
            b.append(ReceiptView.html(f, store.submissionsOfFile(f.id()), stillInForce(f), schedule(f), store.observerReportOfFile(f.id()),
                    page.schoolLabel(f.school()),
                    clock.getZone()));
        }
        b.append("<p><a class=button href=\"").append(session.isCoordinator() ? "/upload" : "/").append("\">Отправить ещё файлы</a></p>");
        page.render(ctx, files.size() == 1 ? "Результат проверки файла" : "Результаты проверки файлов", b.toString());
    }

    private static String chosenSchool(Context ctx, Reference reference) {
        String chosen = blankToNull(ctx.formParam("school"));
        if (chosen == null) {
            return null;
        }
        return reference.school(chosen).map(School::login)
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.BAD_REQUEST, "Школы «" + chosen + "» нет в справочнике."));
    }

    /** GET /files/{id}: the receipt as a page. */
    void receipt(Context ctx) {
        ReceivedFile f = visibleFile(ctx);
        page.render(ctx, "Протокол проверки файла № " + f.id(),
                ReceiptView.html(f, store.submissionsOfFile(f.id()), stillInForce(f), schedule(f), store.observerReportOfFile(f.id()),
                    page.schoolLabel(f.school()),
                        clock.getZone()));
    }

    /** GET /files/{id}/receipt: the receipt's text file, as written to the outbox. */
    void receiptText(Context ctx) {
        ReceivedFile f = visibleFile(ctx);
        Downloads.file(ctx, outbox.resolve(f.receiptPath()));
    }

    /** For a «График»: the schedule it superseded or, rejected, the one that stays in force. */
    private Optional<ReceiptView.Schedule> schedule(ReceivedFile f) {
        return store.scheduleVersions(f.id()).map(v -> new ReceiptView.Schedule(v.schedule(),
                v.superseded().flatMap(h -> store.file(h.fileId())), v.stays().flatMap(h -> store.file(h.fileId()))));
    }

    /** For a rejected file: the school's data of the same works accepted before, which still count, with their files. */
    private Map<StoredSubmission, ReceivedFile> stillInForce(ReceivedFile f) {
        Map<StoredSubmission, ReceivedFile> inForce = new java.util.LinkedHashMap<>();
        if (f.status() != ru.vprsvod.submission.Status.REJECTED || f.school().isEmpty()) {
            return inForce;
        }
        for (Work work : store.worksOfFile(f.id())) {
            for (StoredSubmission s : store.currentSubmissions(work.year())) {
                if (s.school().equals(f.school()) && s.work().equals(work)) {
                    store.file(s.fileId()).ifPresent(from -> inForce.put(s, from));
                }
            }
        }
        return inForce;
    }

    /** The file a path names, if the signed-in person may see it; otherwise «not found». */
    ReceivedFile visibleFile(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        Session session = Guard.session(ctx);
        return store.file(id).filter(f -> visibleTo(session, f))
                .orElseThrow(() -> new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла."));
    }

    /** A coordinator sees every file; a clerk the files of their school and the files their school sent. */
    private static boolean visibleTo(Session session, ReceivedFile f) {
        return session.isCoordinator() || f.school().equals(session.school()) || session.school().equals(f.senderSchool());
    }

    /** The coordinator's journal of every received file. */
    /** The clerk's own files (the coordinator's list of every file is {@link FilesPage}). */
    private String fileTable(List<ReceivedFile> files) {
        if (files.isEmpty()) {
            return "<p class=empty>Файлов пока нет.</p>";
        }
        StringBuilder b = new StringBuilder("<div class=scroll><table class=files><thead><tr><th scope=col>№</th><th scope=col>Получен</th><th scope=col>Файл</th>");
        b.append("<th scope=col>Результат</th><th scope=col>Ошибок</th><th scope=col>Замечаний</th><th scope=col>Протокол</th></tr></thead><tbody>");
        for (ReceivedFile f : files) {
            long errors = f.problems().stream().filter(ru.vprsvod.workbook.Problem::isError).count();
            b.append("<tr><td>").append(f.id()).append("</td><td>").append(RussianFormat.dateTime(f.receivedAt(), clock.getZone()))
                    .append("</td><td>").append(Html.escape(f.originalName())).append("</td>");
            b.append("<td>").append(ReceiptView.badge(f.status())).append("</td><td>").append(errors).append("</td><td>")
                    .append(f.problems().size() - errors).append("</td><td><a href=\"/files/").append(f.id())
                    .append("\">открыть</a> · <a href=\"/files/").append(f.id()).append("/receipt\">скачать</a></td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer number(String text, int min, int max) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Guard.Refusal(HttpStatus.BAD_REQUEST, "Неверное значение «" + t + "»: ожидается число от " + min + " до " + max + ".");
    }
}
