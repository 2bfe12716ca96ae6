/**
 * 绩效目标管理: the goals each unit files with its budget request (绩效目标申报表), the finance bureau's review of
 * them on four criteria, and their publication with the budget; who may do what with them ({@link
 * org.jixiao.goals.GoalAccess}); the audit of each step (docs/goals.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance goals",
        allowedDependencies = {"account", "document", "evaluation", "scoring"})
package org.jixiao.goals;
