/**
 * 事前绩效评估 (docs/ex-ante.md): a unit's request for a new project or policy above the deployment's threshold,
 * filed before the budget funds it, and the finance bureau's assessment of it on the criteria of an ex-ante profile
 * (scored in {@code scoring}), its conclusion and its report (written in {@code rendering}). Who may do what is
 * decided in {@link org.jixiao.exante.ExAnteAccess} alone. The pages are the nested module {@code exante.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ex-ante assessment",
        allowedDependencies = {"account", "document", "evaluation", "goals", "rendering", "scoring"})
package org.jixiao.exante;
