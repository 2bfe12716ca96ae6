package org.jixiao.goals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Actor;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.IndicatorSuggestions;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.GoalAccess;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.goals.GoalStatus;
import org.jixiao.goals.SignedSheets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the goals' pages show of a sheet: the model of the editor and of the sheet's page, built once for both. */
@Component
class GoalPages {

    private static final Pattern INDICATOR = Pattern.compile("^\\$\\.indicators\\[(\\d+)]");
    private static final int SUGGESTIONS = 8;

    private final GoalFilings goals;
    private final ObjectProvider<IndicatorSuggestions> suggestions;
    private final ObjectProvider<SignedSheets> signed;

    GoalPages(GoalFilings goals, ObjectProvider<IndicatorSuggestions> suggestions,
            ObjectProvider<SignedSheets> signed) {
        this.goals = goals;
        this.suggestions = suggestions;
        this.signed = signed;
    }

    /** The editor: the form as typed (or as stored), its findings by indicator row and the rest, the suggestions. */
    String editor(Actor actor, GoalFiling filing, GoalSheetForm form, Map<String, String> errors, Model model) {
        List<Finding> findings = goals.findings(filing);
        Map<Integer, List<Finding>> byRow = new TreeMap<>();
        List<Finding> general = new ArrayList<>();
        for (Finding finding : findings) {
            Matcher at = finding.path() == null ? null : INDICATOR.matcher(finding.path());
            if (at != null && at.find()) {
                byRow.computeIfAbsent(Integer.parseInt(at.group(1)), k -> new ArrayList<>()).add(finding);
            } else {
                general.add(finding);
            }
        }
        model.addAttribute("filing", filing);
        model.addAttribute("sheet", filing.sheet());
        model.addAttribute("project", filing.sheet().kind() == Kind.PROJECT);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", general);
        model.addAttribute("rowFindings", byRow);
        model.addAttribute("errorCount", findings.stream().filter(Finding::isError).count());
        model.addAttribute("suggestions", suggested(filing.sheet()));
        model.addAttribute("reviews", goals.reviews(actor, filing));
        model.addAttribute("events", goals.events(actor, filing));
        choices(model);
        return "goals/editor";
    }

    /** The sheet read only, with the review's form for a reviewer who may review it. */
    String sheet(Actor actor, GoalFiling filing, Map<String, String> typed, String refusal, Model model) {
        model.addAttribute("filing", filing);
        model.addAttribute("sheet", filing.sheet());
        model.addAttribute("project", filing.sheet().kind() == Kind.PROJECT);
        model.addAttribute("mayReview", GoalAccess.canReview(actor, filing));
        model.addAttribute("exAnteRefusal", goals.exAnteRefusal(actor, filing).orElse(null));
        model.addAttribute("mayPublish", GoalAccess.canPublish(actor, filing));
        model.addAttribute("involved", GoalAccess.isInvolved(actor, filing));
        model.addAttribute("findings", GoalAccess.isInvolved(actor, filing) ? goals.findings(filing) : List.of());
        model.addAttribute("reviews", goals.reviews(actor, filing));
        model.addAttribute("events", goals.events(actor, filing));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("grades", GoalGrade.values());
        model.addAttribute("typed", typed);
        model.addAttribute("refusal", refusal);
        model.addAttribute("signed", filing.status() == GoalStatus.PUBLISHED
                ? signed.getIfAvailable(() -> SignedSheets.NONE).of(filing.id()).orElse(null) : null);
        return "goals/sheet";
    }

    static void choices(Model model) {
        model.addAttribute("categories", IndicatorCategory.values());
        model.addAttribute("subcategories", IndicatorSubcategory.values());
        model.addAttribute("bases", TargetBasis.values());
    }

    /** The library's indicators for what the sheet is about: the project, else the department's first task. */
    List<Indicator> suggested(GoalSheet sheet) {
        IndicatorSuggestions library = suggestions.getIfAvailable();
        if (library == null) {
            return List.of();
        }
        String topic = sheet.project() != null ? sheet.project()
                : !sheet.tasks().isEmpty() && sheet.tasks().get(0).name() != null ? sheet.tasks().get(0).name()
                : sheet.department().name();
        return library.forTask(topic, sheet.annualGoal(), SUGGESTIONS);
    }
}
