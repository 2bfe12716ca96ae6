/**
 * 指标库, the indicator library: vetted indicators by kind of work (definition, formula, unit, direction, how the
 * target value is set, example targets), shipped with every installation and curated by administrators; units
 * propose additions that their region's finance reviewers approve; every change is a new version and entries are
 * retired, never deleted. Suggests indicators for a key task from its name and goal (Chinese word segmentation
 * and ranking with Lucene's smartcn analyzer, generic indicators last), gives the linter its entries to cite
 * ({@link org.jixiao.scoring.IndicatorCatalog}), measures how a region uses indicators, and reads and writes the
 * library as JSON and XLSX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicator library",
        allowedDependencies = {"account", "database", "document", "evaluation", "extraction", "rendering", "scoring"})
package org.jixiao.library;
