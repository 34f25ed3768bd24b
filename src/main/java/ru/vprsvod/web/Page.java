package ru.vprsvod.web;

import io.javalin.http.Context;
import java.util.List;
import ru.vprsvod.intake.Fault;
import ru.vprsvod.reference.ReferenceSource;

/** The shared layout: a header with the department's name, the menu of the signed-in role, and the content. */
final class Page {

    private record Item(String path, String label) {
    }

    private static final List<Item> SCHOOL_MENU = List.of(new Item("/", "Загрузка и протоколы"), new Item("/forms", "Бланки"),
            new Item("/recheck", "Итоги перепроверки"), new Item("/password", "Пароль"));
    private static final List<Item> COORDINATOR_MENU = List.of(new Item("/", "Сводка"), new Item("/files", "Файлы"),
            new Item("/journal", "Журнал приёма"),
            new Item("/stats", "Статистика"), new Item("/objectivity", "Признаки"), new Item("/schedule", "График"), new Item("/calendar", "Календарь"), new Item("/observers", "Наблюдатели"),
            new Item("/documents", "Документы"), new Item("/upload", "Загрузить"),
            new Item("/forms", "Бланки"), new Item("/templates", "Справочник и шаблоны"), new Item("/accounts", "Учётные записи"),
            new Item("/password", "Пароль"));

    private final ReferenceSource references;
    /** The fault of the machine that stops the intake now, if any: every page says so at the top. */
    private final java.util.function.Supplier<java.util.Optional<Fault>> fault;

    Page(ReferenceSource references, java.util.function.Supplier<java.util.Optional<Fault>> fault) {
        this.references = references;
        this.fault = fault;
    }

    void render(Context ctx, String title, String content) {
        ctx.html(html(ctx, title, content));
    }

    String html(Context ctx, String title, String content) {
        Session session = Guard.session(ctx);
        StringBuilder p = new StringBuilder(content.length() + 2048);
        p.append("<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>").append(Html.escape(title))
                .append(" — ВПР-Свод</title><meta name=viewport content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=icon href=\"/static/favicon.svg\"><link rel=stylesheet href=\"/static/style.css\"></head><body>")
                .append("<a class=skip href=\"#content\">К содержимому страницы</a><header><div class=brand>")
                .append("<a href=\"/\">ВПР-Свод</a><span class=body>")
                .append(Html.escape(references.current().map(r -> r.requisites().bodyName()).orElse("")))
                .append("</span></div>");
        if (session != null && session.signedIn()) {
            p.append("<form class=who method=post action=\"/logout\">").append(csrf(session)).append("<span>")
                    .append(Html.escape(session.isCoordinator() ? "Координатор " + session.account().login()
                            : schoolLabel(session.school())))
                    .append("</span> <button type=submit class=link>Выйти</button></form>");
            // While a one-time password must still be changed, every page but «Пароль» is closed: no menu to lure.
            p.append(session.account().mustChangePassword() ? "<nav hidden>" : "<nav aria-label=\"Разделы\">");
            for (Item item : session.isCoordinator() ? COORDINATOR_MENU : SCHOOL_MENU) {
                boolean active = item.path().equals("/") ? ctx.path().equals("/") : ctx.path().startsWith(item.path());
                p.append("<a href=\"").append(item.path()).append('"').append(active ? " class=active aria-current=page" : "").append('>')
                        .append(Html.escape(item.label())).append("</a>");
            }
            p.append("</nav>");
        }
        p.append("</header><main id=content>");
        if (session != null && session.signedIn()) {
            fault.get().ifPresent(f -> p.append("<p class=error role=alert>").append(Html.escape(session.isCoordinator()
                    ? f.sentence() : f.forSenders())).append("</p>"));
        }
        if (session != null && session.signedIn() && session.isCoordinator()) {
            references.unusable().ifPresent(why -> p.append(noReference(why)));
        }
        p.append("<h1>").append(Html.escape(title)).append("</h1>").append(content).append("</main></body></html>");
        return p.toString();
    }

    /**
     * On every coordinator's page while no reference can be used: nothing is taken from the inbox meanwhile, and
     * the usual cause of a missing one is the program started from another folder.
     */
    private static String noReference(String why) {
        return "<div class=\"error banner\" role=alert id=no-reference><p><strong>Файлы школ не принимаются: "
                + Html.escape(why) + "</strong></p><p>Пока справочника нет, файлы остаются во входящих и документы не"
                + " формируются. Если программа запущена не из своей папки, остановите её и запустите из папки, где лежат"
                + " templates и inbox, или с параметром --reference ФАЙЛ; справочник можно и загрузить на странице"
                + " <a href=\"/templates\">«Справочник и шаблоны»</a>.</p></div>";
    }

    String schoolLabel(String login) {
        return references.current().flatMap(r -> r.school(login)).map(s -> s.name() + " (" + login + ")").orElse(login);
    }

    /** A page outside any session (Jetty's own refusals): the same look, no menu. */
    static String standalone(String title, String message) {
        return "<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>" + Html.escape(title) + " — ВПР-Свод</title>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\"><link rel=icon href=\"/static/favicon.svg\">"
                + "<link rel=stylesheet href=\"/static/style.css\"></head><body><header><div class=brand><a href=\"/\">ВПР-Свод</a>"
                + "</div></header><main id=content><h1>" + Html.escape(title) + "</h1><p class=error role=alert>" + Html.escape(message)
                + "</p><p><a href=\"/\">На главную</a></p></main></body></html>";
    }

    static String csrf(Session session) {
        return "<input type=hidden name=" + Guard.CSRF_FIELD + " value=\"" + Html.escape(session.csrf()) + "\">";
    }
}
