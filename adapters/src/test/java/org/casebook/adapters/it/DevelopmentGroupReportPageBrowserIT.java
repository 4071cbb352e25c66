package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.casebook.adapters.it.Cases.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Development Group report page as a member of the group sees it: served by the running service and rendered by
 * a real headless Chromium, so that what is checked is what a browser draws (sizes of charts and bars, text that is
 * really there for a screen reader) rather than what the HTML says.
 *
 * <p>How the browser logs in: the page needs HTTP Basic credentials, which a browser would ask for in a dialog. The
 * test sends them instead as an extra request header set through the Chrome DevTools Protocol
 * ({@code Network.setExtraHTTPHeaders}, passed through chromedriver, so no version-specific DevTools classes are
 * needed). That way Chromium loads the page over HTTP from the service itself, with its real Content-Security-Policy
 * header, which a copy saved to a file and opened as {@code file:///} would not carry.
 *
 * <p>The browser and its driver are Debian's, at fixed paths ({@code .ci/ensure-browser.sh} installs them). Both are
 * given to Selenium explicitly, so Selenium Manager never runs and nothing is downloaded. Without them the test fails;
 * it never skips.
 */
class DevelopmentGroupReportPageBrowserIT extends PostgresIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Academic year 1998/99: no other test records anything this far back, so the figures are ours alone. */
    private static final int YEAR = 1998;
    private static final String REPORT = "/api/reports/development-group?academicYear=" + YEAR;
    private static final int ENQUIRIES = 11;

    private static boolean enquiriesRecorded;

    /** One browser for the class: Chromium takes seconds to start, and each test loads the page afresh anyway. */
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + " (missing: " + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " ")
                    + (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER) + "). Run .ci/ensure-browser.sh.");
        }
        profile = Files.createTempDirectory("casebook-chromium-");
        // Both given explicitly, so Selenium Manager never runs: it would look for, or download, its own.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("dg1:dg1-pass".getBytes(StandardCharsets.UTF_8)))));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void openTheReport() {
        recordEnquiriesIn1998();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().logs().get(LogType.BROWSER); // read, so that each test sees only its own page's messages
        browser.get("http://127.0.0.1:" + port + REPORT);
    }

    @Test
    void namesTheAcademicYearInTheTitleAndHeading() {
        assertThat(browser.getTitle()).isEqualTo("Development Group report, academic year 1998/99");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Development Group report, academic year 1998/99");
    }

    @Test
    void drawsEveryChartWithATitleADescriptionAndACaption() {
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));

        assertThat(charts).isNotEmpty();
        assertThat(charts).hasSameSizeAs(browser.findElements(By.tagName("figcaption")));
        for (WebElement chart : charts) {
            String id = chart.getDomAttribute("id");
            Rectangle drawn = chart.getRect();
            assertThat(drawn.getWidth()).as("width of chart %s", id).isPositive();
            assertThat(drawn.getHeight()).as("height of chart %s", id).isPositive();
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).as("bars of chart %s", id).isNotEmpty();
            assertThat(textOf(chart.findElement(By.cssSelector(":scope > title")))).as("title of chart %s", id)
                    .isNotBlank();
            assertThat(textOf(chart.findElement(By.cssSelector(":scope > desc")))).as("desc of chart %s", id)
                    .isNotBlank();
        }
    }

    @Test
    void drawsAVisibleBarForEveryCountAboveNoughtAndNoneForNought() {
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.chart rect.bar"));
        int drawn = 0;
        for (WebElement bar : bars) {
            String count = textOf(bar.findElement(By.xpath("following-sibling::*[1]")));
            Rectangle rect = bar.getRect();
            if (count.equals("0")) {
                assertThat(rect.getWidth()).as("bar for a count of 0").isZero();
            } else {
                assertThat(rect.getWidth()).as("bar for a count of %s", count).isPositive();
                assertThat(rect.getHeight()).as("bar for a count of %s", count).isPositive();
                drawn++;
            }
        }
        assertThat(drawn).as("bars drawn for counts above nought").isPositive();

        WebElement byChannel = browser.findElement(By.id("enquiries-by-channel"));
        WebElement phone = bar(byChannel, "Phone");
        WebElement email = bar(byChannel, "Email");
        assertThat(phone.getRect().getWidth()).isGreaterThan(email.getRect().getWidth()).isPositive();
        assertThat(email.getDomAttribute("class")).isEqualTo("bar suppressed");
    }

    @Test
    void showsCountsFromOneToFourOnlyAsLessThanFive() {
        WebElement byChannel = browser.findElement(By.id("enquiries-by-channel"));
        assertThat(textOf(bar(byChannel, "Email").findElement(By.xpath("following-sibling::*[1]"))))
                .isEqualTo("<5");
        assertThat(textOf(bar(byChannel, "Phone").findElement(By.xpath("following-sibling::*[1]"))))
                .isEqualTo("5");
        assertThat(textOf(byChannel.findElement(By.cssSelector(":scope > desc")))).contains("Email <5")
                .doesNotContain("Email 2");

        // The table behind the chart is folded away until someone opens it, as a person would.
        WebElement table = byChannel.findElement(By.xpath("following-sibling::details[1]"));
        WebElement emailRow = table.findElement(By.xpath(".//tr[td[1]='Email']"));
        assertThat(emailRow.isDisplayed()).isFalse();
        table.findElement(By.tagName("summary")).click();
        assertThat(emailRow.isDisplayed()).isTrue();
        assertThat(emailRow.getText()).isEqualTo("Email <5 0");

        // Indicator 2: three of the enquiries came by phone from a parent.
        WebElement indicatorTwo = browser.findElement(
                By.xpath("//section[h2='Draft performance indicators']//tbody/tr[td[1]='2']"));
        assertThat(indicatorTwo.findElements(By.tagName("td")).get(2).getText()).isEqualTo("<5");
    }

    @Test
    void drawsThePreviousAcademicYearBesideEachCountInTheSameChart() {
        WebElement byChannel = browser.findElement(By.id("enquiries-by-channel"));
        WebElement phone = bar(byChannel, "Phone");
        WebElement phoneBefore = phone.findElement(By.xpath("following-sibling::*[2]"));

        assertThat(phoneBefore.getDomAttribute("class")).isEqualTo("bar previous");
        assertThat(textOf(phoneBefore.findElement(By.xpath("following-sibling::*[1]")))).isEqualTo("8");
        assertThat(phoneBefore.getRect().getWidth()).isGreaterThan(phone.getRect().getWidth());
        assertThat(phoneBefore.getRect().getY()).as("below this year's bar").isGreaterThan(phone.getRect().getY());
        WebElement letterBefore = bar(byChannel, "Letter").findElement(By.xpath("following-sibling::*[2]"));
        assertThat(letterBefore.getRect().getWidth()).as("no letters the year before").isZero();
        assertThat(textOf(byChannel.findElement(By.cssSelector(":scope > desc"))))
                .contains("1998/99 beside 1997/98").contains("Phone 5 (1997/98 8)");
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar.previous")))
                .hasSameSizeAs(browser.findElements(By.cssSelector("svg.chart rect.bar:not(.previous)")));
        WebElement enquiries = browser.findElement(By.xpath("//dl[@class='figures']/div[dt='Enquiries received']/dd"));
        assertThat(enquiries.getText()).isEqualTo("11\n1997/98: 8");
    }

    @Test
    void raisesNoErrorInTheBrowserConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // Chromium asks for /favicon.ico on its own; the service has none, and the page does not ask for it.
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !entry.getMessage().contains("favicon")) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertThat(errors).as("browser console (a Content-Security-Policy violation would show here)").isEmpty();
    }

    @Test
    void fitsEveryChartOnAPhoneScreenAndIsSavedForAPersonToLookAt() throws IOException {
        savePageAsPng(Path.of(System.getProperty("basedir", "."), "target", "report-page.png"));

        browser.manage().window().setSize(new Dimension(390, 844));
        int screenWidth = browser.findElement(By.tagName("html")).getRect().getWidth();
        for (WebElement chart : browser.findElements(By.cssSelector("svg.chart"))) {
            Rectangle drawn = chart.getRect();
            assertThat(drawn.getX() + drawn.getWidth()).as("right edge of chart %s", chart.getDomAttribute("id"))
                    .isLessThanOrEqualTo(screenWidth);
            assertThat(drawn.getHeight()).isPositive();
        }
    }

    /**
     * Eleven enquiries in 1998/99: five by phone, two by email, four by letter; three of them from parents by phone.
     * Two small channel counts that together make 5 or more leave the phone count shown exactly.
     */
    private void recordEnquiriesIn1998() {
        synchronized (DevelopmentGroupReportPageBrowserIT.class) {
            if (!enquiriesRecorded) {
                enquiry("1998-09-14", "PHONE", "PARENT", "STATUTORY_ASSESSMENT");
                enquiry("1998-11-02", "PHONE", "PARENT", "STATUTORY_ASSESSMENT");
                enquiry("1999-01-19", "PHONE", "PARENT", "EXCLUSION");
                enquiry("1999-03-08", "PHONE", "SCHOOL", "SCHOOL_BASED_SUPPORT");
                enquiry("1999-05-24", "PHONE", "SCHOOL", "STATUTORY_ASSESSMENT");
                enquiry("1999-06-30", "EMAIL", "PARENT", "TRANSPORT");
                enquiry("1999-08-31", "EMAIL", "PARENT", "STATUTORY_ASSESSMENT");
                for (String day : List.of("1998-10-05", "1999-02-01", "1999-04-12", "1999-07-05")) {
                    enquiry(day, "LETTER", "SCHOOL", "TRANSPORT");
                }
                // The academic year before, shown beside it: eight enquiries by phone.
                for (int i = 0; i < 8; i++) {
                    enquiry("1998-0" + (1 + i) + "-15", "PHONE", "PARENT", "TRANSPORT");
                }
                enquiriesRecorded = true;
            }
        }
        awaitReportCounting(ENQUIRIES);
    }

    private void enquiry(String receivedOn, String channel, String enquirerRole, String topic) {
        Api.Response opened = api.as("caseworker1").post("/api/enquiries", body("receivedOn", receivedOn,
                "channel", channel, "enquirerRole", enquirerRole, "about", "CHILD", "topics", List.of(topic)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    /** The report is built from a projection that catches up with the events a moment later. */
    private void awaitReportCounting(int enquiries) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode report = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Response response = api.as("dg1").header("Accept", "application/json").get(REPORT);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            report = response.json();
            if (report.at("/enquiries/total").asInt() == enquiries) {
                return;
            }
            sleep(100);
        }
        fail("the report for " + YEAR + " did not come to count " + enquiries + " enquiries: " + report);
    }

    /** The bar for one item of a chart, found by the label drawn just before it. */
    private static WebElement bar(WebElement chart, String label) {
        return chart.findElement(By.xpath("./*[local-name()='text'][.='" + label + "']/following-sibling::*[1]"));
    }

    /** Text as the DOM holds it: a screen reader reads an SVG's title and desc although they are never drawn. */
    private static String textOf(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    /** The whole page, not only the window, as a PNG (Chrome DevTools Protocol, through chromedriver). */
    @SuppressWarnings("unchecked")
    private void savePageAsPng(Path file) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"),
                        "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(file)).isPositive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
