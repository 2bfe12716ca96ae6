/**
 * The administrator's pages of the regions' templates: the list and the upload, one template with its preview and
 * inventory, its downloads and its activation. A nested module (docs/architecture.md); every decision is
 * {@link org.jixiao.templates.RegionTemplates}' and its gate, {@code TemplateAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region template pages",
        allowedDependencies = {"account", "document", "evaluation", "rendering", "templates", "web"})
package org.jixiao.templates.web;
