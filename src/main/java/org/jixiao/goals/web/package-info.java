/**
 * The goals' pages: a unit's list of its goal sheets and 新建, the sheet's editor with the linter's findings and the
 * library's suggestions, the reviewer's list and review page (a grade and a comment per criterion, return, approve,
 * publish), the public list of published goals, and each sheet's 绩效目标申报表 as Word, PDF and Excel (rendering's).
 * A module nested in the goals' (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance goals pages",
        allowedDependencies = {"account", "document", "evaluation", "goals", "rendering", "web"})
package org.jixiao.goals.web;
