/**
 * The stored evaluation: one aggregate per self-evaluation (unit, fiscal year, funds, functions, goals, key
 * tasks, indicators, narrative sections, workflow status, version), its units, its repository, import and
 * export of documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluations", allowedDependencies = {"account", "document", "scoring"})
package org.jixiao.evaluation;
