package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jixiao.account.Accounts;
import org.jixiao.document.DocumentJson;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.review.ReviewWorkflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API over real HTTP, as curl meets it: Basic credentials on parallel requests, and an upload over the
 * container's limit answered with problem details rather than a broken connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private ApiFixture fixture;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @BeforeAll
    void people() {
        fixture = new ApiFixture("接口服务", "api-server", evaluations, accounts, workflow);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void parallelRequestsOfOneClientAllGetThrough() throws Exception {
        long id = fixture.evaluationOfA("draft");
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> client.send(request("/api/v1/evaluations/" + id).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        List<Future<HttpResponse<String>>> answers = pool.invokeAll(calls, 60, TimeUnit.SECONDS);

        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains(fixture.unitA);
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void anUploadOverTheContainersLimitIsAProblemNotABrokenConnection() throws Exception {
        String boundary = "jixiao-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[(int) ReportExtractor.MAX_BYTES + 1]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = client.send(request("/api/v1/extract")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(DocumentJson.parseTree(response.body()).get("detail").asString())
                .isEqualTo("上传的文件超过 50 MB，不像一份自评报告");
    }

    private HttpRequest.Builder request(String path) {
        String credentials = fixture.account("editorA").username() + ":" + ApiFixture.PASSWORD;
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
