package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.account.Accounts;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every role against every endpoint of the API, authenticated as API clients are (HTTP Basic): who gets the answer,
 * who must log in (401), who is refused (403) and who is told it does not exist (404, so that other units' and
 * other regions' evaluations do not leak). Each row works on an evaluation of its own in the status it names; a
 * refused step leaves the evaluation as it was. {@code /api/v1/evaluations(ID)} is an import of evaluation ID's own
 * document, changed: a revision of it, which only its unit's editor may make, as on the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private ApiFixture fixture;
    private ApiFixture administrators;

    @BeforeAll
    void peopleOfTwoRegions() {
        fixture = new ApiFixture("接口权限", "api-access", evaluations, accounts, workflow);
        administrators = new ApiFixture("接口三员", "api-three", evaluations, accounts, workflow);
    }

    @ParameterizedTest(name = "{0} {2} {3} on a {1} evaluation → {4}")
    @CsvSource(textBlock = """
            anonymous , draft    , GET , /api/v1/evaluations                , 200
            anonymous , draft    , GET , /api/v1/evaluations/ID             , 404
            anonymous , published, GET , /api/v1/evaluations/ID             , 200
            anonymous , draft    , GET , /api/v1/evaluations/ID/report.pdf  , 404
            anonymous , published, GET , /api/v1/evaluations/ID/report.html , 200
            anonymous , published, GET , /api/v1/evaluations/export         , 200
            anonymous , published, GET , /api/v1/evaluations/ID/score       , 401
            anonymous , published, GET , /api/v1/evaluations/ID/lint        , 401
            anonymous , published, GET , /api/v1/evaluations/ID/audit       , 401
            anonymous , published, GET , /api/v1/evaluations/ID/monitoring  , 401
            anonymous , draft    , POST, /api/v1/evaluations/ID/submit      , 401
            anonymous , submitted, POST, /api/v1/evaluations/ID/approve     , 401
            anonymous , draft    , POST, /api/v1/evaluations                , 401
            anonymous , draft    , POST, /api/v1/score                      , 401
            anonymous , draft    , POST, /api/v1/lint                       , 401
            anonymous , draft    , POST, /api/v1/extract                    , 401
            anonymous , draft    , GET , /api/v1/dashboard                  , 401
            anonymous , draft    , GET , /api/v1/monitoring                 , 401
            editorA   , draft    , GET , /api/v1/evaluations                , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID             , 200
            editorA   , draft    , GET , /api/v1/evaluations/export         , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID/score       , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID/lint        , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID/audit       , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID/report.docx , 200
            editorA   , draft    , GET , /api/v1/evaluations/ID/monitoring  , 200
            editorA   , draft    , POST, /api/v1/evaluations/ID/submit      , 200
            editorA   , returned , POST, /api/v1/evaluations/ID/submit      , 200
            editorA   , submitted, POST, /api/v1/evaluations/ID/submit      , 403
            editorA   , submitted, POST, /api/v1/evaluations/ID/approve     , 403
            editorA   , submitted, POST, /api/v1/evaluations/ID/return      , 403
            editorA   , approved , POST, /api/v1/evaluations/ID/publish     , 403
            editorA   , draft    , POST, /api/v1/evaluations                , 200
            editorA   , draft    , POST, /api/v1/evaluations(ID)            , 200
            editorA   , returned , POST, /api/v1/evaluations(ID)            , 200
            editorA   , draft    , POST, /api/v1/score                      , 200
            editorA   , draft    , POST, /api/v1/lint                       , 200
            editorA   , draft    , POST, /api/v1/extract                    , 200
            editorA   , draft    , GET , /api/v1/dashboard                  , 403
            editorA   , draft    , GET , /api/v1/monitoring                 , 403
            editorB   , draft    , GET , /api/v1/evaluations/ID             , 404
            editorB   , draft    , GET , /api/v1/evaluations/ID/score       , 404
            editorB   , draft    , GET , /api/v1/evaluations/ID/lint        , 404
            editorB   , draft    , GET , /api/v1/evaluations/ID/audit       , 404
            editorB   , draft    , GET , /api/v1/evaluations/ID/report.pdf  , 404
            editorB   , draft    , GET , /api/v1/evaluations/ID/monitoring  , 404
            editorB   , draft    , POST, /api/v1/evaluations/ID/submit      , 404
            editorB   , draft    , POST, /api/v1/evaluations                , 403
            editorB   , draft    , POST, /api/v1/evaluations(ID)            , 403
            leaderA   , draft    , GET , /api/v1/evaluations/ID             , 200
            leaderA   , draft    , GET , /api/v1/evaluations/ID/audit       , 200
            leaderA   , draft    , GET , /api/v1/evaluations/ID/monitoring  , 200
            leaderA   , draft    , POST, /api/v1/evaluations/ID/submit      , 403
            leaderA   , draft    , POST, /api/v1/evaluations                , 403
            leaderA   , draft    , POST, /api/v1/evaluations(ID)            , 403
            leaderA   , draft    , GET , /api/v1/dashboard                  , 403
            leaderA   , draft    , GET , /api/v1/monitoring                 , 403
            reviewerA , draft    , GET , /api/v1/evaluations/ID             , 200
            reviewerA , draft    , GET , /api/v1/evaluations/ID/audit       , 200
            reviewerA , draft    , GET , /api/v1/evaluations/ID/report.xlsx , 200
            reviewerA , draft    , GET , /api/v1/evaluations/ID/monitoring  , 200
            reviewerA , draft    , POST, /api/v1/evaluations/ID/submit      , 403
            reviewerA , draft    , POST, /api/v1/evaluations/ID/approve     , 403
            reviewerA , submitted, POST, /api/v1/evaluations/ID/approve     , 200
            reviewerA , submitted, POST, /api/v1/evaluations/ID/return      , 200
            reviewerA , approved , POST, /api/v1/evaluations/ID/publish     , 200
            reviewerA , submitted, POST, /api/v1/evaluations/ID/publish     , 403
            reviewerA , draft    , POST, /api/v1/evaluations                , 200
            reviewerA , draft    , POST, /api/v1/evaluations(ID)            , 403
            reviewerA , returned , POST, /api/v1/evaluations(ID)            , 403
            reviewerA , submitted, POST, /api/v1/evaluations(ID)            , 409
            reviewerA , draft    , GET , /api/v1/dashboard                  , 200
            reviewerA , draft    , GET , /api/v1/dashboard?region=YUEXIU    , 403
            reviewerA , draft    , GET , /api/v1/monitoring                 , 200
            reviewerA , draft    , GET , /api/v1/monitoring?region=YUEXIU   , 403
            reviewerB , submitted, GET , /api/v1/evaluations/ID             , 404
            reviewerB , submitted, GET , /api/v1/evaluations/ID/audit       , 404
            reviewerB , submitted, GET , /api/v1/evaluations/ID/score       , 404
            reviewerB , submitted, POST, /api/v1/evaluations/ID/approve     , 404
            reviewerB , submitted, POST, /api/v1/evaluations/ID/return      , 404
            reviewerB , approved , POST, /api/v1/evaluations/ID/publish     , 404
            reviewerB , draft    , POST, /api/v1/evaluations                , 403
            reviewerB , draft    , POST, /api/v1/evaluations(ID)            , 403
            reviewerB , draft    , GET , /api/v1/dashboard                  , 200
            reviewerB , draft    , GET , /api/v1/dashboard?region=LIWAN     , 403
            admin     , draft    , GET , /api/v1/evaluations/ID             , 200
            admin     , draft    , GET , /api/v1/evaluations/ID/audit       , 200
            admin     , draft    , GET , /api/v1/evaluations/ID/lint        , 200
            admin     , draft    , POST, /api/v1/evaluations/ID/submit      , 403
            admin     , submitted, POST, /api/v1/evaluations/ID/approve     , 403
            admin     , submitted, POST, /api/v1/evaluations/ID/return      , 403
            admin     , approved , POST, /api/v1/evaluations/ID/publish     , 403
            admin     , draft    , POST, /api/v1/evaluations                , 403
            admin     , draft    , POST, /api/v1/evaluations(ID)            , 403
            admin     , returned , POST, /api/v1/evaluations(ID)            , 403
            admin     , draft    , POST, /api/v1/score                      , 200
            admin     , draft    , GET , /api/v1/dashboard?region=YUEXIU    , 200
            admin     , draft    , GET , /api/v1/monitoring?region=LIWAN    , 200
            """)
    void decides(String who, String status, String method, String path, int expected) throws Exception {
        decides(fixture, who, status, method, path, expected);
    }

    /**
     * The security and audit administrators (三员分立), with a fixture of their own: a unit has evaluations of at most
     * 111 years (1990–2100), and the rows above use most of them.
     */
    @ParameterizedTest(name = "{0} {2} {3} on a {1} evaluation → {4}")
    @CsvSource(textBlock = """
            secadmin  , draft    , GET , /api/v1/evaluations/ID             , 404
            secadmin  , published, GET , /api/v1/evaluations/ID             , 200
            secadmin  , draft    , POST, /api/v1/evaluations                , 403
            secadmin  , draft    , GET , /api/v1/dashboard                  , 403
            auditor   , draft    , GET , /api/v1/evaluations/ID/audit       , 404
            auditor   , draft    , POST, /api/v1/evaluations                , 403
            auditor   , submitted, POST, /api/v1/evaluations/ID/approve     , 404
            auditor   , draft    , GET , /api/v1/monitoring                 , 403
            """)
    void decidesForTheSecurityAndAuditAdministrators(String who, String status, String method, String path,
            int expected) throws Exception {
        decides(administrators, who, status, method, path, expected);
    }

    private void decides(ApiFixture fixture, String who, String status, String method, String path, int expected)
            throws Exception {
        long id = fixture.evaluationOfA(status);
        long versionBefore = workflow.read(fixture.actor("admin"), id).version();
        AbstractMockHttpServletRequestBuilder<?> request = request(fixture, method, path.replace("ID", String.valueOf(id)));
        if (!who.equals("anonymous")) {
            request.with(fixture.basic(who));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        if (expected != 200) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"status\": " + expected).containsPattern("\"detail\": \"[^\"]*\\p{IsHan}");
        }
        if (expected != 200 && method.equals("POST") && path.startsWith("/api/v1/evaluations/ID/")) {
            assertThat(workflow.read(fixture.actor("admin"), id).status())
                    .as("a refused step changes nothing").isEqualTo(EvaluationStatus.valueOf(status.toUpperCase()));
        }
        if (expected != 200 && path.equals("/api/v1/evaluations(ID)")) {
            assertThat(workflow.read(fixture.actor("admin"), id).version()).as("a refused import overwrites nothing")
                    .isEqualTo(versionBefore);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> request(ApiFixture fixture, String method, String path)
            throws IOException {
        String[] parts = path.split("\\?region=");
        String uri = parts[0];
        AbstractMockHttpServletRequestBuilder<?> request;
        if (method.equals("GET")) {
            request = MockMvcRequestBuilders.get(uri);
        } else if (uri.equals("/api/v1/extract")) {
            request = MockMvcRequestBuilders.multipart(uri).file(new MockMultipartFile("file", "d02-archives-2021.txt",
                    "text/plain", corpusText()));
        } else if (uri.matches("/api/v1/evaluations\\(\\d+\\)")) {
            long id = Long.parseLong(uri.replaceAll("\\D", "").substring(1)); // "v1" carries a digit
            EvaluationDocument stored = workflow.read(fixture.actor("admin"), id).document();
            request = MockMvcRequestBuilders.post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                    .content(DocumentJson.write(stored.withKeyTasks(stored.keyTasks().subList(0, 1))));
        } else {
            request = MockMvcRequestBuilders.post(uri);
            if (uri.endsWith("/submit")) {
                request.param("confirmWarnings", "true"); // the seed's warnings, confirmed: only access decides
            }
            String body = switch (uri.replaceAll("/evaluations/\\d+/", "/evaluations/ID/")) {
                case "/api/v1/evaluations" -> DocumentJson.write(fixture.newDocumentOfA());
                case "/api/v1/score", "/api/v1/lint" -> SeedDocument.json();
                case "/api/v1/evaluations/ID/return" -> "{\"comments\": {\"funds\": \"请说明结转结余的原因\"}}";
                default -> null;
            };
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (parts.length > 1) {
            request.param("region", parts[1].equals("LIWAN") ? ApiFixture.LIWAN : ApiFixture.YUEXIU);
        }
        return request;
    }

    private static byte[] corpusText() throws IOException {
        try (InputStream in = ApiAccessTest.class.getResourceAsStream("/extraction/corpus/d02-archives-2021.txt")) {
            return in.readAllBytes();
        }
    }
}
