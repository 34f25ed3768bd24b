package ru.vprsvod.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route runs (a path with a broken %-encoding, an illegal character, a
 * header too long): the product's Russian page, or JSON under /api/, with the same security headers as every page,
 * instead of Jetty's English default that also names the server.
 */
final class BadRequestPage extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", Guard.CSP);
        String text = code == 404 ? "Страница не найдена." : code >= 500 ? "Внутренняя ошибка программы. Повторите действие."
                : "Адрес или запрос не понят (например, в адресе испорчены символы). Откройте страницу по ссылке с главной.";
        String path = request.getHttpURI() == null ? "" : String.valueOf(request.getHttpURI().getPath());
        byte[] body;
        if (path.startsWith("/api/")) {
            headers.put("Content-Type", "application/json; charset=utf-8");
            body = ("{\"error\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            headers.put("Content-Type", "text/html; charset=utf-8");
            body = Page.standalone(code == 404 ? "Не найдено" : code >= 500 ? "Ошибка" : "Неверный запрос", text)
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
