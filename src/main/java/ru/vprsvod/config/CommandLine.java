package ru.vprsvod.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.vprsvod.database.Database;

/** Parses the command line: {@code [serve|process] [--inbox DIR] [--outbox DIR] …}. Messages are for coordinators. */
public final class CommandLine {

    /** What the command line asks for: settings to run with, or a text to print (help or a mistake). */
    public sealed interface Parsed {
    }

    /** @param given the options named on the command line (the others are defaults): a named folder must exist */
    public record Run(Settings settings, Set<String> given) implements Parsed {
        public Run {
            given = Set.copyOf(given);
        }
    }

    /**
     * {@code backup --to DIR}: a consistent copy of the data folder (database, archive, quarantine) into DIR; with
     * {@code --database} the PostgreSQL server's dump instead of the SQLite file ({@code pgDump}: the program, or
     * null to look for it).
     */
    public record Backup(Path data, Path target, String database, Path pgDump) implements Parsed {
        public Backup(Path data, Path target) {
            this(data, target, null, null);
        }
    }

    /**
     * {@code coordinator --login LOGIN [--data DIR] [--database URL]}: create a coordinator account or issue it a new
     * password. {@code database} is null for the data folder's SQLite file.
     */
    public record Coordinator(String login, Path data, String database) implements Parsed {
    }

    /** @param error whether the text explains a mistake (exit code 2) rather than answering --help */
    public record Message(String text, boolean error) implements Parsed {
    }

    public static final String USAGE = """
            ВПР-Свод: приём, проверка и свод результатов ВПР, документы управления образования.

            Использование:
              java -jar vpr-svod.jar [serve] [параметры]    работать постоянно: веб-страница и наблюдение за папкой inbox
              java -jar vpr-svod.jar process [параметры]    обработать файлы в папке inbox один раз и завершиться
              java -jar vpr-svod.jar coordinator --login ЛОГИН [--data ПАПКА] [--database АДРЕС]
                                                            создать учётную запись координатора (или выдать ей новый
                                                            пароль): одноразовый пароль печатается на экран
              java -jar vpr-svod.jar backup --to ПАПКА [--data ПАПКА] [--database АДРЕС [--pg-dump ПРОГРАММА]]
                                                            резервная копия базы данных и архива подлинников
                                                            (можно делать, не останавливая программу; база на
                                                            сервере PostgreSQL копируется программой pg_dump)

            Параметры (по умолчанию — папки в текущей папке):
              --inbox ПАПКА        входящие файлы школ (inbox)
              --outbox ПАПКА       протоколы проверки, сводная таблица, документы (outbox)
              --reference ФАЙЛ     справочник (templates/справочник.xlsx)
              --templates ПАПКА    шаблоны документов .docx (templates)
              --data ПАПКА         база данных и архив подлинников (data)
              --database АДРЕС     сервер PostgreSQL вместо файла базы данных в папке data, например
                                   jdbc:postgresql://сервер:5432/vpr?user=vpr; пароль — в файле, путь к которому
                                   задан переменной окружения VPR_DB_PASSWORD_FILE, или в переменной VPR_DB_PASSWORD
              --port ЧИСЛО         порт веб-страницы, только для serve (8080)
              --host АДРЕС         адрес веб-страницы, только для serve (127.0.0.1 — только этот компьютер;
                                   0.0.0.0 — доступ из сети)
              --proxy АДРЕС        адрес обратного прокси (nginx и т. п.) перед веб-страницей: только от него
                                   принимаются заголовки X-Forwarded-For и X-Forwarded-Proto
              --settle СЕКУНДЫ     сколько секунд файл в inbox должен не меняться, прежде чем его взять, если по
                                   нему не видно, что он скопирован целиком (10; для сетевой папки NFS — не меньше
                                   90); целая книга .xlsx/.xls/.ods берётся через 1 секунду
              --poll СЕКУНДЫ       как часто просматривать папку inbox, только для serve (5)
              --give-up МИНУТЫ     через сколько минут недокопированный файл отклоняется с протоколом,
                                   а файл, который всё ещё меняется, попадает в отчёт (60)
              --pdf нет|ПРОГРАММА  PDF-копии документов делает LibreOffice, если он установлен: «нет» — не делать;
                                   путь к программе soffice, если LibreOffice установлен в необычное место
              --help               эта справка

            Код завершения process: 0 — обработка выполнена (даже если какие-то файлы отклонены),
            1 — обработка невозможна (нет справочника, ошибки в справочнике, папки недоступны), 2 — неверные параметры.
            """;

    private CommandLine() {
    }

    public static Parsed parse(List<String> args) {
        Deque<String> rest = new ArrayDeque<>(args);
        String command = !rest.isEmpty() && !rest.peekFirst().startsWith("--") ? rest.removeFirst() : "serve";
        Options options = Options.of(rest);
        if (options.message() != null) {
            return options.message();
        }
        return switch (command) {
            case "serve" -> run(Settings.Mode.SERVE, options.values());
            case "process" -> run(Settings.Mode.PROCESS, options.values());
            case "coordinator" -> coordinator(options.values());
            case "backup" -> backup(options.values());
            default -> new Message("Неизвестная команда «" + command + "»: ожидается serve, process, coordinator или"
                    + " backup.\n\n" + USAGE, true);
        };
    }

    /**
     * The {@code --name value} pairs of a command line, in order; or, instead, the help text or the mistake of an
     * option without its value. Every command reads its options from here and refuses the ones it does not know.
     */
    private record Options(List<Map.Entry<String, String>> values, Message message) {

