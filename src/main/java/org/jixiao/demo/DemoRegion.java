package org.jixiao.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.database.OnceOnly;
import org.jixiao.demo.MadeUpRegion.Filed;
import org.jixiao.demo.MadeUpRegion.MadeUpUnit;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.evaluation.Unit;
import org.jixiao.review.ReviewWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo region: the made-up units of {@link MadeUpRegion} file their evaluations and go through the year's work
 * with the reviewer of 广州市荔湾区, through the same services the pages use (import, 双监控, submit, return with
 * comments, approve, publish), so that the audit trail, the comments and the monitoring are what people would have
 * left. The seed is published, and the project form of one of its tasks is begun for its project leader. Done once
 * per database (an installation with the earlier demo gets it at its next start).
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoRegion {

    private static final String MARKER = "demo-region-v1";
    private static final String APPROVAL = "自评材料齐全，数据与部门决算一致，同意。";
    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

    private final Accounts accounts;
    private final Evaluations evaluations;
    private final ReviewWorkflow workflow;
    private final DemoMonitoring monitoring;
    private final OnceOnly once;

    DemoRegion(Accounts accounts, Evaluations evaluations, ReviewWorkflow workflow, DemoMonitoring monitoring,
            OnceOnly once) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.monitoring = monitoring;
        this.once = once;
    }

    /** The accounts made now, with their passwords: none where the region was made before. */
    List<Accounts.NewAccount> build() {
        List<Accounts.NewAccount> created = new ArrayList<>();
        once.run(MARKER, () -> {
            Optional<Actor> reviewer = person(DemoAccounts.REVIEWER, Role.FINANCE_REVIEWER, null, DemoData.REGION,
                    created);
            if (reviewer.isEmpty()) {
                return;
            }
            Map<Filed, EvaluationDocument> documents = new HashMap<>();
            MadeUpRegion.UNITS.stream().flatMap(unit -> unit.filed().stream())
                    .forEach(filed -> documents.put(filed, DemoData.read(filed.resource())));
            // the year the latest evaluation covers is the demo's current year, the one monitored
            int currentYear = documents.values().stream().mapToInt(EvaluationDocument::fiscalYear).max().orElseThrow();
            for (MadeUpUnit unit : MadeUpRegion.UNITS) {
                file(unit, documents, reviewer.get(), currentYear, created);
            }
            seed(reviewer.get(), created);
            log.info("Demo region loaded: {} made-up units in {}", MadeUpRegion.UNITS.size(), DemoData.REGION);
        });
        return created;
    }

    /** The unit's evaluations, imported by its editor; those of the current year monitored before they are reviewed. */
    private void file(MadeUpUnit made, Map<Filed, EvaluationDocument> documents, Actor reviewer, int currentYear,
            List<Accounts.NewAccount> created) {
        Unit unit = evaluations.unit(made.name(), DemoData.REGION)
                .orElseGet(() -> evaluations.createUnit(made.name(), DemoData.REGION, null, null));
        Optional<Actor> editor = person(made.editor(), Role.UNIT_EDITOR, unit.id(), null, created);
        Optional<Actor> leader = made.leader() == null ? Optional.empty()
                : person(made.leader(), Role.PROJECT_LEADER, unit.id(), null, created);
        if (editor.isEmpty()) {
            return;
        }
        for (Filed filed : made.filed()) {
            EvaluationDocument document = documents.get(filed);
            long id = workflow.importDocuments(editor.get(), List.of(document)).get(0).id();
            if (filed.ledByLeader() && leader.isPresent()) {
                lead(editor.get(), id, 0, leader.get());
            }
            if (document.fiscalYear() == currentYear) {
                monitoring.report(id, stored(id).document(), editor.get(), leader.orElse(null));
            }
            reach(id, filed.reached(), editor.get(), reviewer, filed.comments());
        }
    }

    /** The seed published; its 妇儿中心 task's project form begun as a draft and led by the unit's project leader. */
    private void seed(Actor reviewer, List<Accounts.NewAccount> created) {
        Optional<Unit> unit = evaluations.unit(DemoData.UNIT, DemoData.REGION);
        EvaluationDocument seed = DemoData.seed();
        Optional<Long> stored = unit.flatMap(u -> evaluation(u.id(), seed.fiscalYear(), Kind.DEPARTMENT_OVERALL, ""));
        if (stored.isEmpty()) {
            return; // deleted by its users
        }
        long unitId = unit.get().id();
        Optional<Actor> editor = person(DemoAccounts.EDITOR, Role.UNIT_EDITOR, unitId, null, created);
        if (editor.isEmpty()) {
            return;
        }
        reach(stored.get(), EvaluationStatus.PUBLISHED, editor.get(), reviewer, Map.of());
        Optional<EvaluationDocument> project = SeedProject.of(seed);
        if (project.isEmpty() || evaluation(unitId, seed.fiscalYear(), Kind.PROJECT, SeedProject.TASK).isPresent()) {
            return;
        }
        long id = workflow.importDocuments(editor.get(), List.of(project.get())).get(0).id();
        person(DemoAccounts.LEADER, Role.PROJECT_LEADER, unitId, null, created)
                .ifPresent(leader -> lead(editor.get(), id, 0, leader));
    }

    /**
     * Takes the evaluation from a draft through review to the status it has reached, as its editor and the reviewer
     * would: submitted, then returned with the comments, or approved, then published.
     */
    private void reach(long id, EvaluationStatus reached, Actor editor, Actor reviewer, Map<String, String> comments) {
        for (EvaluationStatus status = stored(id).status(); status != reached; status = stored(id).status()) {
            switch (status) {
                case DRAFT, RETURNED -> workflow.submit(editor, id);
                case SUBMITTED -> {
                    if (reached == EvaluationStatus.RETURNED) {
                        workflow.returnForRevision(reviewer, id, comments);
                    } else {
                        workflow.approve(reviewer, id, APPROVAL);
                    }
                }
                case APPROVED -> workflow.publish(reviewer, id);
                case PUBLISHED -> {
                    return; // as far as an evaluation goes
                }
            }
        }
    }

    /** The editor names the leader as the task's 项目负责人, as the workspace does. */
    private void lead(Actor editor, long id, int task, Actor leader) {
        StoredEvaluation current = stored(id);
        KeyTask led = current.document().keyTasks().get(task).withLeader(leader.displayName());
        workflow.saveKeyTasks(editor, id, current.version(), Map.of(task, led));
    }

    /**
     * The demo account of that user name as an actor: made where it is missing (its password then shown), left out
     * where the name is taken by an account of another role, unit or region.
     */
    private Optional<Actor> person(Person person, Role role, Long unitId, String region,
            List<Accounts.NewAccount> created) {
        Optional<Account> found = accounts.find(person.username());
        if (found.isEmpty()) {
            Accounts.NewAccount made = accounts.createWithGeneratedPassword(person.username(), person.displayName(),
                    role, unitId, region);
            created.add(made);
            return Optional.of(Actor.of(made.account()));
        }
        Account account = found.get();
        if (account.role() == role && Objects.equals(account.unitId(), unitId)
                && Objects.equals(account.region(), region)) {
            return Optional.of(Actor.of(account));
        }
        log.warn("Demo region: the account {} is not the demo's {} any more; the steps it would take are left out",
                person.username(), role.label());
        return Optional.empty();
    }

    /** The unit's evaluation of the year, kind and subject (a project's name; "" for the department). */
    private Optional<Long> evaluation(long unitId, int year, Kind kind, String subject) {
        return evaluations.summaries(new EvaluationFilter(null, year, null).withUnit(unitId)).stream()
                .filter(summary -> summary.kind() == kind && subject.equals(summary.subject()))
                .map(EvaluationSummary::id).findFirst();
    }

    private StoredEvaluation stored(long id) {
        return evaluations.find(id).orElseThrow();
    }
}
