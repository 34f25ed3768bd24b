package ru.vprsvod.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fixed list of filters a tag may use after «|»; nothing else can be called from a template. */
enum Filter {
    DATE("дата", 0, 0, "дата"),
    DATE_IN_WORDS("дата_прописью", 0, 0, "дата_прописью"),
    NUMBER("число", 0, 1, "число или число:1"),
    PERCENT("процент", 0, 1, "процент или процент:1"),
    PLURAL("склонение", 3, 3, "склонение:\"школа\",\"школы\",\"школ\""),
    DEFAULT("по_умолчанию", 1, 1, "по_умолчанию:\"—\""),
    OPTIONAL("пусто", 0, 0, "пусто"),
    UPPER("заглавные", 0, 0, "заглавные"),
    LOWER("строчные", 0, 0, "строчные"),
    CAPITALIZED("с_заглавной", 0, 0, "с_заглавной"),
    COUNT("количество", 0, 0, "количество");

    private final String russian;
    private final int minArgs;
    private final int maxArgs;
    private final String usage;

    Filter(String russian, int minArgs, int maxArgs, String usage) {
        this.russian = russian;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.usage = usage;
    }

    String russian() {
        return russian;
    }

    int minArgs() {
        return minArgs;
    }

    int maxArgs() {
        return maxArgs;
    }

    String usage() {
        return usage;
    }

    static Optional<Filter> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.russian.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Filter::russian).collect(Collectors.toList());
    }
}
