package org.jixiao.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Target;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.web.FormFields;
import org.jixiao.support.DamagedFiles;
import org.jixiao.support.Documents;
import org.jixiao.support.LibraryWords;
import org.jixiao.web.SignedIn;
import org.jixiao.web.StoredSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The library through its pages, and in the unit workspace: suggestions per key task added with one click,
 * last year's actual value beside each annual target and a target below it flagged before submission.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LibraryPageTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionRepository<?> sessions;
    /** The session a redirect's flash attributes travel in. */
    private Cookie sessionCookie;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private long id;
    private Account editor;
    private Account admin;
    private EvaluationDocument thisYear;
    private String region;

    /** A unit with last year's evaluation (every target met) and this year's, one target set below last year's. */
    @BeforeEach
    void aUnitWithLastYear() {
        int run = RUN.incrementAndGet();
        sessionCookie = StoredSessions.newSessionCookie(sessions);
        region = "广州市库页区" + run;
        String unitName = "指标库页面单位" + run;
        evaluations.importDocuments(List.of(Documents.performingAt(Documents.seedOf(unitName, region, 2022), 100)), "test");
        EvaluationDocument seed = Documents.seedOf(unitName, region, 2023);
        KeyTask second = seed.keyTasks().get(1);
        List<Indicator> indicators = new ArrayList<>(second.indicators());
        Indicator special = indicators.get(3); // 特色活动建设达标率, 100% last year
        indicators.set(3, Indicator.builder()
                .levels(special.level1(), special.level2(), special.levelInferred()).name(special.name())
                .cycleTarget(special.cycleTarget()).annualTarget(Target.parse("90%")).actual(special.actual())
                .met(special.met()).build());
        thisYear = seed.withKeyTasks(List.of(seed.keyTasks().get(0), second.withIndicators(indicators)));
        id = evaluations.importDocuments(List.of(thisYear), "test").get(0).id();
        long unit = evaluations.unit(unitName, region).orElseThrow().id();
        editor = accounts.create("lp-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        admin = accounts.create("lp-admin-" + run, "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
    }

    @Test
    void theWorkspaceAsksForSuggestionsPerKeyTaskAndShowsLastYearsActuals() throws Exception {
        String page = mvc.perform(as(editor, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("hx-post=\"/library/suggestions?task=0\"", "hx-post=\"/library/suggestions?task=1\"");
        assertThat(page).contains("2022 年实际：100%");
        assertThat(page).contains("低于 2022 年实际 100%");
        // the live check flags it too, before submission
        assertThat(page).contains("的年度指标值 90% 低于上年（2022年）实际完成值 100%");
    }

    @Test
    void suggestionsComeFromTheTasksNameAndGoalWithoutWhatItHas() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(thisYear, 0);

        String fragment = mvc.perform(as(editor, post("/library/suggestions").param("task", "1").params(form)))
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("add-library:1:FE-007", "add-library:1:FE-008", "add-library:1:FE-013");
        // FE-012 is known as 年度免费开放时间, which the task has
        assertThat(fragment).doesNotContain("add-library:1:FE-012");
        assertThat(fragment).doesNotContain("<html");
        // 召开会议次数 is among the task's indicators: the generic entry of that name is not suggested again
        assertThat(fragment).doesNotContain("add-library:1:GEN-004");
    }

    @Test
    void aSuggestionIsAddedWithOneClickKeepingWhatWasTyped() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(thisYear, 0);
        form.set("conclusion", "尚未保存的结论");

        String page = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)
                .param("op", "add-library:1:FE-012"))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("尚未保存的结论");
        assertThat(page).contains("name=\"keyTasks[1].indicators[4].name\" value=\"妇女儿童活动中心年度免费开放天数\"");
        assertThat(page).contains("name=\"keyTasks[1].indicators[4].annualTarget\" value=\"&ge;300天\"", "≥ 300 天");
        assertThat(evaluations.find(id).orElseThrow().document().keyTasks().get(1).indicators()).hasSize(4);
    }

    @Test
    void aCodeNotInUseAddsNothingAndLosesNothing() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(thisYear, 0);
        form.set("conclusion", "尚未保存的结论");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)
                .param("op", "add-library:1:NO-999"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("尚未保存的结论").doesNotContain("keyTasks[1].indicators[4].name");
    }

    @Test
    void theLibraryIsBrowsedSearchedAndEachEntryShowsItsVersions() throws Exception {
        String index = body(as(editor, get("/library").param("q", "档案数字化")));
        String entry = body(as(editor, get("/library/DA-001")));

        assertThat(index).contains("馆藏档案数字化扫描页数", "提议新增指标").doesNotContain("导出 Excel");
        assertThat(index.indexOf("DA-001")).isLessThan(index.indexOf("DA-007") < 0 ? Integer.MAX_VALUE : index.indexOf("DA-007"));
        assertThat(entry).contains("当年完成数字化扫描并挂接目录的馆藏纸质档案页数", "计划标准", "第 1 版", "随系统提供");
        assertThat(body(as(admin, get("/library")))).contains("导出 Excel", "导入");
    }

    @Test
    void anAdministratorEditsAnEntryAndBothVersionsCanBeRead() throws Exception {
        String code = "KP-0" + (50 + RUN.incrementAndGet());
        MockHttpServletResponse created = mvc.perform(as(admin, post("/admin/library").param("kind", "SCIENCE_POPULARISATION")
                .param("level1", "OUTPUT").param("level2", "QUANTITY").param("name", "科普页面测试指标" + code)
                .param("definition", "页面测试。").param("unit", "场").param("comparator", ">=").param("targetBasis", "HISTORY")
                .param("exampleTargets", "≥10场\n≥12场"))).andReturn().getResponse();
        String location = created.getRedirectedUrl();
        assertThat(location).startsWith("/library/KP-");
        String newCode = location.substring("/library/".length());

        MockHttpServletResponse saved = mvc.perform(as(admin, post("/admin/library/" + newCode).param("version", "1")
                .param("kind", "SCIENCE_POPULARISATION").param("level1", "OUTPUT").param("level2", "QUANTITY")
                .param("name", "科普页面测试指标" + code).param("definition", "页面测试，改过。").param("unit", "场")
                .param("comparator", ">=").param("targetBasis", "HISTORY").param("note", "改写解释"))).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/library/" + newCode);
        assertThat(body(as(editor, get("/library/" + newCode)))).contains("页面测试，改过。", "第 2 版", "改写解释");
        assertThat(body(as(editor, get("/library/" + newCode).param("version", "1")))).contains("页面测试。", "这是第 1 版");
        MockHttpServletResponse invalid = mvc.perform(as(admin, post("/admin/library").param("kind", "ARCHIVES")
                .param("level1", "BENEFIT").param("level2", "QUANTITY").param("name", "无效").param("definition", "x")
                .param("unit", "次").param("targetBasis", "PLAN"))).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("二级指标“数量指标”不属于一级指标“效益指标”");
    }

    @Test
    void aChoiceNoListOffersOrADamagedFileIsRefusedInChineseNotInTheLibrariesWords() throws Exception {
        MockHttpServletResponse level = mvc.perform(as(admin, post("/admin/library").param("kind", "ARCHIVES")
                .param("level1", "NO_SUCH_LEVEL").param("level2", "QUANTITY").param("name", "无效").param("definition", "x")
                .param("unit", "次").param("targetBasis", "PLAN"))).andReturn().getResponse();
        MockHttpServletResponse direction = mvc.perform(as(admin, post("/admin/library").param("kind", "ARCHIVES")
                .param("level1", "OUTPUT").param("level2", "QUANTITY").param("name", "无效").param("definition", "x")
                .param("unit", "次").param("comparator", "≈").param("targetBasis", "PLAN"))).andReturn().getResponse();
        MockHttpServletResponse workbook = mvc.perform(as(admin, multipart("/admin/library/import")
                .file(new MockMultipartFile("file", "指标库.xlsx", null, DamagedFiles.xlsxWithBrokenXml()))))
                .andReturn().getResponse();
        MockHttpServletResponse json = mvc.perform(as(admin, multipart("/admin/library/import")
                .file(new MockMultipartFile("file", "指标库.json", null,
                        "{\"schema\": \"jixiao/indicator-library/v1\", \"indicators\": [}".getBytes(StandardCharsets.UTF_8)))))
                .andReturn().getResponse();

        assertThat(problemOf(level)).isEqualTo("一级指标“NO_SUCH_LEVEL”不是可选的值，请从列表中选择");
        assertThat(problemOf(direction)).isEqualTo("指标方向“≈”不是可选的值（应为 >=、<=、=、>、< 或定性）");
        assertThat(problemOf(workbook))
                .isEqualTo("指标库.xlsx：不是有效的 Excel（.xlsx） 文件：部件 xl/workbook.xml 的 XML 已损坏（第 1 行第 34 列）");
        assertThat(problemOf(json)).isEqualTo("指标库.json：不是有效的指标库 JSON 文件（第 1 行第 58 列）：括号不配对：多余或不匹配的 } 或 ]");
        for (MockHttpServletResponse refused : List.of(level, direction, workbook, json)) {
            LibraryWords.assertNoneIn(problemOf(refused));
        }
    }

    @Test
    void anEntryWhoseNameWouldShowReversedIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse named = mvc.perform(as(admin, post("/admin/library").param("kind", "ARCHIVES")
                .param("level1", "OUTPUT").param("level2", "QUANTITY").param("name", "档案\u202E数页描扫")
                .param("definition", "x").param("unit", "页").param("targetBasis", "PLAN"))).andReturn().getResponse();
        MockHttpServletResponse alias = mvc.perform(as(editor, post("/library/proposals").param("kind", "ARCHIVES")
                .param("level1", "OUTPUT").param("level2", "QUANTITY").param("name", "档案扫描页数（提议）")
                .param("definition", "x").param("unit", "页").param("targetBasis", "PLAN")
                .param("aliases", "扫描页数\n扫描\u200B页数"))).andReturn().getResponse();

        assertThat(named.getStatus()).isEqualTo(422);
        assertThat(problemOf(named)).isEqualTo("指标“档案数页描扫”：三级指标名称含有不可见的文字方向控制符 U+202E（第 3 个字符），"
                + "请删除后重新填写");
        assertThat(alias.getStatus()).isEqualTo(422);
        assertThat(problemOf(alias)).isEqualTo("指标“档案扫描页数（提议）”：别名含有不可见的零宽字符 U+200B（第 3 个字符），请删除后重新填写");
    }

    /** The line of the page that says what was refused. */
    private static String problemOf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isBetween(400, 499);
        Matcher problem = Pattern.compile("<p class=\"problem\">([^<]*)</p>").matcher(response.getContentAsString());
        assertThat(problem.find()).as("the page says what was refused").isTrue();
        return HtmlUtils.htmlUnescape(problem.group(1));
    }

    @Test
    void theExportDownloadsAndAnImportOfItChangesNothing() throws Exception {
        MockHttpServletResponse xlsx = mvc.perform(as(admin, get("/admin/library/export.xlsx"))).andReturn().getResponse();
        MockHttpServletResponse json = mvc.perform(as(admin, get("/admin/library/export.json"))).andReturn().getResponse();

        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment");
        assertThat(json.getContentAsString()).contains("\"schema\" : \"jixiao/indicator-library/v1\"");
        String page = body(as(admin, multipart("/admin/library/import")
                .file(new MockMultipartFile("file", "指标库.xlsx", null, xlsx.getContentAsByteArray()))), true);
        assertThat(page).contains("新增 0 个，更新 0 个");
    }

    @Test
    void theRegionsStatisticsShowTheShareOfGenericIndicators() throws Exception {
        Account reviewer = accounts.create("lp-reviewer-" + RUN.incrementAndGet(), "审核人", Role.FINANCE_REVIEWER, null,
                region, "secret-pass-1");

        String page = body(as(reviewer, get("/library/statistics").param("year", "2023")));

        assertThat(page).contains("各单位通用指标占比", "37.5%", "服务对象满意度（%）", "GEN-001");
    }

    private String body(RequestBuilder request) throws Exception {
        return body(request, false);
    }

    /** The page, following one redirect (with its flash attributes) where asked. */
    private String body(RequestBuilder request, boolean follow) throws Exception {
        var result = mvc.perform(request).andReturn();
        if (!follow || result.getResponse().getRedirectedUrl() == null) {
            return result.getResponse().getContentAsString();
        }
        return mvc.perform(as(admin, get(result.getResponse().getRedirectedUrl()))).andReturn().getResponse()
                .getContentAsString();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
        return request.cookie(sessionCookie).with(SignedIn.as(account)).with(csrf());
    }
}
