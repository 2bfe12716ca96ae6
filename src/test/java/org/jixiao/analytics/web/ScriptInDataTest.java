package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A name a unit typed that closes the chart data's script block and loads a script of the application's own (the
 * attack that approved and published an evaluation from a reviewer's browser): it stays data on every page that
 * draws charts, and the chart still shows the name as typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScriptInDataTest {

    private static final String PAYLOAD = "办结率</script><script src=\"/js/htmx.min.js\"></script><!--&'\u2028";
    private static final Pattern DATA_BLOCK =
            Pattern.compile("<script type=\"application/json\" id=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    @Test
    void anIndicatorNameStaysDataInTheHistoryCharts() throws Exception {
        EvaluationDocument document = withFirstIndicatorNamed(Documents.seedOf("脚本历年单位", "广州市脚本区", 2023), PAYLOAD);
        evaluations.importDocuments(List.of(document), "test");
        long unit = evaluations.unit("脚本历年单位", "广州市脚本区").orElseThrow().id();
        Account reviewer = accounts.create("script-history-reviewer", "审核人", Role.FINANCE_REVIEWER, null, "广州市脚本区",
                "secret-pass-1");

        String page = page("/units/" + unit + "/history", reviewer);

        JsonNode data = dataBlock(page, "history-data");
        assertThat(data.get("indicators").get(0).get("name").asString()).isEqualTo(PAYLOAD);
        assertThat(page).doesNotContain("<script src=\"/js/htmx.min.js\"></script><!--");
    }

    @Test
    void aUnitNameStaysDataInTheDashboardCharts() throws Exception {
        String unitName = "脚本看板单位" + PAYLOAD;
        evaluations.importDocuments(List.of(Documents.seedOf(unitName, "广州市脚本看板区", 2023)), "test");
        Account reviewer = accounts.create("script-dashboard-reviewer", "审核人", Role.FINANCE_REVIEWER, null,
                "广州市脚本看板区", "secret-pass-1");

        String page = page("/dashboard", reviewer);

        JsonNode data = dataBlock(page, "dashboard-data");
        // a unit's name is stored without the line separator at its end
        assertThat(data.get("rates").get("units").get(0).asString()).isEqualTo(unitName.strip());
        assertThat(page).doesNotContain("<script src=\"/js/htmx.min.js\"></script><!--");
    }

    @Test
    void noCharacterThatHtmlReadsAsMarkupIsLeftInTheJson() {
        String json = ScriptJson.of(Map.of("name", PAYLOAD));

        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028");
        assertThat(JsonMapper.builder().build().readTree(json).get("name").asString()).isEqualTo(PAYLOAD);
    }

    private String page(String path, Account account) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(account)))
                .andReturn().getResponse().getContentAsString();
    }

    /** The block's text as the browser hands it to JSON.parse: up to the first {@code </script>}. */
    private static JsonNode dataBlock(String page, String id) {
        Matcher block = DATA_BLOCK.matcher(page);
        while (block.find()) {
            if (block.group(1).equals(id)) {
                return JsonMapper.builder().build().readTree(block.group(2));
            }
        }
        throw new AssertionError("no data block " + id);
    }

    private static EvaluationDocument withFirstIndicatorNamed(EvaluationDocument document, String name) {
        List<KeyTask> tasks = new ArrayList<>(document.keyTasks());
        KeyTask first = tasks.get(0);
        List<Indicator> indicators = new ArrayList<>(first.indicators());
        Indicator i = indicators.get(0);
        indicators.set(0, i.toBuilder().name(name).build());
        tasks.set(0, first.withIndicators(indicators));
        return document.withKeyTasks(tasks);
    }
}
