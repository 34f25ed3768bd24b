package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.io.TempDir;

/** Checking a template on upload, before any real data exists; refusing files that are not templates. */
class LintAndLoadingTest {

    static Map<String, Object> sample() {
        Map<String, Object> data = new HashMap<>();
        data.put("приказ", Map.of("номер", "99п", "дата", LocalDate.of(2022, 3, 19)));
        data.put("школы", List.of(Map.of("название", "СШ", "руководитель", "Иванов", "доля_двоек", 12.5,
                "предметы", List.of(Map.of("имя", "Математика")))));
        data.put("график", new Picture(PicturesTest.png(2, 2, java.awt.Color.BLACK), 2, 2));
        data.put("примечание", null);
        data.put("пустой_список", List.of());
        return data;
    }

    private static List<TemplateProblem> lint(String bodyXml) {
        return Docs.load(Docs.docx(bodyXml)).lint(DataSchema.fromSample(sample()));
    }

    @Test
    void a_good_template_has_nothing_to_report() {
        String xml = Docs.p("Приказ от {{ приказ.дата | дата_прописью }} № {{ приказ.номер }}")
                + Docs.p("{{#каждый школа из школы}}")
                + Docs.p("{{ №школа }}. {{ школа.название | заглавные }} — {{ школа.доля_двоек | процент:1 }}, "
                        + "{{ школа.предметы | склонение:«предмет»,«предмета»,«предметов» }}")
                + Docs.table(Docs.row("{{#каждый п из школа.предметы}}{{ п.имя }}", "{{/каждый}}"))
                + Docs.p("{{#если школа.доля_двоек > 10 и не примечание}}Внимание{{/если}}")
                + Docs.p("{{/каждый}}") + Docs.p("{{ примечание.что_угодно | пусто }}{{ пустой_список | количество }}");
        assertEquals(List.of(), lint(xml));
    }

    /**
     * «…муниципального образования «» в 2025 году»: a requisite left blank in the reference. Lint on the data's shape
     * says that a tag printing it needs a fallback, before any document comes out with empty quotes.
     */
    @Test
    void aValueBlankInTheDataNeedsAFallbackInTheTag() {
        Map<String, Object> data = new HashMap<>();
        data.put("орган", Map.of("муниципальное_образование", "", "наименование", "Управление образования"));
        data.put("школы", List.of(Map.of("телефон", "2-34-56"), Map.of("телефон", " ")));
        data.put("дата", null);
        String xml = Docs.p("в МО «{{ орган.муниципальное_образование }}» ({{ орган.наименование }})")
                + Docs.p("{{ орган.муниципальное_образование | пусто }}{{ орган.муниципальное_образование | по_умолчанию:«района» }}")
                + Docs.p("{{#каждый ш из школы}}{{ ш.телефон }}{{/каждый}}") + Docs.p("от {{ дата | дата }}")
                + Docs.p("{{#если дата}}от {{ дата | дата }}{{иначе}}без даты{{/если}}")
                + Docs.p("{{#каждый ш из школы}}{{#если ш.телефон и орган.наименование}}тел. {{ ш.телефон }}{{/если}}{{/каждый}}");
        Docs.assertProblems(Docs.load(Docs.docx(xml)).lint(DataSchema.fromSample(data)),
                "Основной текст, абзац 1, тег {{ орган.муниципальное_образование }}: значение «орган.муниципальное_образование» в"
                        + " данных бывает пустым, и тогда документ не будет сформирован. Добавьте | пусто или | по_умолчанию:\"—\""
                        + " или замените поле тем, которое заполнено всегда. Текст рядом: «в МО «{{ орган.муниципальное_образование"
                        + " }}» ({{ орган.наименование }})».",
                "Основной текст, абзац 3, тег {{ ш.телефон }}: значение «ш.телефон» в данных бывает пустым, и тогда документ не"
                        + " будет сформирован. Добавьте | пусто или | по_умолчанию:\"—\" или замените поле тем, которое заполнено"
                        + " всегда. Текст рядом: «{{#каждый ш из школы}}{{ ш.телефон }}{{/каждый}}».",
                "Основной текст, абзац 4, тег {{ дата | дата }}: значение «дата» в данных бывает пустым, и тогда документ не"
                        + " будет сформирован. Добавьте | пусто или | по_умолчанию:\"—\" или замените поле тем, которое заполнено"
                        + " всегда. Текст рядом: «от {{ дата | дата }}».");
    }

