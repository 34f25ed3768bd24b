package ru.vprsvod.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A plain HTTP client with cookies, as a browser without scripts: follows no redirects (tests check them),
 * sends the form token it last saw and, like browsers, the Origin of the page on every form.
 */
final class Browser {

    record Response(int status, String body, byte[] bytes, java.net.http.HttpHeaders headers) {
        Document html() {
            return Jsoup.parse(body);
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        /** The visible text of the page's main part. */
        String text() {
            return html().select("main").text();
        }
    }

    /** A file to send in a multipart form. */
    record Part(String field, String fileName, byte[] content) {
    }

    final String origin;
    private final HttpClient client;
    String csrf = "";

    Browser(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Browser(int port, HttpClient client) {
        this.origin = "http://localhost:" + port;
        this.client = client;
    }

    /** The same browser (its cookies, its form token) opening the service at another port, e.g. after a restart. */
    Browser at(int port) {
        Browser same = new Browser(port, client);
        same.csrf = csrf;
        return same;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    Response post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", csrf);
        all.putAll(form);
        StringBuilder body = new StringBuilder();
        all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Response multipart(String path, Map<String, String> fields, List<Part> files) {
        Response answer = multipartAsIs(path, fields, files);
        // As a browser does after a form: «See Other» is followed with a GET (the upload's receipts page).
        return answer.status() == 303 ? get(answer.location()) : answer;
    }

    /** The form's own answer, a redirect not followed. */
    Response multipartAsIs(String path, Map<String, String> fields, List<Part> files) {
        String boundary = "----vprsvod" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", csrf);
        all.putAll(fields);
        all.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n"
                + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Part p : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\""
                    + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Origin", origin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            Response response = new Response(r.statusCode(), body, r.body(), r.headers());
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                String token = response.html().select("input[name=csrf]").attr("value");
                if (!token.isEmpty()) {
                    csrf = token;
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the sign-in page and signs in; returns the answer to the form. */
    Response signIn(String login, String password) {
        get("/login");
        return post("/login", Map.of("login", login, "password", password));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
