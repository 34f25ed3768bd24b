package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.List;

/** Reading multipart uploads within the limits set in {@link WebApp}, with Russian answers when they are exceeded. */
final class Uploads {

    private Uploads() {
    }

    /** The files of a form field; a request over the size limits becomes a Russian refusal, not a server error. */
    static List<UploadedFile> files(Context ctx, String field) {
        try {
            return ctx.uploadedFiles(field);
        } catch (Exception e) { // Jetty throws ServletException through Kotlin, undeclared
            throw refusal(e);
        }
    }

    /** A form field; reading it parses a multipart body, so the same limits apply. */
    static String formParam(Context ctx, String field) {
        try {
            return ctx.formParam(field);
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static Guard.Refusal refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("size exceeded") || String.valueOf(t.getMessage()).contains("too large")) {
                return tooLarge();
            }
        }
        return new Guard.Refusal(HttpStatus.BAD_REQUEST, "Запрос повреждён: отправьте форму ещё раз.");
    }

    static Guard.Refusal tooLarge() {
        return new Guard.Refusal(HttpStatus.CONTENT_TOO_LARGE, "Файл слишком большой: можно отправить файлы до "
                + Intake.MAX_FILE_MB + " МБ каждый, не больше " + Intake.MAX_FILES + " за раз.");
    }

    /**
     * The name a sender gave, for showing only: without the folders some browsers send along
     * («C:\fakepath\…»), control characters, or unbounded length. Never used as a path.
     */
    static String displayName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() ? "файл" : name;
    }
}
