package org.econfacts.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.econfacts.testing.Readiness;
import org.econfacts.testing.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in a real headless Chromium against the running test application, on a
 * store holding our own series of articles (English, Traditional and Simplified Chinese): the chart
 * it opens to, the facts behind a point, the documents view, the facts table with its address and
 * CSV export, the empty store, a phone-sized window, and an article pasted in. Skipped when the system
 * has no Chromium ({@code .ci/run} installs it); nothing is ever downloaded. Leaves screenshots in
 * {@code target/dashboard*.png}.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Cold starts load the NLP models before the first article is read. */
    private static final Duration READING = Duration.ofSeconds(120);
    private static final Duration PAGE = Duration.ofSeconds(15);

    /** Our own bilingual bulletin; the Chinese growth rate deliberately differs (15.3 % vs 15 %). */
    private static final String ARTICLE = """
            Riverside exports climb
            In 2020, exports of Riverside Province reached 50.9 billion yuan, up 15 percent year-on-year.
            More than 1,200 companies took part in the trade fair.
            2020年，河滨省出口额达509亿元，同比增长15.3%。
            逾1200家企业参加了交易会。
            """;

    /**
     * One measure over the years, with gaps (2013 → 2016 → 2020): exports of Northvale in yuan, six
     * years, the last two in Chinese (Traditional, then Simplified); 2017's growth reported twice.
     * Posted before each test into an emptied store: other test classes share the database, and which of
     * them ran first differs between machines (a 2020 export of theirs once landed in this chart's 2020).
     */
    private static final List<List<String>> SERIES = List.of(
            List.of("Northvale exports 2012", "2013-01-20",
                    "In 2012, exports of Northvale Province reached 11.8 billion yuan, up 6.2 percent year-on-year."),
            List.of("Northvale exports 2013", "2014-01-18",
                    "In 2013, exports of Northvale Province reached 12.6 billion yuan, up 6.8 percent year-on-year."),
            List.of("Northvale exports 2016", "2017-01-21",
                    "In 2016, exports of Northvale Province reached 14.1 billion yuan, up 5.9 percent year-on-year."),
            List.of("Northvale exports 2017", "2018-01-19",
                    "In 2017, exports of Northvale Province reached 15.9 billion yuan, up 12.8 percent year-on-year."),
            List.of("Northvale revision", "2018-03-02",
                    "Revised figures show that in 2017, exports of Northvale Province grew 12.5 percent year-on-year."),
            List.of("北谷省出口", "2021-01-22", "2020年，北谷省出口額達186億元，同比增長9.8%。"),
            List.of("北谷省出口（简体）", "2022-01-20", "2021年，北谷省出口额达203亿元，同比增长9.1%。"));

    @TestHTTPResource("/")
    URL dashboard;

    private ChromeDriver browser;
    private Path profile;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium at /usr/bin/chromium with /usr/bin/chromedriver: dashboard browser test skipped "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does this)");
        // System browser and driver only: an explicit driver executable makes Selenium skip Selenium Manager,
        // and should it ever run, it gets SE_* properties as environment and stays offline.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        profile = Files.createTempDirectory("econfacts-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PAGE);
        Readiness.awaitLoadedModels();
        Store.empty();
        storeTheSeries();
    }

    private static void storeTheSeries() {
        for (List<String> a : SERIES) {
            given().contentType(ContentType.JSON).body(Map.of("title", a.get(0), "publishedAt", a.get(1), "text", a.get(2)))
                    .post("/api/v1/documents").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void opensToTheMoneySeriesWithTheMostPointsOnATrueTimeAxis() throws IOException {
        browser.get(dashboard.toString());
        List<WebElement> bars = awaitPoints();

        WebElement form = browser.findElement(By.id("series-form"));
        assertThat(new Select(form.findElement(By.name("category"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("EXPORT");
        assertThat(form.findElement(By.name("unit")).getDomProperty("value")).isEqualTo("CNY");
        assertThat(form.findElement(By.name("granularity")).getDomProperty("value")).isEqualTo("year");
        assertThat(browser.findElement(By.id("chart-caption")).getText()).isEqualTo("export: CNY, sum per year");
        assertThat(browser.getCurrentUrl()).contains("series.category=EXPORT", "series.unit=CNY");

        Map<String, WebElement> byPeriod = byPeriod(bars);
        assertThat(byPeriod).containsKeys("2012", "2013", "2016", "2017", "2020", "2021");
        assertThat(bars).allSatisfy(b -> assertThat(b.findElements(By.cssSelector("rect.bar"))).hasSize(1));
        // a true time axis: three years from 2013 to 2016 take three times the room of 2012 to 2013
        double oneYear = left(byPeriod.get("2013")) - left(byPeriod.get("2012"));
        double threeYears = left(byPeriod.get("2016")) - left(byPeriod.get("2013"));
        assertThat(oneYear).isPositive();
        assertThat(threeYears / oneYear).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        // sums in one unit: 2012 is the one 11.8 billion yuan, and taller bars are larger sums
        assertThat(Double.parseDouble(byPeriod.get("2012").getDomAttribute("data-value"))).isEqualTo(1.18e10);
        assertThat(height(byPeriod.get("2021"))).isGreaterThan(height(byPeriod.get("2012")));
        shoot(browser.findElement(By.id("series")), "dashboard-chart.png");
    }

    @Test
    void aPointShowsTheFactsBehindItAndOpensTheirDocument() throws IOException {
        browser.get(dashboard.toString());
        Map<String, WebElement> bars = byPeriod(awaitPoints());

        new Actions(browser).moveToElement(bars.get("2020")).perform();
        WebElement detail = wait.until(d -> {
            WebElement e = d.findElement(By.id("point-detail"));
            return e.getText().contains("北谷省出口") ? e : null;
        });
        assertThat(detail.getText()).contains("2020:", "CNY, the sum of", "18,600,000,000 CNY", "Open document");
        WebElement quote = detail.findElement(By.cssSelector("blockquote[lang='zh-Hant']"));
        assertThat(quote.getText()).contains("北谷省出口額達186億元");
        assertThat(quote.findElement(By.tagName("mark")).getText()).isEqualTo("186億元");
        shoot(browser.findElement(By.id("series")), "dashboard-point.png");

        // keyboard: Tab from the Draw button reaches the first point, whose facts show; Enter opens the document
        WebElement draw = browser.findElement(By.cssSelector("#series-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", draw);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("data-period")).isEqualTo("2012");
        wait.until(d -> d.findElement(By.id("point-detail")).getText().contains("Northvale exports 2012"));
        assertThat(browser.findElement(By.id("point-detail")).getText()).contains("11,800,000,000 CNY");
        focused.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Northvale exports 2012"));
        assertThat(browser.findElements(By.cssSelector("#article-text mark.fact"))).extracting(WebElement::getText)
                .contains("11.8 billion yuan", "6.2 percent");
        assertThat(browser.getCurrentUrl()).contains("document.id=");
    }

    @Test
    void percentagesAreDrawnAsReportedAndNeverSummed() {
        browser.get(dashboard.toString());
        awaitPoints();
        WebElement form = browser.findElement(By.id("series-form"));
        new Select(form.findElement(By.name("category"))).selectByValue("GROWTH_RATE");
        wait.until(d -> !new Select(d.findElement(By.id("series-unit"))).getOptions().stream()
                .filter(o -> "%".equals(o.getDomProperty("value"))).toList().isEmpty());
        new Select(form.findElement(By.name("unit"))).selectByValue("%");
        form.findElement(By.name("entity")).sendKeys("Northvale Province");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("chart-caption")).getText().contains("never summed"));

        List<WebElement> dots = browser.findElements(By.cssSelector("#chart-area .point"));
        assertThat(dots).allSatisfy(p -> assertThat(p.findElements(By.tagName("circle"))).hasSize(1));
        List<String> in2017 = dots.stream().filter(p -> "2017".equals(p.getDomAttribute("data-period")))
                .map(p -> p.getDomAttribute("data-value")).toList();
        assertThat(in2017).containsExactlyInAnyOrder("12.8", "12.5"); // two reports, not 25.3
        // the newer report (the revision) is the period's latest: the line runs through it
        assertThat(browser.findElements(By.cssSelector("#chart-area .point[data-period='2017'] circle.latest")))
                .singleElement().satisfies(c -> assertThat(c.findElement(By.xpath("..")).getDomAttribute("data-value"))
                        .isEqualTo("12.5"));
        assertThat(browser.findElements(By.cssSelector("#chart-area polyline.line"))).hasSize(1);
    }

    @Test
    void onePointPerStatisticShowsARevisedRateOnceAtItsNewValue() {
        browser.get(dashboard.toString());
        awaitPoints();
        WebElement form = browser.findElement(By.id("series-form"));
        new Select(form.findElement(By.name("category"))).selectByValue("GROWTH_RATE");
        wait.until(d -> !new Select(d.findElement(By.id("series-unit"))).getOptions().stream()
                .filter(o -> "%".equals(o.getDomProperty("value"))).toList().isEmpty());
        new Select(form.findElement(By.name("unit"))).selectByValue("%");
        form.findElement(By.name("entity")).sendKeys("Northvale Province");
        form.findElement(By.name("perStatistic")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("chart-caption")).getText().endsWith("one point per statistic"));
        List<String> in2017 = browser.findElements(By.cssSelector("#chart-area .point[data-period='2017']")).stream()
                .map(p -> p.getDomAttribute("data-value")).toList();
        assertThat(in2017).containsExactly("12.5"); // 12.8, then revised to 12.5: one statistic
        assertThat(browser.getCurrentUrl()).contains("series.perStatistic=true");
    }

    @Test
    void conflictsShowTheReadingsSideBySideAndTheirReports() throws IOException {
        String place = "Eastmoor"; // two reports of its 2015 imports, on one day, that disagree: a conflict
        for (String value : List.of("4.6", "5.3")) {
            given().contentType(ContentType.JSON).body(Map.of("title", place + " imports " + value, "publishedAt", "2016-02-01",
                    "text", "In 2015, imports of " + place + " reached " + value + " billion yuan."))
                    .post("/api/v1/documents").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        browser.get(dashboard.toString());
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#conflicts-table tbody tr")).stream()
                .filter(r -> r.getText().contains(place)).findFirst().orElse(null));
        assertThat(row.getText()).contains("2015", "4,600,000,000 CNY | 5,300,000,000 CNY", "2 in 2 documents");
        row.findElement(By.cssSelector("button.link")).click();
        WebElement detail = wait.until(d -> {
            WebElement e = d.findElement(By.id("conflict-detail"));
            return e.getText().contains("2 reports") ? e : null;
        });
        assertThat(detail.getText()).contains(place + " imports 4.6", place + " imports 5.3", "(disagrees)");
        shoot(browser.findElement(By.id("conflicts")), "dashboard-conflicts.png");
    }

    @Test
    void documentsAreSearchedOpenedAndDeletedWithAKey() throws IOException {
        String nonce = "Harbour " + UUID.randomUUID().toString().substring(0, 8);
        long doomed = given().contentType(ContentType.JSON)
                .body(Map.of("title", nonce + " bulletin", "publishedAt", "2019-05-02",
                        "text", "In 2018, the " + nonce + " terminal handled 2.3 million TEU, up 4 percent."))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        browser.get(dashboard.toString());
        WebElement form = browser.findElement(By.id("doc-filters"));

        // by title, in Chinese: both scripts' documents; then only those published from 2022 on
        form.findElement(By.name("q")).sendKeys("北谷省出口");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> documentTitles().size() == 2);
        assertThat(documentTitles()).containsExactly("北谷省出口（简体）", "北谷省出口");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2022-01-01'", form.findElement(By.name("from")));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> documentTitles().size() == 1);
        assertThat(browser.getCurrentUrl()).contains("docs.from=2022-01-01");

        browser.findElement(By.cssSelector("#docs-table tbody tr button.link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "北谷省出口（简体）"));
        assertThat(browser.findElement(By.id("article-text")).getDomAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(browser.findElements(By.cssSelector("#article-text mark.fact"))).extracting(WebElement::getText)
                .containsExactly("203亿元", "9.1%");
        shoot(browser, "dashboard-documents.png");

        // delete, with the server's refusal without a key played by the page's fetch
        ((JavascriptExecutor) browser).executeScript("""
                const real = window.fetch;
                window.deleteKeys = [];
                window.fetch = (url, init = {}) => {
                  if (init.method !== 'DELETE') return real(url, init);
                  const key = init.headers['X-API-Key'];
                  window.deleteKeys.push(key || null);
                  if (key === 'k-del') return real(url, init);
                  return Promise.resolve(new Response(JSON.stringify({title: 'Unauthorized', status: 401,
                      detail: 'send a valid API key'}), {status: 401, headers: {'Content-Type': 'application/problem+json'}}));
                };""");
        form.findElement(By.name("q")).clear();
        form.findElement(By.name("q")).sendKeys(nonce);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''", form.findElement(By.name("from")));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> documentTitles().equals(List.of(nonce + " bulletin")));
        WebElement delete = browser.findElement(By.cssSelector("#docs-table tbody button.danger"));
        delete.click();
        assertThat(delete.getText()).isEqualTo("Press again to delete");
        delete.click();
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-api-key")));
        assertThat(browser.findElement(By.id("docs-error")).getText()).contains("not deleted", "send a valid API key");
        given().get("/api/v1/documents/" + doomed).then().statusCode(200);
        key.sendKeys("k-del");
        delete = browser.findElement(By.cssSelector("#docs-table tbody button.danger"));
        delete.click();
        delete.click();
        wait.until(d -> documentTitles().isEmpty());
        assertThat(((JavascriptExecutor) browser).executeScript("return window.deleteKeys")).asList()
                .containsExactly(null, "k-del");
        given().get("/api/v1/documents/" + doomed).then().statusCode(404);
        assertThat(browser.findElement(By.id("doc-key-row")).isDisplayed()).isFalse();
    }

    @Test
    void theFactsTableLoadsFromTheAddressAndExportsExactlyWhatItShows() throws IOException {
        browser.get(dashboard + "?category=EXPORT&currency=CNY&sort=period#facts");
        wait.until(d -> d.findElement(By.id("page-info")).getText().contains("facts"));
        WebElement filters = browser.findElement(By.id("fact-filters"));
        assertThat(filters.findElement(By.name("category")).getDomProperty("value")).isEqualTo("EXPORT");
        assertThat(filters.findElement(By.name("currency")).getDomProperty("value")).isEqualTo("CNY");

        long total = given().get("/api/v1/facts?category=EXPORT&currency=CNY&size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertThat(browser.findElement(By.id("page-info")).getText()).contains(total + " facts");
        String href = browser.findElement(By.id("export-csv")).getDomAttribute("href");
        assertThat(href).startsWith("/api/v1/facts?").contains("category=EXPORT", "currency=CNY", "format=csv");
        String[] csv = given().get(href).then().statusCode(200).extract().asString().split("\r\n");
        assertThat(csv).hasSize((int) total + 1);
        assertThat(Arrays.stream(csv).skip(1)).allSatisfy(line -> assertThat(line).contains(",MONEY,", ",CNY,", ",EXPORT,"));

        // a narrower filter: the address, the rows and the export follow it
        new Select(filters.findElement(By.name("language"))).selectByValue("zh-Hant");
        filters.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("language=zh-Hant"));
        wait.until(d -> { // read in one go: the rows are replaced when the answer arrives
            List<?> texts = (List<?>) browser.executeScript(
                    "return [...document.querySelectorAll('#facts-table tbody tr')].map(r => r.innerText)");
            return !texts.isEmpty() && texts.stream().allMatch(t -> String.valueOf(t).contains("zh-Hant"));
        });
        List<WebElement> rows = browser.findElements(By.cssSelector("#facts-table tbody tr"));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("186億元"));
        String narrow = browser.findElement(By.id("export-csv")).getDomAttribute("href");
        assertThat(narrow).contains("language=zh-Hant");
        assertThat(given().get(narrow).then().extract().asString().split("\r\n")).hasSize(rows.size() + 1);

        // a fact opens to its sentence, the figure marked
        WebElement row = rows.stream().filter(r -> r.getText().contains("186億元")).findFirst().orElseThrow();
        row.findElement(By.tagName("summary")).click();
        assertThat(row.findElement(By.cssSelector(".sentence mark")).getText()).isEqualTo("186億元");
        assertThat(row.findElement(By.cssSelector(".sentence")).getText()).contains("北谷省出口額");
        shoot(browser.findElement(By.id("facts")), "dashboard-facts.png");
    }

    @Test
    void saysWhatToDoWhenTheStoreIsEmpty() {
        // an empty store, played by the page's fetch (the store holds this class's series)
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const real = window.fetch;
                const json = body => Promise.resolve(new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}}));
                window.fetch = (url, init) => {
                  const u = String(url);
                  if (u.includes('/facts/summary')) return json({groupBy: [], groups: []});
                  if (u.includes('/facts/timeseries')) return json({granularity: 'year', points: []});
                  if (u.includes('/api/v1/facts') || u.includes('/api/v1/documents'))
                    return json({items: [], page: 0, size: 20, total: 0});
                  return real(url, init);
                };"""));
        browser.get(dashboard.toString());
        wait.until(d -> d.findElement(By.id("chart-note")).getText().contains("No facts are stored yet"));
        assertThat(browser.findElement(By.id("chart-note")).getText()).contains("Read an article below");
        assertThat(browser.findElements(By.cssSelector("#chart-area svg"))).isEmpty();
        assertThat(browser.findElement(By.id("facts-table")).getText()).contains("No facts are stored yet");
        assertThat(browser.findElement(By.id("docs-table")).getText()).contains("No documents are stored yet");
    }

    @Test
    void isReadableOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 2200));
        browser.get(dashboard.toString());
        awaitPoints();
        JavascriptExecutor js = browser;
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(390);
        // nothing pushes the page sideways: wide tables scroll inside their own box
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue())
                .as("wider than the screen: %s", js.executeScript("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"))
                .isLessThanOrEqualTo(viewport);
        double chartWidth = ((Number) js.executeScript(
                "return document.querySelector('#chart-area svg').getBoundingClientRect().width")).doubleValue();
        assertThat(chartWidth).isLessThanOrEqualTo(viewport).isGreaterThan(300);
        shoot(browser, "dashboard-phone.png");
    }

    @Test
    void marksExplainsAndListsTheFiguresOfAPastedArticle() throws IOException {
        browser.get(dashboard.toString());
        browser.findElement(By.id("title")).sendKeys("Riverside exports");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2021-08-27'", browser.findElement(By.id("publishedAt")));
        browser.findElement(By.id("text")).sendKeys(ARTICLE);
        browser.findElement(By.id("submit")).click();

        WebDriverWait reading = new WebDriverWait(browser, READING);
        waitForFiguresOrAnError(reading);
        long documentId = Long.parseLong(browser.findElement(By.id("article-result")).getDomAttribute("data-document-id"));
        List<Map<String, Object>> facts = given().get("/api/v1/documents/" + documentId)
                .then().statusCode(200).extract().jsonPath().getList("facts");

        List<WebElement> marks = browser.findElements(By.cssSelector("#article-text mark.fact"));
        assertThat(marks).hasSize(facts.size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(marks).extracting(WebElement::getText).contains("50.9 billion yuan", "509亿元", "15 percent", "15.3%");

        WebElement yuan = marks.stream().filter(m -> m.getText().equals("50.9 billion yuan")).findFirst().orElseThrow();
        new Actions(browser).moveToElement(yuan).perform();
        WebElement tooltip = reading.until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        assertThat(tooltip.getText()).contains("50,900,000,000 CNY").contains("2020");

        reading.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facts-table tbody tr"), facts.size()));
        assertThat(browser.findElement(By.id("facts-table")).getText()).contains("50.9 billion yuan", "509亿元");
        assertThat(browser.findElement(By.id("page-info")).getText()).contains(facts.size() + " facts");

        WebElement discrepancies = reading.until(ExpectedConditions.visibilityOfElementLocated(By.id("discrepancies")));
        assertThat(discrepancies.getText()).contains("15.3%").containsIgnoringCase("value");

        new Actions(browser).moveToElement(yuan).perform();
        shoot(browser, "dashboard.png");
    }

    @Test
    void readsAnUploadedFileAndResendsWithTheKeyAfterA401() throws IOException {
        browser.get(dashboard.toString());
        // Writes from this machine need no key, so the server's refusal is played by the page's fetch.
        ((JavascriptExecutor) browser).executeScript("""
                const real = window.fetch;
                window.sentKeys = [];
                window.fetch = (url, init = {}) => {
                  if (init.method !== 'POST') return real(url, init);
                  const key = init.headers['X-API-Key'];
                  window.sentKeys.push(key || null);
                  if (key === 'k-123') return real(url, init);
                  return Promise.resolve(new Response(JSON.stringify({title: 'Unauthorized', status: 401,
                      detail: 'send a valid API key'}), {status: 401, headers: {'Content-Type': 'application/problem+json'}}));
                };""");
        Path upload = Files.writeString(profile.resolve("port-bulletin.txt"), "In 2020, the port handled 1.2 million TEU.");
        browser.findElement(By.id("file")).sendKeys(upload.toString());
        WebDriverWait reading = new WebDriverWait(browser, READING);
        reading.until(d -> d.findElement(By.id("text")).getDomProperty("value").contains("1.2 million TEU"));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("port-bulletin");
        browser.findElement(By.id("submit")).click();

        WebElement key = reading.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        assertThat(browser.findElement(By.id("article-error")).getText()).contains("send a valid API key");
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Send again with key");

        key.sendKeys("k-123");
        browser.findElement(By.id("submit")).click();
        reading.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark.fact")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.sentKeys")).asList()
                .containsExactly(null, "k-123");
        assertThat(browser.findElement(By.id("key-row")).isDisplayed()).isFalse();
    }

    private List<WebElement> awaitPoints() {
        return wait.until(d -> {
            List<WebElement> points = d.findElements(By.cssSelector("#chart-area svg.chart .point"));
            return points.isEmpty() ? null : points;
        });
    }

    private static Map<String, WebElement> byPeriod(List<WebElement> points) {
        return points.stream().collect(java.util.stream.Collectors.toMap(p -> p.getDomAttribute("data-period"), p -> p,
                (a, b) -> a));
    }

    private static double left(WebElement bar) {
        return Double.parseDouble(bar.findElement(By.tagName("rect")).getDomAttribute("x"));
    }

    private static double height(WebElement bar) {
        return Double.parseDouble(bar.findElement(By.tagName("rect")).getDomAttribute("height"));
    }

    private List<String> documentTitles() {
        // read in one go: the rows are replaced while a search answers
        Object titles = browser.executeScript("return [...document.querySelectorAll("
                + "'#docs-table tbody tr[data-document-id] td:first-child')].map(td => td.textContent)");
        return ((List<?>) titles).stream().map(String::valueOf).toList();
    }

    /** Fails with the page's own message when the page shows an error instead of figures. */
    private void waitForFiguresOrAnError(WebDriverWait reading) {
        reading.until(d -> !d.findElements(By.cssSelector("#article-text mark.fact")).isEmpty()
                || d.findElement(By.id("article-error")).isDisplayed());
        assertThat(browser.findElement(By.id("article-error")).isDisplayed())
                .as("error shown: %s", browser.findElement(By.id("article-error")).getText()).isFalse();
    }

    private static void shoot(TakesScreenshot target, String name) throws IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, target.getScreenshotAs(OutputType.BYTES));
    }
}
