package ru.vprsvod.checks;

/** The objectivity checks of the domain guide (§4). Each flag is a sign (признак) that needs analysis, not a proof. */
public enum Rule {
    A("Подтверждение отметок по журналу"),
    B("Завышенные результаты"),
    C("Пики на границах отметок"),
    D("Аномалии решаемости заданий"),
    E("Резкое изменение результатов"),
    F("Школа в списке прошлого года");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    /** «Подтверждение отметок по журналу». */
    public String title() {
        return title;
    }

    /** «A. Подтверждение отметок по журналу». */
    public String heading() {
        return name() + ". " + title;
    }
}
