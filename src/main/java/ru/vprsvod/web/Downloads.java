package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends files as attachments with their Russian names; the names are ours, never a sender's path. */
final class Downloads {

    private Downloads() {
    }

    static void file(Context ctx, Path file) {
        file(ctx, file, file.getFileName().toString());
    }

    /** A file downloaded under another name (an archived original under the name it was sent with). */
    static void file(Context ctx, Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого файла.");
        }
        attachment(ctx, name);
        try {
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bytes(Context ctx, String name, byte[] content) {
        attachment(ctx, name);
        ctx.result(content);
    }

    private static void attachment(Context ctx, String name) {
        ctx.contentType(contentType(name));
        // An ASCII fallback for old clients, the real name for all others (RFC 6266).
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + Html.url(name));
    }

    static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (n.endsWith(".json")) {
            return "application/json";
        }
        if (n.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
