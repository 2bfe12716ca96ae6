/**
 * The web application: controllers, Thymeleaf pages (Chinese, English through message bundles) and web
 * configuration. Controllers only translate between HTTP and the modules that do the work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"account", "analytics", "document", "evaluation", "extraction", "library", "monitoring",
            "rendering", "review", "scoring"})
package org.jixiao.web;
