package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.vprsvod.testing.Protocol;

/**
 * The whole desk in the system's headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): a clerk sends a valid and a broken workbook and reads both receipts; the coordinator sees the table
 * change, opens a chart and downloads a document. Screenshots of the main pages go to target/screenshots.
 */
class BrowserEndToEndIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void aClerkSendsFilesAndTheCoordinatorSeesThem() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Браузерные тесты пропущены: нет /usr/bin/chromium или /usr/bin/chromedriver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run ставит их сам)");
        Files.createDirectories(SHOTS);
        Path valid = Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 4, 11).pupilScoring(40003, "4Б", 3, 7)
                .write(dir.resolve("edu990001_Математика_4_2026.xlsx"));
        Path broken = Protocol.math4().pupil(40101, "4А", 7, FULL).write(dir.resolve("edu990001_Математика_5_2026.xlsx"));
        try (Desk desk = new Desk(dir.resolve("desk"))) {
            Javalin web = desk.app.web().start("127.0.0.1", 0);
            WebDriver browser = browser(dir.resolve("profile"));
            try {
                String site = "http://127.0.0.1:" + web.port();
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // pages reload while a job runs

                browser.get(site + "/");
                assertEquals("Вход — ВПР-Свод", browser.getTitle());
                shot(browser, "01-вход");
                signIn(browser, Desk.SCHOOL_A);
                assertEquals("Загрузка результатов ВПР", browser.findElement(By.tagName("h1")).getText());
                shot(browser, "02-школа-загрузка");

                browser.findElement(By.name("files")).sendKeys(valid.toString() + "\n" + broken.toString());
                browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
                wait.until(d -> d.getTitle().startsWith("Результаты проверки"));
                List<WebElement> receipts = browser.findElements(By.cssSelector("section.receipt"));
                assertEquals("Результат: принят. Замечаний нет, данные учтены.",
                        receipts.get(0).findElement(By.cssSelector("p.verdict")).getText());
                assertEquals("Результат: отклонён. Данные не учтены: исправьте ошибки и отправьте файл заново.",
                        receipts.get(1).findElement(By.cssSelector("p.verdict")).getText());
                List<WebElement> problem = receipts.get(1).findElements(By.cssSelector("table.problems tbody tr td"));
                assertTrue(problem.stream().anyMatch(td -> td.getText().equals("отметка по журналу должна быть от 2 до 5")),
                        receipts.get(1).getText());
                assertTrue(problem.stream().anyMatch(td -> td.getText().equals("7")));
                shot(browser, "03-школа-протоколы");
                phoneWidth(browser, "03-телефон-школа-протоколы");
                browser.get(site + "/");
                assertEquals(2, browser.findElements(By.cssSelector("table.files tbody tr")).size());
                shot(browser, "04-школа-история");
                browser.findElement(By.cssSelector("form.who button")).click();
                wait.until(d -> d.getTitle().startsWith("Вход"));

                signIn(browser, Desk.COORDINATOR);
                assertEquals("Сводка ВПР 2026", browser.findElement(By.tagName("h1")).getText());
                WebElement row = browser.findElements(By.cssSelector("table.matrix tbody tr")).get(0);
                List<WebElement> cells = row.findElements(By.tagName("td"));
                assertTrue(cells.get(0).getText().startsWith("принято"), cells.get(0).getText());
                assertTrue(cells.get(2).getText().startsWith("отклонено"), cells.get(2).getText());
                shot(browser, "05-координатор-сводка");
                phoneWidth(browser, "05-телефон-координатор-сводка");
                browser.findElement(By.linkText("только не сдано / отклонено")).click();
                wait.until(d -> d.getCurrentUrl().contains("owing=1"));
                assertEquals("только не сдано / отклонено", browser.findElement(By.cssSelector("p.filter strong")).getText());
                for (WebElement owing : browser.findElements(By.cssSelector("table.matrix tbody tr"))) {
                    assertFalse(owing.findElements(By.cssSelector("td.missing, td.rejected")).isEmpty(), owing.getText());
                }
                assertFalse(browser.findElements(By.cssSelector("table.owing tbody tr")).isEmpty());
                shot(browser, "05б-координатор-не-сдано");

                browser.findElement(By.linkText("Статистика")).click();
                wait.until(d -> d.getTitle().startsWith("Статистика"));
                browser.findElement(By.partialLinkText("Математика, 4 класс")).click();
                wait.until(d -> d.getTitle().startsWith("ВПР 2026: Математика"));
                browser.findElement(By.linkText("показать")).click();
                wait.until(d -> d.getCurrentUrl().contains("school="));
                WebElement chart = browser.findElements(By.cssSelector(".charts img")).get(0);
                wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].naturalWidth", chart)).intValue() == 640);
                shot(browser, "06-координатор-статистика");

                // «Файлы»: found by school and result through the form, as a coordinator searches.
                browser.findElement(By.linkText("Файлы")).click();
                wait.until(d -> d.getTitle().startsWith("Полученные файлы"));
                browser.findElement(By.cssSelector("form.filters input[name=school]")).sendKeys(Desk.SCHOOL_A);
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("form.filters select[name=status]")))
                        .selectByVisibleText("отклонён");
                browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
                wait.until(d -> d.getCurrentUrl().contains("status=REJECTED"));
                List<WebElement> found = browser.findElements(By.cssSelector("table.files tbody tr"));
                assertEquals(1, found.size(), browser.findElement(By.tagName("main")).getText());
                assertTrue(found.get(0).getText().contains("отклонён"), found.get(0).getText());
                shot(browser, "06б-координатор-файлы-поиск");
                phoneWidth(browser, "06в-телефон-координатор-файлы");

                browser.findElement(By.linkText("Документы")).click();
                wait.until(d -> d.getTitle().startsWith("Документы"));
                shot(browser, "07-координатор-документы");
                browser.findElement(By.cssSelector("form.inline button")).click();
                wait.until(d -> d.findElement(By.id("job-status")).getText().startsWith("Готово"));
                shot(browser, "08-координатор-формирование");
                browser.findElement(By.linkText("К списку документов")).click();
                wait.until(d -> d.getTitle().startsWith("Документы"));
                String href = browser.findElement(By.linkText("Аналитическая справка ВПР 2026.docx")).getAttribute("href");
                byte[] docx = download(browser, href);
                WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
                assertTrue(document.getMainDocumentPart().getContent().size() > 3, "a real document with content");

                browser.get(site + "/accounts");
                shot(browser, "09-координатор-учётные-записи");
                browser.get(site + "/templates");
                shot(browser, "10-координатор-справочник");
                browser.findElement(By.linkText("Календарь")).click();
                wait.until(d -> d.getTitle().startsWith("Календарь сроков"));
                assertEquals("Завершение муниципальной перепроверки работ", browser.findElement(
                        By.cssSelector("tr[data-key=recheck] td b")).getText());
                shot(browser, "11-координатор-календарь");
                browser.findElement(By.linkText("График")).click();
                wait.until(d -> d.getTitle().startsWith("График проведения ВПР"));
                assertTrue(browser.findElement(By.cssSelector("ul.counts")).getText().startsWith("Ожидается графиков: 8"),
                        browser.findElement(By.cssSelector("ul.counts")).getText());
                assertEquals("бланк (.xlsx)", browser.findElement(By.cssSelector("table.owing tr[data-school=edu990001] a")).getText());
                shot(browser, "12-координатор-график");
                browser.findElement(By.linkText("Наблюдатели")).click();
                wait.until(d -> d.getTitle().startsWith("Общественные наблюдатели"));
                assertTrue(browser.findElement(By.cssSelector("main p")).getText().startsWith("Приказ об утверждении списка"
                        + " общественных наблюдателей ВПР 2026 ещё не сформирован"), browser.findElement(By.cssSelector("main p")).getText());
                shot(browser, "13-координатор-наблюдатели");
            } finally {
                browser.quit();
                web.stop();
            }
        }
    }

    private static void signIn(WebDriver browser, String login) {
        browser.findElement(By.name("login")).sendKeys(login);
        browser.findElement(By.name("password")).sendKeys(Desk.PASSWORD);
        browser.findElement(By.cssSelector("form.signin button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getTitle().startsWith("Вход"));
    }

    /** The file as this browser's session gets it (same cookie), read with a plain client. */
    private static byte[] download(WebDriver browser, String href) throws Exception {
        Cookie cookie = browser.manage().getCookieNamed(Sessions.COOKIE);
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookie.getName() + "=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                r.headers().firstValue("Content-Type").orElseThrow());
        return r.body();
    }

    /**
     * Selenium looks for a DevTools (CDP) binding matching Debian's Chromium, warns on every start that it has none,
     * and falls back; the test uses only WebDriver, so the warning is noise. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private static WebDriver browser(Path profile) {
        CDP_VERSION_FINDER.setLevel(java.util.logging.Level.OFF);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,768", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return driver;
    }

    /**
     * The page at a phone's width (390 px): the user's name and «Выйти» do not overlap the header's brand, the page
     * itself never scrolls sideways (wide tables scroll inside their own box), and a screenshot to look at.
     */
    private static void phoneWidth(WebDriver browser, String name) throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
            Number overflow = (Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 0, name + ": the page scrolls sideways by " + overflow + " px");
            Boolean overlap = (Boolean) js.executeScript("var a = document.querySelector('.brand').getBoundingClientRect();"
                    + " var w = document.querySelector('.who'); if (!w) return false; var b = w.getBoundingClientRect();"
                    + " return !(b.top >= a.bottom || b.bottom <= a.top || b.left >= a.right || b.right <= a.left);");
            assertFalse(overlap, name + ": the user's name overlaps the header");
            shot(browser, name);
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
