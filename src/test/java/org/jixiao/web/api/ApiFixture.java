package org.jixiao.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People of two units in two regions, and evaluations of unit A brought to any status through the workflow:
 * what the API tests act with. Units and logins carry a prefix so that test classes sharing a context do not meet.
 */
final class ApiFixture {

    static final String LIWAN = "广州市荔湾区";
    static final String YUEXIU = "广州市越秀区";
    static final String PASSWORD = "secret-pass-1";
    /** Years handed out to new evaluations of unit A (within the format's 1990–2100), each a new evaluation. */
    private final AtomicInteger year = new AtomicInteger(1989);

    final String unitA;
    final String unitB;
    private final Evaluations evaluations;
    private final ReviewWorkflow workflow;
    private final Map<String, Account> people = new HashMap<>();

    ApiFixture(String prefix, String login, Evaluations evaluations, Accounts accounts, ReviewWorkflow workflow) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.unitA = prefix + "单位甲";
        this.unitB = prefix + "单位乙";
        evaluations.importDocuments(List.of(Documents.seedOf(unitA, LIWAN, 2100)), "test");
        evaluations.importDocuments(List.of(Documents.seedOf(unitB, YUEXIU, 2100)), "test");
        long a = evaluations.unit(unitA, LIWAN).orElseThrow().id();
        long b = evaluations.unit(unitB, YUEXIU).orElseThrow().id();
        String p = login;
        people.put("editorA", accounts.create(p + "-editor-a", "甲填报人", Role.UNIT_EDITOR, a, null, PASSWORD));
        people.put("editorB", accounts.create(p + "-editor-b", "乙填报人", Role.UNIT_EDITOR, b, null, PASSWORD));
        people.put("leaderA", accounts.create(p + "-leader-a", "王五", Role.PROJECT_LEADER, a, null, PASSWORD));
        people.put("reviewerA", accounts.create(p + "-reviewer-a", "荔湾审核", Role.FINANCE_REVIEWER, null, LIWAN, PASSWORD));
        people.put("reviewerB", accounts.create(p + "-reviewer-b", "越秀审核", Role.FINANCE_REVIEWER, null, YUEXIU, PASSWORD));
        people.put("admin", accounts.create(p + "-admin", "管理员", Role.ADMINISTRATOR, null, null, PASSWORD));
        people.put("secadmin", accounts.create(p + "-secadmin", "安全管理员", Role.SECURITY_ADMINISTRATOR, null, null,
                PASSWORD));
        people.put("auditor", accounts.create(p + "-auditor", "审计管理员", Role.AUDIT_ADMINISTRATOR, null, null,
                PASSWORD));
    }

    Account account(String who) {
        return people.get(who);
    }

    Actor actor(String who) {
        return Actor.of(people.get(who));
    }

    /** HTTP Basic credentials of one of the people. */
    RequestPostProcessor basic(String who) {
        return httpBasic(people.get(who).username(), PASSWORD);
    }

    /** A document of unit A for a year no evaluation of it has yet; its second key task led by 王五. */
    EvaluationDocument newDocumentOfA() {
        EvaluationDocument document = Documents.seedOf(unitA, LIWAN, year.incrementAndGet());
        KeyTask second = document.keyTasks().get(1);
        return document.withKeyTasks(List.of(document.keyTasks().get(0), new KeyTask(second.name(),
                second.expectedGoal(), second.budget(), second.executed(), second.executionRate(), second.outcome(),
                "王五", second.indicators(), second.extensions())));
    }

    /** A new evaluation of unit A, moved through the workflow to the status named (draft … published). */
    long evaluationOfA(String status) {
        long id = evaluations.importDocuments(List.of(newDocumentOfA()), "test").get(0).id();
        Actor editor = actor("editorA");
        Actor reviewer = actor("reviewerA");
        if (!status.equals("draft")) {
            workflow.submit(editor, id);
        }
        if (status.equals("returned")) {
            workflow.returnForRevision(reviewer, id, Map.of("funds", "请说明结转原因"));
        }
        if (status.equals("approved") || status.equals("published")) {
            workflow.approve(reviewer, id, null);
        }
        if (status.equals("published")) {
            workflow.publish(reviewer, id);
        }
        return id;
    }
}
