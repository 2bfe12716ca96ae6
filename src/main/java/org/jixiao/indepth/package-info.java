/**
 * 部门评价 and 财政评价 (docs/in-depth-evaluation.md): the finance bureau chooses self-evaluated projects of its
 * region for an in-depth evaluation, assigns a third-party institution (第三方机构) for a period and experts, edits
 * the evaluation's copy of the reference framework (scored in {@code scoring}), gathers the experts' scores and the
 * agreed ones, and publishes the report (written in {@code rendering}); the grade and the gap from the unit's own
 * score (再评价偏差) go to the results. Who may do what is decided in {@link org.jixiao.indepth.InDepthAccess}
 * alone. The pages are the nested module {@code indepth.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "In-depth evaluation",
        allowedDependencies = {"account", "document", "evaluation", "rendering", "scoring"})
package org.jixiao.indepth;