        static Options of(Deque<String> rest) {
            List<Map.Entry<String, String>> values = new ArrayList<>();
            while (!rest.isEmpty()) {
                String option = rest.removeFirst();
                if (option.equals("--help") || option.equals("-h")) {
                    return new Options(values, new Message(USAGE, false));
                }
                if (rest.isEmpty()) {
                    return new Options(values, new Message("Для параметра «" + option + "» не указано значение.\n\n" + USAGE, true));
                }
                values.add(Map.entry(option, rest.removeFirst()));
            }
            return new Options(values, null);
        }
    }

    private static Parsed run(Settings.Mode mode, List<Map.Entry<String, String>> options) {
        Settings d = Settings.defaults(mode);
        Path inbox = d.inbox();
        Path outbox = d.outbox();
        Path reference = d.reference();
        Path templates = d.templates();
        Path data = d.data();
        String host = d.host();
        int port = d.port();
        Duration settle = d.settle();
        Duration poll = d.poll();
        Duration giveUp = d.giveUp();
        String proxy = d.proxy();
        boolean pdf = d.pdf();
        Path soffice = d.soffice();
        String database = null;
        Set<String> given = new TreeSet<>();
        for (Map.Entry<String, String> o : options) {
            String value = o.getValue();
            given.add(o.getKey());
            switch (o.getKey()) {
                case "--inbox" -> inbox = Path.of(value);
                case "--outbox" -> outbox = Path.of(value);
                case "--reference" -> reference = Path.of(value);
                case "--templates" -> templates = Path.of(value);
                case "--data" -> data = Path.of(value);
                case "--database" -> {
                    Database.Choice choice = Database.of(value, Map.of());
                    if (choice.problem() != null) {
                        return new Message(choice.problem(), true);
                    }
                    database = value.strip();
                }
                case "--host" -> host = value;
                case "--proxy" -> proxy = value.strip();
                case "--port" -> {
                    Integer p = integer(value, 1, 65535);
                    if (p == null) {
                        return new Message("Порт должен быть числом от 1 до 65535, указано «" + value + "».", true);
                    }
                    port = p;
                }
                case "--settle" -> {
                    Integer s = integer(value, 0, 86_400);
                    if (s == null) {
                        return new Message("--settle: нужно число секунд, указано «" + value + "».", true);
                    }
                    settle = Duration.ofSeconds(s);
                }
                case "--poll" -> {
                    Integer s = integer(value, 1, 3_600);
                    if (s == null) {
                        return new Message("--poll: нужно число секунд от 1 до 3600, указано «" + value + "».", true);
                    }
                    poll = Duration.ofSeconds(s);
                }
                case "--give-up" -> {
                    Integer m = integer(value, 1, 7 * 24 * 60);
                    if (m == null) {
                        return new Message("--give-up: нужно число минут от 1 до 10080, указано «" + value + "».", true);
                    }
                    giveUp = Duration.ofMinutes(m);
                }
                case "--pdf" -> {
                    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
                    pdf = !(v.equals("нет") || v.equals("no") || v.equals("off") || v.equals("0"));
                    soffice = pdf && !(v.equals("да") || v.equals("yes") || v.equals("auto") || v.equals("авто")) ? Path.of(value) : null;
                }
                default -> {
                    return new Message("Неизвестный параметр «" + o.getKey() + "».\n\n" + USAGE, true);
                }
            }
        }
        return new Run(new Settings(mode, inbox, outbox, reference, templates, data, host, port, poll, settle, giveUp,
                d.readTimeout(), proxy, pdf, soffice, database), given);
    }

    private static Parsed coordinator(List<Map.Entry<String, String>> options) {
        String login = null;
        String database = null;
        Path data = Settings.defaults(Settings.Mode.SERVE).data();
        for (Map.Entry<String, String> o : options) {
            switch (o.getKey()) {
                case "--login" -> login = o.getValue().strip();
                case "--data" -> data = Path.of(o.getValue());
                case "--database" -> {
                    Database.Choice choice = Database.of(o.getValue(), Map.of());
                    if (choice.problem() != null) {
                        return new Message(choice.problem(), true);
                    }
                    database = o.getValue().strip();
                }
                default -> {
                    return new Message("Неизвестный параметр «" + o.getKey() + "» команды coordinator.\n\n" + USAGE, true);
                }
            }
        }
        if (login == null) {
            return new Message("Укажите логин координатора: coordinator --login ЛОГИН.", true);
        }
        return new Coordinator(login, data, database);
    }

    private static Parsed backup(List<Map.Entry<String, String>> options) {
        Path data = Settings.defaults(Settings.Mode.PROCESS).data();
        Path target = null;
        String database = null;
        Path pgDump = null;
        for (Map.Entry<String, String> o : options) {
            switch (o.getKey()) {
                case "--data" -> data = Path.of(o.getValue());
                case "--to" -> target = Path.of(o.getValue());
                case "--database" -> {
                    Database.Choice choice = Database.of(o.getValue(), Map.of());
                    if (choice.problem() != null) {
                        return new Message(choice.problem(), true);
                    }
                    database = o.getValue().strip();
                }
                case "--pg-dump" -> pgDump = Path.of(o.getValue());
                default -> {
                    return new Message("Команда backup принимает только --to, --data, --database и --pg-dump; указано «"
                            + o.getKey() + "».", true);
                }
            }
        }
        if (target == null) {
            return new Message("Укажите, куда сохранить резервную копию: backup --to ПАПКА.", true);
        }
        if (pgDump != null && database == null) {
            return new Message("--pg-dump нужен только вместе с --database (копия базы на сервере PostgreSQL).", true);
        }
        return new Backup(data, target, database, pgDump);
    }

    private static Integer integer(String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
