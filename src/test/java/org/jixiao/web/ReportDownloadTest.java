package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The report downloads of the evaluation page, over HTTP as a browser fetches them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportDownloadTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @CsvSource({
            "pdf, application/pdf, attachment, %PDF-",
            "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, attachment, PK",
            "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, attachment, PK",
            "html, text/html, inline, <!DOCTYPE html>"})
    void eachFormatDownloadsWithItsTypeAndAChineseFileName(String extension, String type, String disposition,
            String magic) throws Exception {
        HttpResponse<byte[]> response = get("/evaluations/" + seedId() + "/report." + extension);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(type));
        String header = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(header).startsWith(disposition);
        String what = extension.equals("xlsx") ? "绩效自评表" : "绩效自评报告";
        assertThat(URLDecoder.decode(header.substring(header.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("广州市荔湾区妇女联合会-2023-" + what + "." + extension);
        assertThat(new String(response.body(), 0, magic.length(), StandardCharsets.ISO_8859_1)).isEqualTo(magic);
    }

    @Test
    void theEvaluationPageLinksToEveryDownload() throws Exception {
        long id = seedId();
        String page = new String(get("/evaluations/" + id).body(), StandardCharsets.UTF_8);

        assertThat(page).contains("/evaluations/" + id + "/report.docx", "/evaluations/" + id + "/report.pdf",
                "/evaluations/" + id + "/report.html", "/evaluations/" + id + "/report.xlsx", "自评表（Excel）");
    }

    @Test
    void anUnknownFormatOrEvaluationIsNotFound() throws Exception {
        assertThat(get("/evaluations/" + seedId() + "/report.odt").statusCode()).isEqualTo(404);
        assertThat(get("/evaluations/999999/report.pdf").statusCode()).isEqualTo(404);
    }

    private long seedId() {
        EvaluationSummary seed = evaluations.summaries().get(0);
        return seed.id();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
