/**
 * The evaluations' pages: the list a person may see, one evaluation read in full with its score, findings, workflow
 * and monitoring signals, the unit's workspace (工作台) that edits it with the library's suggestions and last year's
 * actuals, the import of a published report reviewed beside its source text, the report as a download, the public
 * portal of published reports, and the administrator's units and scoring profiles.
 *
 * <p>A module nested in the evaluations' (docs/architecture.md): these pages combine the evaluation with review,
 * the library, monitoring, extraction and rendering, all of which use the evaluation module; as a module of their
 * own they may use them without a cycle, and the evaluation module keeps its few dependencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation pages",
        allowedDependencies = {"account", "document", "evaluation", "extraction", "library", "monitoring", "publication",
            "rendering", "review", "scoring", "web"})
package org.jixiao.evaluation.web;
