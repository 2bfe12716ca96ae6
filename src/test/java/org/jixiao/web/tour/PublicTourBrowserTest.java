package org.jixiao.web.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public, not logged in: the portal lists the published reports with their scores, the seed's among them; its
 * report reads as published, signed; the PDF downloaded from it is verified as what was published, and a copy
 * changed after downloading is not.
 */
class PublicTourBrowserTest extends RoleTour {

    private static final By SEED_ROW = By.xpath("//table[contains(@class, 'list')]//tr[td/a[text()='" + SEED_UNIT
            + "'] and td[text()='2023']]");

    PublicTourBrowserTest() {
        super("public");
    }

    @Test
    void findsTheSeedsReportWithItsScoreReadsItAndVerifiesItsPdf(@TempDir Path dir) throws Exception {
        open("/");
        assertThat(browser.getCurrentUrl()).as("the first page of someone not logged in").endsWith("/public");
        WebElement seed = browser.findElement(SEED_ROW);
        assertThat(seed.getText()).contains("部门整体支出");
        String listed = scoreOf(seed, By.cssSelector("td.score"));
        seen("the portal", 1, "portal");
        type("q", "妇女");
        click(By.xpath("//button[text()='搜索']"));
        waitFor(By.cssSelector("input[name='q'][value='妇女']"));
        assertThat(browser.findElements(By.cssSelector("table.list tbody tr"))).as("found by a word of its text")
                .contains(browser.findElement(SEED_ROW)).hasSizeLessThan(3);

        click(By.linkText(SEED_UNIT));
        assertThat(text(By.cssSelector("h1.report-title"))).isEqualTo("2023年度" + SEED_UNIT + "部门整体支出绩效自评报告");
        assertThat(text(By.cssSelector(".public-score .total-points"))).as("the score the list showed").isEqualTo(listed);
        assertThat(text(By.cssSelector(".signed-note"))).contains("数字签名");
        noConsoleErrors("the published report");
        shot(2, "report");

        // the PDF as its link downloads it (the browser would save it), kept where a person keeps a download
        String pdfLink = browser.findElement(By.linkText("自评报告（PDF）")).getDomProperty("href");
        byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Path downloaded = Files.write(dir.resolve(SEED_UNIT + "-2023.pdf"), pdf);
        click(By.linkText("核验下载的报告"));
        browser.findElement(By.name("file")).sendKeys(downloaded.toString());
        click(By.cssSelector(".verify-form button[type=submit]"));
        assertThat(text(By.cssSelector(".verdict"))).contains("核验通过", SEED_UNIT + " 2023", "荔湾区财政局审核人");
        noConsoleErrors("the check");
        shot(3, "verified");

        // a copy changed after it was downloaded (a byte of its content) is not the published one
        pdf[pdf.length / 2] ^= 1;
        Path changed = Files.write(dir.resolve(SEED_UNIT + "-2023-改.pdf"), pdf);
        open("/public/verify");
        browser.findElement(By.name("file")).sendKeys(changed.toString());
        click(By.cssSelector(".verify-form button[type=submit]"));
        assertThat(text(By.cssSelector(".verdict"))).contains("核验未通过");
        shot(4, "changed-copy");
    }
}