    @Test
    void unknown_fields_non_lists_and_wrong_filters_are_found_without_data() {
        String xml = Docs.p("{{ приказ.нумер }}") + Docs.p("{{#каждый школа из приказ}}") + Docs.p("{{ школа.имя }}")
                + Docs.p("{{/каждый}}") + Docs.p("{{#каждый школа из школы}}{{ школа.директор }}, {{ школа.название | число }}"
                        + "{{/каждый}}") + Docs.p("{{ приказ.дата | процент }}{{ школы }}{{ график }}")
                + Docs.p("{{#если школы.название}}{{/если}}{{ нет_поля | по_умолчанию:«—» }}");
        Docs.assertProblems(lint(xml),
                "Основной текст, абзац 1, тег {{ приказ.нумер }}: в «приказ» нет поля «нумер». Есть: «номер».",
                "Основной текст, абзац 2, тег {{#каждый школа из приказ}}: «приказ» — набор полей, а {{#каждый}} "
                        + "перебирает только списки.",
                "Основной текст, абзац 5, тег {{ школа.директор }}: в «школа» нет поля «директор». Есть: «доля_двоек», "
                        + "«название», «предметы», «руководитель». Текст рядом: «{{#каждый школа из школы}}{{ школа.директор }}, "
                        + "{{ школа.название | число…».",
                "Основной текст, абзац 5, тег {{ школа.название | число }}: фильтр «число» применяется к числу, а "
                        + "«школа.название» — строка. Текст рядом: «…школы}}{{ школа.директор }}, {{ школа.название | число "
                        + "}}{{/каждый}}».",
                "Основной текст, абзац 6, тег {{ приказ.дата | процент }}: фильтр «процент» применяется к числу, а "
                        + "«приказ.дата» — дата. Текст рядом: «{{ приказ.дата | процент }}{{ школы }}{{ график }}».",
                "Основной текст, абзац 6, тег {{ школы }}: «школы» — список, его нельзя вывести одним тегом. Перечислите "
                        + "элементы блоком {{#каждый элемент из школы}} … {{/каждый}} или выведите | количество. Текст рядом: "
                        + "«{{ приказ.дата | процент }}{{ школы }}{{ график }}».",
                "Основной текст, абзац 6, тег {{ график }}: «график» — рисунок, его нельзя вставить в текст. Вставьте в "
                        + "шаблон любую картинку и впишите {{ график }} в её замещающий текст. Текст рядом: «…| процент }}"
                        + "{{ школы }}{{ график }}».",
                "Основной текст, абзац 7, тег {{#если школы.название}}: «школы» — список, у такого значения нет поля "
                        + "«название». Текст рядом: «{{#если школы.название}}{{/если}}{{ нет_поля |…».");
    }

    @Test
    void lint_includes_syntax_problems_and_a_loop_number_outside_its_loop() {
        Docs.assertProblems(lint(Docs.p("{{ №школа }} {{ приказ.номер | жирный }}")),
                "Основной текст, абзац 1, тег {{ №школа }}: «№школа»: вокруг этого тега нет блока {{#каждый школа из …}}. "
                        + "Номер элемента можно вывести только внутри его цикла. Текст рядом: «{{ №школа }} {{ приказ.номер | "
                        + "жирный }}».",
                "Основной текст, абзац 1, тег {{ приказ.номер | жирный }}: неизвестный фильтр «жирный». Есть: «дата», "
                        + "«дата_прописью», «число», «процент», «склонение», «по_умолчанию», «пусто», «заглавные», «строчные», "
                        + "«с_заглавной», «количество». Текст рядом: «{{ №школа }} {{ приказ.номер | жирный }}».");
    }

