package org.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver. Where they are not installed, browser tests are skipped
 * with a message; under CI (environment variable CI set, as .ci/run does) they must run, so a missing browser fails.
 */
public final class Browser {

    // Debian's places, Ubuntu's and Fedora's name for the browser, or where JIXIAO_CHROMIUM and JIXIAO_CHROMEDRIVER say
    private static final Path CHROMIUM = installed("JIXIAO_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final Path CHROMEDRIVER = installed("JIXIAO_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    private static Path installed(String variable, String... places) {
        String set = System.getenv(variable);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        for (String place : places) {
            if (Files.isExecutable(Path.of(place))) {
                return Path.of(place);
            }
        }
        return Path.of(places[0]);
    }

    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: " + SkippedForMissingPackages.MARK
                + "chromium and chromium-driver are not installed (Debian: apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return driver;
    }

    /** Logs in through the login form of the server at {@code port}, and waits for the page that greets the user. */
    public static void logIn(ChromeDriver browser, int port, String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
    }

    /** Logs out with the header's button, and waits for the login link. */
    public static void logOut(ChromeDriver browser) {
        browser.findElement(By.cssSelector(".who button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.linkText("登录")));
    }

    /** Opens the page at an office screen's 1366 × 768 and holds that it needs no sideways scrolling there. */
    public static void openFitting(ChromeDriver browser, int port, String path) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1366, "height", 768,
                "deviceScaleFactor", 1, "mobile", false));
        browser.get("http://localhost:" + port + path);
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as(path + ": no sideways scrolling at 1366 px").isLessThanOrEqualTo(clientWidth);
    }

    /** The whole page as it stands, as target/screenshots/NAME.png. */
    public static void keep(ChromeDriver browser, String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) browser
                .executeCdpCommand("Page.getLayoutMetrics", Map.of())).get("cssContentSize");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1366, "height",
                ((Number) content.get("height")).intValue(), "deviceScaleFactor", 1, "mobile", false));
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
