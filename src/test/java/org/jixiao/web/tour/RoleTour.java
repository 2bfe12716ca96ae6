package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A role's tour of the demo in a real browser at 1366 × 768, as its demo account: what a person of that role does,
 * by clicking and typing, and what they must see. The tours share one context of their own (the properties below):
 * they submit, return, approve and publish the demo's evaluations, which the other browser tests read as the demo
 * made them. Each tour keeps to evaluations the others leave alone, so they pass in any order. Screenshots go to
 * target/screenshots/tour-&lt;role&gt;-&lt;nn&gt;-&lt;step&gt;.png; the reviewed ones are kept in docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo.enabled=true")
abstract class RoleTour {

    static final String REGION = "广州市荔湾区";
    static final String SEED_UNIT = "广州市荔湾区妇女联合会";
    private static final String PASSWORD = "Tour-pass-2026-x";
    /** The demo accounts given the tours' password in this JVM (the demo's own are printed once, at its start). */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    ChromeDriver browser;
    private final String role;

    RoleTour(String role) {
        this.role = role;
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Logs the demo's account in through the login page, with a password set through the account service. */
    void logIn(String username) {
        if (KNOWN.add(username)) {
            Account account = accounts.find(username).orElseThrow();
            accounts.changePassword(username, accounts.resetPassword(account.id()), PASSWORD);
        }
        Browser.logIn(browser, port, username, PASSWORD);
    }

    void logOut() {
        Browser.logOut(browser);
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks as a person would: the element scrolled into the middle of the window first. */
    void click(By by) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Replaces what the field named so holds. */
    void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(text);
    }

    String text(By by) {
        return browser.findElement(by).getText();
    }

    String main() {
        return text(By.tagName("main"));
    }

    /** Waits until the page that the last click led to says so (the old page may still be showing). */
    void expectNotice(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), text));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Lets htmx finish what it loads with the page (the workspace's live check, its suggestions). */
    void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
    }

    /**
     * No script error and no content-security-policy violation so far. A refusal the page shows (422: 送审 with
     * errors) and a question it asks (409: the warnings to confirm, a report imported before) are answers the
     * browser notes as failed loads: those are allowed, and any other status the tour expects to be answered.
     */
    void noConsoleErrors(String where, int... expected) {
        List<String> answers = new ArrayList<>(List.of("status of 409", "status of 422", "favicon.ico"));
        for (int status : expected) {
            answers.add("status of " + status);
        }
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> answers.stream().noneMatch(e.getMessage()::contains)).toList();
        assertThat(problems).as("console of " + where).isEmpty();
    }

    /** Nothing scrolls sideways at 1366 px. */
    void fitsTheWindow(String where) {
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(where + " fits 1366 px").isTrue();
    }

    /** The score a row of a list shows in that cell (two decimals), beside a grade in words; the score. */
    static String scoreOf(WebElement row, By cell) {
        String score = row.findElement(cell).getText();
        assertThat(score).as("the score of " + row.getText()).matches("\\d+\\.\\d{2}");
        assertThat(row.findElement(By.cssSelector(".grade")).getText()).isIn("优", "良", "中", "差");
        return score;
    }

    /** A main step's page as it must be seen: fitting the window, with no console error; and its screenshot. */
    void seen(String where, int number, String step) throws Exception {
        fitsTheWindow(where);
        noConsoleErrors(where);
        shot(number, step);
    }

    /** What a link downloads, as the browser would fetch it: with the person's session, where they are logged in. */
    byte[] download(String href) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    /** The window as the person sees it, as target/screenshots/tour-&lt;role&gt;-&lt;nn&gt;-&lt;step&gt;.png. */
    void shot(int number, String step) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        String name = String.format(Locale.ROOT, "tour-%s-%02d-%s.png", role, number, step);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