    @Test
    void lint_lists_problems_in_document_order_whichever_check_found_them() {
        // Found by the lint (paragraphs 1 and 4: «школа» is unknown outside an unclosed loop), the brace scan
        // (paragraph 2), the block matcher (paragraph 3), the filter parser (a footer, after the main text).
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("{{ приказ.нумер }}") + Docs.p("Срок: {{ приказ.срок")
                + Docs.p("{{#каждый школа из школы}}") + Docs.p("{{ школа.название }}"));
        Docs.header(pkg, true, "default", Docs.p("{{ приказ.номер | жирный }}"));
        List<String> places = new java.util.ArrayList<>();
        for (TemplateProblem p : Docs.load(pkg).lint(DataSchema.fromSample(sample()))) {
            places.add(p.part() + ", " + p.place());
        }
        assertEquals(List.of("основной текст, абзац 1", "основной текст, абзац 2", "основной текст, абзац 3",
                "основной текст, абзац 4", "нижний колонтитул, абзац 1"), places);
    }

    @Test
    void a_sample_with_values_a_template_cannot_show_is_a_programming_error() {
        Map<String, Object> sample = new HashMap<>();
        sample.put("когда", java.time.LocalDateTime.now());
        assertEquals("данные.когда: unsupported value type java.time.LocalDateTime",
                assertThrows(IllegalArgumentException.class, () -> DataSchema.fromSample(sample)).getMessage());
    }

    private static String refusal(byte[] bytes) {
        TemplateLoading loading = DocxTemplate.load("файл", bytes);
        List<TemplateProblem> problems = assertInstanceOf(TemplateLoading.Broken.class, loading).problems();
        assertEquals(1, problems.size());
        return problems.get(0).describe();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void files_that_are_not_templates_are_refused_with_a_reason() throws IOException {
        assertEquals("Файл: файл пуст.", refusal(new byte[0]));
        assertEquals("Файл: это не документ Word (.docx).", refusal("Просто текст".getBytes(StandardCharsets.UTF_8)));
        byte[] ole = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        assertEquals("Файл: это документ старого формата Word (.doc); откройте его в Word или LibreOffice Writer и "
                + "сохраните как «Документ Word (.docx)».", refusal(ole));
        byte[] encrypted = ole.clone();
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, encrypted, 512, name.length);
        assertEquals("Файл: файл защищён паролем; снимите пароль (Файл → Сведения → Защита документа) и загрузите файл снова.",
                refusal(encrypted));
        assertEquals("Файл: это файл RTF, а не документ Word (.docx); сохраните его как «Документ Word (.docx)».",
                refusal("{\\rtf1\\ansi}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("Файл: это файл PDF, а шаблон должен быть документом Word (.docx).", refusal("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        byte[] damaged = Docs.docx(Docs.p("x"));
        assertEquals("Файл: файл повреждён: это не целый архив .docx.",
                refusal(java.util.Arrays.copyOf(damaged, damaged.length / 2)));
        assertEquals("Файл: это документ OpenDocument (.odt); в LibreOffice Writer сохраните его как «Word 2007–365 (.docx)».",
                refusal(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
        assertEquals("Файл: это таблица Excel, а шаблон должен быть документом Word (.docx).",
                refusal(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")));
        assertEquals("Файл: файл повреждён: его не удаётся прочитать как документ Word (.docx).",
                refusal(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<not-a-document/>")));
    }

    @Test
    void loading_from_a_path(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Приказ об организации ВПР.docx");
        Files.write(file, Docs.docx(Docs.p("{{ приказ.номер }}")));
        TemplateLoading loading = DocxTemplate.load(file);
        DocxTemplate template = assertInstanceOf(TemplateLoading.Loaded.class, loading).template();
        assertEquals("Приказ об организации ВПР.docx", template.name());
        assertEquals("Файл: файл не найден: " + dir.resolve("нет.docx") + ".",
                ((TemplateLoading.Broken) DocxTemplate.load(dir.resolve("нет.docx"))).problems().get(0).describe());
    }

    @Test
    void one_template_many_renderings_at_once_each_with_its_own_data() throws Exception {
        DocxTemplate template = Docs.load(Docs.docx(Docs.p("{{#каждый ш из школы}}") + Docs.p("{{ №ш }}. {{ ш }}")
                + Docs.p("{{/каждый}}")));
        List<Thread> threads = new ArrayList<>();
        Map<Integer, List<String>> results = new java.util.concurrent.ConcurrentHashMap<>();
        for (int t = 0; t < 6; t++) {
            int n = t;
            threads.add(new Thread(() -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; i <= n; i++) {
                    names.add("Школа " + n + "-" + i);
                }
                byte[] docx = ((Rendering.Rendered) template.render(Map.of("школы", names))).docx();
                results.put(n, Docs.texts(Docs.open(docx)));
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        for (int n = 0; n < 6; n++) {
            assertEquals(n + 1, results.get(n).size());
            assertEquals((n + 1) + ". Школа " + n + "\u2011" + n, results.get(n).get(n), "a hyphen between digits is a no-break one");
        }
    }

    @Test
    void the_same_data_gives_the_same_document() {
        DocxTemplate template = Docs.load(Docs.docx(Docs.p("{{#каждый ш из школы}}") + Docs.p("{{ ш }}") + Docs.p("{{/каждый}}")));
        Map<String, Object> data = Map.of("школы", List.of("А", "Б", "В"));
        byte[] first = ((Rendering.Rendered) template.render(data)).docx();
        byte[] second = ((Rendering.Rendered) template.render(data)).docx();
        assertEquals(Docs.parts(first), Docs.parts(second));
    }
}
