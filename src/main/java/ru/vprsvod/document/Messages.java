package ru.vprsvod.document;

import java.util.Collection;

/**
 * Russian wording shared by rendering (real data) and lint (a schema), so a coordinator sees the same
 * sentence for the same mistake whichever step found it.
 */
final class Messages {

    static final String SUPPORTED_KINDS = "поддерживаются: строка, число, да/нет, дата, рисунок, список, набор полей";

    private Messages() {
    }

    static ValueError.Absent noField(String name, String owner, Collection<String> known) {
        String message = owner == null ? "нет поля «" + name + "»" : "в «" + owner + "» нет поля «" + name + "»";
        return new ValueError.Absent(message, Suggestions.offer(name, known));
    }

    static ValueError.Absent emptyOnTheWay(String emptyPath, String wanted) {
        return new ValueError.Absent("значение «" + emptyPath + "» пусто, поэтому нет и «" + wanted + "»", "");
    }

    static ValueError notFields(String path, String kind, String wanted) {
        return new ValueError("«" + path + "» — " + kind + ", у такого значения нет поля «" + wanted + "»", "");
    }

    static ValueError emptyValue(String path) {
        return new ValueError("значение «" + path + "» пусто",
                "если так и должно быть, добавьте | пусто или | по_умолчанию:\"—\"");
    }

    /** Lint: the data this template gets has the value empty at times (a requisite left blank, a date not entered). */
    static ValueError mayBeEmpty(String path, String allow) {
        return new ValueError("значение «" + path + "» в данных бывает пустым, и тогда документ не будет сформирован",
                "добавьте " + allow + " или замените поле тем, которое заполнено всегда");
    }

    static ValueError listAsText(String path) {
        return new ValueError("«" + path + "» — список, его нельзя вывести одним тегом",
                "перечислите элементы блоком {{#каждый элемент из " + path + "}} … {{/каждый}} или выведите | количество");
    }

    static ValueError fieldsAsText(String path, Collection<String> fields) {
        String offer = Suggestions.offer("", fields);
        return new ValueError("«" + path + "» — набор полей, а не текст",
                "укажите поле, например {{ " + path + ".поле }}" + (offer.isEmpty() ? "" : "; " + offer));
    }

    static ValueError pictureAsText(String path) {
        return new ValueError("«" + path + "» — рисунок, его нельзя вставить в текст",
                "вставьте в шаблон любую картинку и впишите {{ " + path + " }} в её замещающий текст");
    }

    static ValueError notPicture(String path, String kind) {
        return new ValueError("в замещающем тексте рисунка должно быть поле с рисунком, а «" + path + "» — " + kind, "");
    }

    static ValueError notList(String path, String kind) {
        return new ValueError("«" + path + "» — " + kind + ", а {{#каждый}} перебирает только списки", "");
    }

    static ValueError filterNeeds(Filter filter, String needed, String path, String kind) {
        return new ValueError("фильтр «" + filter.russian() + "» применяется к " + needed + ", а «" + path + "» — " + kind, "");
    }

    static ValueError noLoop(String variable) {
        return new ValueError("«№" + variable + "»: вокруг этого тега нет блока {{#каждый " + variable + " из …}}",
                "номер элемента можно вывести только внутри его цикла");
    }
}
