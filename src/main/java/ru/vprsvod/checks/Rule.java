package ru.vprsvod.checks;

/** The objectivity checks of the domain guide (§4). Each flag is a sign (признак) that needs analysis, not a proof. */
public enum Rule {
    A("Подтверждение отметок по журналу", "отметки ВПР расходятся с отметками по журналу"),
    B("Завышенные результаты", "результаты выше обычного для района"),
    C("Пики на границах отметок", "скопление участников на наименьших баллах отметок"),
    D("Аномалии решаемости заданий", "нетипичная решаемость заданий"),
    E("Резкое изменение результатов", "резкое изменение результатов по сравнению с прошлым годом"),
    F("Школа в списке прошлого года", "школа была в списке ОО с признаками необъективности прошлого года");

    private final String title;
    private final String sign;

    Rule(String title, String sign) {
        this.title = title;
        this.sign = sign;
    }

    /** «Подтверждение отметок по журналу». */
    public String title() {
        return title;
    }

    /** «A. Подтверждение отметок по журналу». */
    public String heading() {
        return name() + ". " + title;
    }

    /**
     * What a school with this sign shows, in words a reason can use: «признак E — резкое изменение результатов по
     * сравнению с прошлым годом».
     */
    public String sign() {
        return sign;
    }
}
