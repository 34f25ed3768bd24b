package ru.vprsvod.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.accounts.CalendarFeeds;
import ru.vprsvod.russian.RussianFormat;

/**
 * The calendar as a subscription: Outlook and Thunderbird fetch «Сроки ВПР» from a secret address on their own,
 * so the events follow the reference and the schedules without anyone downloading the file again. The address is
 * made on the «Календарь» page, shown once (only its hash is kept), and a new one replaces it.
 */
final class CalendarFeed {

    static final String PATH = "/calendar/feed/";

    private final Accounts accounts;
    private final Page page;
    private final Clock clock;

    CalendarFeed(Accounts accounts, Page page, Clock clock) {
        this.accounts = accounts;
        this.page = page;
        this.clock = clock;
    }

    /** On the «Календарь» page: whether the coordinator has an address, and the button to make one. */
    String section(Session session) {
        CalendarFeeds feeds = accounts.calendarFeeds();
        StringBuilder b = new StringBuilder("<h2>Подписка в Outlook или Thunderbird</h2><p>");
        b.append(feeds.madeAt(session.account().login()).map(at -> "Адрес подписки создан " + RussianFormat.dateTime(at, clock.getZone())
                + ". Если он потерян или его узнал посторонний, создайте новый: прежний перестанет работать.")
                .orElse("Календарь можно не скачивать, а подписаться на него: программа сама будет получать новые и"
                        + " изменённые сроки. Для этого нужен личный адрес подписки."));
        b.append("</p><form method=post action=\"/calendar/feed\">").append(Page.csrf(session))
                .append("<button type=submit>Создать адрес подписки</button></form>");
        return b.toString();
    }

    /** POST /calendar/feed: a new address, shown once. */
    void renew(Context ctx) {
        Session session = Guard.session(ctx);
        String token = accounts.calendarFeeds().renew(session.account().login());
        String address = ctx.scheme() + "://" + ctx.host() + PATH + token + ".ics";
        page.render(ctx, "Адрес подписки на календарь", "<p>Скопируйте адрес сейчас: он показывается один раз.</p>"
                + "<p><input type=text readonly size=80 value=\"" + Html.escape(address) + "\" aria-label=\"Адрес подписки\""
                + " class=feed></p><p>Outlook: «Добавить календарь» → «Из Интернета» (или «Подписаться из Интернета»),"
                + " вставьте адрес. Thunderbird: «Новый календарь» → «В сети» → вставьте адрес. Адрес открывает только"
                + " сроки и названия школ; не пересылайте его. Прежний адрес больше не работает; если учётную запись"
                + " отключат, перестанет работать и этот.</p><p><a href=\"/calendar\">← Календарь сроков</a></p>");
    }

    /** GET /calendar/feed/{token}.ics: the calendar for a calendar program, without a session. */
    void fetch(Context ctx, io.javalin.http.Handler calendar) throws Exception {
        String token = ctx.pathParam("file").replaceFirst("\\.ics$", "");
        if (token.isEmpty() || accounts.calendarFeeds().find(token, accounts).isEmpty()) {
            throw new Guard.Refusal(HttpStatus.NOT_FOUND, "Нет такого календаря: адрес подписки заменён новым или"
                    + " учётная запись отключена.");
        }
        calendar.handle(ctx);
    }
}
