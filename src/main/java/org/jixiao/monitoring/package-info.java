/**
 * 绩效运行监控 (双监控): during the year, money spent per key task against the progress expected by then, and
 * progress notes per indicator; red, yellow or green where execution falls behind; the August review point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring", allowedDependencies = {"account", "document", "evaluation", "review", "scoring"})
package org.jixiao.monitoring;
