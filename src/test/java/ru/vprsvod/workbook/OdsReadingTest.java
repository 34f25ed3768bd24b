package ru.vprsvod.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdsReadingTest {

    private static final String HIDDEN_STYLE = """
            <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
            <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
            """;

    /** What LibreOffice writes after the last used row: a million empty rows as one element. */
    private static final String TRAILING_EMPTY_ROWS = """
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            """;

    @TempDir
    Path dir;

    @Test
    void readsValuesRepeatsAndHiddenSheetsWithoutExpandingEmptyRuns() {
        String body = """
                <table:table table:name="Протокол" table:style-name="ta1">
                 <table:table-column table:number-columns-repeated="1024"/>
                 <table:table-header-rows>
                  <table:table-row>
                   <table:table-cell office:value-type="string"><text:p>Код</text:p></table:table-cell>
                   <table:table-cell office:value-type="string"><text:p>ФИО <text:span>ученика</text:span><text:s text:c="2"/>(полностью)</text:p><text:p>вторая<text:tab/>строка<text:line-break/>конец</text:p></table:table-cell>
                   <table:table-cell table:number-columns-repeated="1022"/>
                  </table:table-row>
                 </table:table-header-rows>
                 <table:table-row table:number-rows-repeated="2">
                  <table:table-cell/>
                 </table:table-row>
                 <table:table-row>
                  <table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>
                  <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>
                  <table:table-cell office:value-type="currency" office:currency="RUB" office:value="12.5"><text:p>12,50 ₽</text:p></table:table-cell>
                  <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>ИСТИНА</text:p></table:table-cell>
                  <table:table-cell office:value-type="date" office:date-value="2025-04-17"><text:p>17.04.25</text:p></table:table-cell>
                  <table:table-cell office:value-type="time" office:time-value="PT08H30M00S"><text:p>08:30</text:p></table:table-cell>
                  <table:table-cell table:formula="of:=[.A4]*2" office:value-type="float" office:value="10" calcext:value-type="float"><text:p>10</text:p></table:table-cell>
                  <table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
                  <table:table-cell table:formula="of:=[.A4]+1"/>
                  <table:table-cell office:value-type="string" calcext:value-type="string"><office:annotation><text:p>комментарий</text:p></office:annotation><text:p>с комментарием &amp; &#x2116;1</text:p></table:table-cell>
                  <table:table-cell table:formula="of:=IF([.A4]&gt;9;&quot;да&quot;;&quot;&quot;)" office:value-type="string" office:string-value="" calcext:value-type="string"/>
                 </table:table-row>
                 <table:table-row table:number-rows-repeated="2">
                  <table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
                  <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>объединено</text:p></table:table-cell>
                  <table:covered-table-cell/>
                  <table:table-cell table:number-columns-repeated="1020"/>
                 </table:table-row>
                 TRAILING
                </table:table>
                <table:table table:name="Служебный" table:style-name="ta2">
                 <table:table-row><table:table-cell office:value-type="string"><text:p>метаданные</text:p></table:table-cell></table:table-row>
                 TRAILING
                </table:table>
                """.replace("TRAILING", TRAILING_EMPTY_ROWS);
        Path file = Fixtures.ods(dir.resolve("school.ods"), HIDDEN_STYLE, body);

        Workbook workbook = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.open(file));

        assertEquals(FileFormat.ODS, workbook.format());
        Sheet sheet = workbook.sheets().get(0);
        assertEquals("Протокол", sheet.name());
        assertFalse(sheet.hidden());
        assertEquals("""
                A1=TEXT:Код
                B1=TEXT:ФИО ученика  (полностью)
                вторая\tстрока
                конец
                A4=NUMBER:5
                B4=NUMBER:0.25
                C4=NUMBER:12.5
                D4=BOOLEAN:ИСТИНА
                E4=TEXT:2025-04-17
                F4=TEXT:PT08H30M00S
                G4=NUMBER:10
                H4=ERROR:#DIV/0!
                I4=FORMULA_WITHOUT_VALUE:=[.A4]+1
                J4=TEXT:с комментарием & №1
                A5=NUMBER:1
                B5=NUMBER:1
                C5=TEXT:объединено
                A6=NUMBER:1
                B6=NUMBER:1
                C6=TEXT:объединено
                """, Fixtures.dump(sheet));
        Sheet hidden = workbook.sheets().get(1);
        assertEquals("Служебный", hidden.name());
        assertTrue(hidden.hidden());
        assertEquals("A1=TEXT:метаданные\n", Fixtures.dump(hidden));
    }

    @Test
    void aRepeatedRowWithValuesStopsAtTheRowLimit() {
        String body = """
                <table:table table:name="Лист1">
                 <table:table-row table:number-rows-repeated="2000000000">
                  <table:table-cell office:value-type="float" office:value="1"/>
                 </table:table-row>
                </table:table>
                """;
        Path file = Fixtures.ods(dir.resolve("long.ods"), "", body);

        String reason = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.reason(file));

        assertEquals("Лист «Лист1» слишком длинный: заполнена ячейка A100001, а допускается не больше 100\u00A0000 "
                + "строк на листе.", reason);
    }

    @Test
    void aValueFarBelowAMillionEmptyRowsIsStillPlaced() {
        String body = """
                <table:table table:name="Лист1">
                 <table:table-row table:number-rows-repeated="5000000000"><table:table-cell/></table:table-row>
                 <table:table-row><table:table-cell office:value-type="string"><text:p>далеко</text:p></table:table-cell></table:table-row>
                </table:table>
                """;
        Path file = Fixtures.ods(dir.resolve("far.ods"), "", body);

        assertEquals("Лист «Лист1» слишком длинный: заполнена ячейка A2147483648, а допускается не больше "
                + "100\u00A0000 строк на листе.", Fixtures.reason(file));
    }

    @Test
    void spacesBlownUpByTextSAreBounded() {
        String body = """
                <table:table table:name="Лист1"><table:table-row>
                 <table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/>b</text:p></table:table-cell>
                </table:table-row></table:table>
                """;
        Path file = Fixtures.ods(dir.resolve("spaces.ods"), "", body);

        assertEquals("Лист «Лист1»: в ячейке A1 больше 100\u00A0000 символов текста, так не бывает в таблице результатов.",
                Fixtures.reason(file));
    }

    @Test
    void withoutTheOptionalMimetypeEntryTheManifestTellsTheType() {
        String content = """
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
                <table:table table:name="Лист1"><table:table-row><table:table-cell office:value-type="string">
                <text:p>есть</text:p></table:table-cell></table:table-row></table:table>
                </office:spreadsheet></office:body></office:document-content>
                """;
        Path file = Fixtures.zip(dir.resolve("no-mimetype.ods"), Fixtures.entries(
                "content.xml", content,
                "META-INF/manifest.xml", """
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                         <manifest:file-entry manifest:media-type="application/vnd.oasis.opendocument.spreadsheet" manifest:full-path="/"/>
                        </manifest:manifest>
                        """));

        assertEquals("A1=TEXT:есть\n", Fixtures.dump(Fixtures.open(file).sheets().get(0)));
    }

    @Test
    void encryptedOdsAsksToRemoveThePassword() {
        Path file = Fixtures.zip(dir.resolve("secret.ods"), Fixtures.entries(
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "not xml: encrypted bytes",
                "META-INF/manifest.xml", """
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">
                          <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>
                         </manifest:file-entry>
                        </manifest:manifest>
                        """));

        assertEquals("Файл защищён паролем: снимите пароль на открытие (Файл → Сведения → Защита книги) "
                + "и отправьте файл ещё раз.", Fixtures.reason(file));
    }

    @Test
    void aDoctypeInContentIsRefused() {
        String content = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&lol2;</office:document-content>
                """;
        Path file = Fixtures.zip(dir.resolve("lol.ods"), Fixtures.entries(
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", content));

        assertEquals("Файл повреждён: не удаётся прочитать таблицу LibreOffice Calc (.ods). Откройте его в "
                + "LibreOffice Calc и сохраните заново.", Fixtures.reason(file));
    }

    @Test
    void writerAndImpressDocumentsAreNamed() {
        Path odt = Fixtures.zip(dir.resolve("letter.ods"), Fixtures.entries(
                "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"));
        Path odp = Fixtures.zip(dir.resolve("slides.ods"), Fixtures.entries(
                "mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", "<x/>"));

        assertEquals("Файл не является таблицей Excel или LibreOffice: это текстовый документ LibreOffice Writer (.odt).",
                Fixtures.reason(odt));
        assertEquals("Файл не является таблицей Excel или LibreOffice: это презентация LibreOffice Impress (.odp).",
                Fixtures.reason(odp));
    }
}
