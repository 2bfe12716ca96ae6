package org.jixiao.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.ExecutionMonitoring.ProgressReport;
import org.jixiao.monitoring.ExecutionMonitoring.TaskReport;
import org.jixiao.monitoring.Signal;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.FormNumbers;
import org.jixiao.web.RegionScope;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 绩效运行监控: a unit's monthly report and signals, and the region's view for the finance bureau. */
@Controller
class MonitoringController {

    private final ExecutionMonitoring monitoring;
    private final RegionScope regions;

    MonitoringController(ExecutionMonitoring monitoring, RegionScope regions) {
        this.monitoring = monitoring;
        this.regions = regions;
    }

    @GetMapping("/evaluations/{id}/monitoring")
    String evaluation(@PathVariable long id, @RequestParam(required = false) Integer month, Model model) {
        Actor actor = CurrentActor.get();
        ExecutionMonitoring.MonitoringView view = monitoring.view(actor, id, month);
        model.addAttribute("view", view);
        model.addAttribute("mayReport", monitoring.mayReport(actor, view.evaluation()));
        model.addAttribute("settled", EvaluationAccess.isMonitoringSettled(view.evaluation().scope()));
        model.addAttribute("months", months());
        return "monitoring/evaluation";
    }

    @PostMapping("/evaluations/{id}/monitoring")
    String report(@PathVariable long id, @ModelAttribute MonitoringForm form, RedirectAttributes redirect) {
        List<TaskReport> tasks = new ArrayList<>();
        for (MonitoringForm.Task task : form.getTasks()) {
            if (task.getName() == null) {
                continue; // a task the actor may not report is shown disabled and not posted
            }
            List<ProgressReport> indicators = task.getIndicators().stream().filter(p -> p.getName() != null)
                    .map(p -> new ProgressReport(p.getName(), p.getProgress(),
                            p.getOnTrack() == null || p.getOnTrack().isBlank() ? null : Boolean.valueOf(p.getOnTrack()),
                            p.getNote()))
                    .toList();
            tasks.add(new TaskReport(task.getName(), amount(task.getName(), task.getExecuted()), task.getNote(), indicators));
        }
        monitoring.report(CurrentActor.get(), id, form.getMonth(), tasks);
        redirect.addFlashAttribute("notice", "monitoring.saved");
        return "redirect:/evaluations/" + id + "/monitoring?month=" + form.getMonth();
    }

    @GetMapping("/monitoring")
    String region(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = CurrentActor.get();
        String scope = regions.of(actor, region);
        int shownYear = year != null ? year : monitoring.latestYear(scope);
        int shownMonth = month != null ? month : monitoring.latestMonth(scope, shownYear);
        var rows = monitoring.region(actor, scope, shownYear, shownMonth);
        // the most urgent first, a page at a time: a region of thousands of units has tens of thousands of tasks
        TablePage<ExecutionMonitoring.RegionTask> table = TablePage.of(rows, page, TablePage.SIZE);
        model.addAttribute("rows", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("region", scope);
        model.addAttribute("regions", regions.choices(actor));
        model.addAttribute("year", shownYear);
        model.addAttribute("month", shownMonth);
        model.addAttribute("months", months());
        model.addAttribute("reviewPoint", monitoring.rules().isReviewPoint(shownMonth));
        model.addAttribute("reds", rows.stream().filter(r -> r.standing().signal() == Signal.RED).count());
        model.addAttribute("yellows", rows.stream().filter(r -> r.standing().signal() == Signal.YELLOW).count());
        return "monitoring/region";
    }

    /** Above this an amount in 万元 does not fit the database's NUMERIC(18,6) (and no budget comes near it). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

    private static BigDecimal amount(String task, String typed) {
        BigDecimal amount;
        try {
            amount = FormNumbers.parse(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + task + "”的累计执行数应为金额（万元），而不是“" + typed + "”");
        }
        if (amount != null && amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("“" + task + "”的累计执行数 " + typed + " 万元超出可能的范围");
        }
        return amount;
    }

    private static List<Integer> months() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }
}
