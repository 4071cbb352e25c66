package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's first call, as they would make it: Swagger UI in a real headless Chromium, "Authorize" with a demo
 * user's name and password, then "Try it out" and "Execute" on {@code GET /api/caseload}. This only works when the
 * OpenAPI document declares its security scheme (ApiDescription), so that Swagger UI sends the credentials.
 *
 * <p>Debian's Chromium and ChromeDriver at fixed paths, as for {@link DevelopmentGroupReportPageBrowserIT}
 * ({@code .ci/ensure-browser.sh} installs them); nothing is downloaded, and without them the test fails.
 */
class SwaggerUiBrowserIT extends PostgresIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ". Run .ci/ensure-browser.sh.");
        }
        profile = Files.createTempDirectory("casebook-chromium-");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
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

    @Test
    void aCaseworkerAuthorisesAndTriesTheirCaseload() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + port + "/swagger-ui.html");

        // The page names the API and its version, not springdoc's "OpenAPI definition v0".
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
        assertThat(title.getText()).startsWith("Casebook API").doesNotContain("OpenAPI definition");

        browser.findElement(By.cssSelector("button.btn.authorize")).click();
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[aria-label='auth-basic-username']")));
        username.sendKeys("caseworker1");
        browser.findElement(By.cssSelector("input[aria-label='auth-basic-password']")).sendKeys("caseworker1-pass");
        browser.findElement(By.cssSelector(".modal-ux button.btn.modal-btn.auth.authorize")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux button.btn.modal-btn.auth.btn-done"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        WebElement caseload = browser.findElement(By.xpath(
                "//div[contains(@class,'opblock-get')][.//*[contains(@class,'opblock-summary-path')]"
                        + "[@data-path='/api/caseload']]"));
        scrollTo(caseload);
        caseload.findElement(By.cssSelector("button.opblock-summary-control")).click();
        WebElement tryItOut = wait.until(ExpectedConditions.elementToBeClickable(
                caseload.findElement(By.cssSelector("button.try-out__btn"))));
        scrollTo(tryItOut);
        tryItOut.click();
        WebElement execute = wait.until(ExpectedConditions.elementToBeClickable(
                caseload.findElement(By.cssSelector("button.execute"))));
        scrollTo(execute);
        execute.click();

        WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(caseload,
                By.cssSelector(".live-responses-table .response .response-col_status"))).get(0);
        assertThat(status.getText().strip()).startsWith("200");
        // The request Swagger UI shows carried the credentials, as a curl command a person could copy.
        assertThat(caseload.findElement(By.cssSelector(".curl-command")).getText()).contains("Authorization: Basic");
    }

    private static void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
