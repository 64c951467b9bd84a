package org.econfacts.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in a real headless Chromium against the running test application: an
 * article goes in through the page, its figures come back marked, explained and tabulated. Skipped
 * when the system has no Chromium ({@code .ci/run} installs it); nothing is ever downloaded.
 * Leaves a screenshot in {@code target/dashboard.png}.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Cold starts load the NLP models before the first article is read. */
    private static final Duration READING = Duration.ofSeconds(120);

    /** Our own bilingual bulletin; the Chinese growth rate deliberately differs (15.3 % vs 15 %). */
    private static final String ARTICLE = """
            Riverside exports climb
            In 2020, exports of Riverside Province reached 50.9 billion yuan, up 15 percent year-on-year.
            More than 1,200 companies took part in the trade fair.
            2020年，河滨省出口额达509亿元，同比增长15.3%。
            逾1200家企业参加了交易会。
            """;

    @TestHTTPResource("/")
    URL dashboard;

    private ChromeDriver browser;
    private Path profile;

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
                        "--disable-dev-shm-usage", "--window-size=1280,1900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        awaitLoadedModels();
    }

    /**
     * On a cold start the first article would wait for the NLP models and can run out of its extraction
     * time budget; a user would see that as an error on the page, this test waits for readiness instead.
     */
    private static void awaitLoadedModels() {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertThat(System.nanoTime()).as("NLP models loaded within 3 minutes").isLessThan(until);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
    void marksExplainsAndListsTheFiguresOfAPastedArticle() throws IOException {
        browser.get(dashboard.toString());
        browser.findElement(By.id("title")).sendKeys("Riverside exports");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2021-08-27'", browser.findElement(By.id("publishedAt")));
        browser.findElement(By.id("text")).sendKeys(ARTICLE);
        browser.findElement(By.id("submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, READING);
        waitForFiguresOrAnError(wait);
        long documentId = Long.parseLong(browser.findElement(By.id("article-result")).getAttribute("data-document-id"));
        List<Map<String, Object>> facts = given().get("/api/v1/documents/" + documentId)
                .then().statusCode(200).extract().jsonPath().getList("facts");

        List<WebElement> marks = browser.findElements(By.cssSelector("#article-text mark.fact"));
        assertThat(marks).hasSize(facts.size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(marks).extracting(WebElement::getText).contains("50.9 billion yuan", "509亿元", "15 percent", "15.3%");

        WebElement yuan = marks.stream().filter(m -> m.getText().equals("50.9 billion yuan")).findFirst().orElseThrow();
        new Actions(browser).moveToElement(yuan).perform();
        WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        assertThat(tooltip.getText()).contains("50,900,000,000 CNY").contains("2020");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facts-table tbody tr"), facts.size()));
        assertThat(browser.findElement(By.id("facts-table")).getText()).contains("50.9 billion yuan", "509亿元");
        assertThat(browser.findElement(By.id("page-info")).getText()).contains(facts.size() + " facts");

        WebElement discrepancies = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discrepancies")));
        assertThat(discrepancies.getText()).contains("15.3%").containsIgnoringCase("value");
        waitForTheChartOrItsNote();

        new Actions(browser).moveToElement(yuan).perform();
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
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
        WebDriverWait wait = new WebDriverWait(browser, READING);
        wait.until(d -> d.findElement(By.id("text")).getDomProperty("value").contains("1.2 million TEU"));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("port-bulletin");
        browser.findElement(By.id("submit")).click();

        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        assertThat(browser.findElement(By.id("article-error")).getText()).contains("send a valid API key");
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Send again with key");

        key.sendKeys("k-123");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark.fact")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.sentKeys")).asList()
                .containsExactly(null, "k-123");
        assertThat(browser.findElement(By.id("key-row")).isDisplayed()).isFalse();
    }

    @Test
    void drawsTheTimeseriesOfTheMostFrequentUnitAsBars() throws IOException {
        // The timeseries endpoint may not exist on this build: the page gets a fixed answer before it loads.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const real = window.fetch;
                window.fetch = (url, init) => String(url).includes('/facts/timeseries')
                  ? Promise.resolve(new Response(JSON.stringify({granularity: 'year', points: [
                      {period: '2019', start: '2019-01-01', end: '2019-12-31', unit: 'CNY', count: 1, sum: 44260000000},
                      {period: '2020', start: '2020-01-01', end: '2020-12-31', unit: 'CNY', count: 2, sum: 50900000000},
                      {period: '2020', start: '2020-01-01', end: '2020-12-31', unit: 'USD', count: 1, sum: 320000000}]}),
                      {headers: {'Content-Type': 'application/json'}}))
                  : real(url, init);"""));
        browser.get(dashboard.toString());

        WebElement chart = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart-area svg.chart")));
        assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(2);
        assertThat(chart.getText()).contains("2019", "2020", "CNY, sum per year");
        assertThat(browser.findElement(By.id("chart-note")).getText()).contains("also found USD");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "dashboard-chart.png"), chart.getScreenshotAs(OutputType.BYTES));
    }

    /** Fails with the page's own message when the page shows an error instead of figures. */
    private void waitForFiguresOrAnError(WebDriverWait wait) {
        wait.until(d -> !d.findElements(By.cssSelector("#article-text mark.fact")).isEmpty()
                || d.findElement(By.id("article-error")).isDisplayed());
        assertThat(browser.findElement(By.id("article-error")).isDisplayed())
                .as("error shown: %s", browser.findElement(By.id("article-error")).getText()).isFalse();
    }

    /** The chart is drawn where the timeseries endpoint exists; elsewhere the page says why it is missing. */
    private void waitForTheChartOrItsNote() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("svg.chart")).isEmpty()
                || d.findElement(By.id("chart-note")).getText().contains("timeseries"));
    }
}
