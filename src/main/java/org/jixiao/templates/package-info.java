/**
 * Each region's own report and 自评表 layouts on the web (docs/templates.md, "On the web"): the administrator's
 * uploads per region, kind and year, checked at once as untrusted input ({@code rendering.ReportTemplate}), kept
 * with their versions, previewed on one of the region's evaluations with the inventory beside it, and activated.
 * Who may do it is decided in {@link org.jixiao.templates.TemplateAccess} alone. The pages are the nested module
 * {@code templates.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region templates",
        allowedDependencies = {"account", "document", "evaluation", "rendering"})
package org.jixiao.templates;
