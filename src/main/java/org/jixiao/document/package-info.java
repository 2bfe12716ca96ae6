/**
 * The evaluation document (绩效自评文档, format {@code jixiao/evaluation/v1}): its records and enums,
 * the exact JSON mapping, target wording ({@link org.jixiao.document.Target}), format validation and the
 * money consistency checks. Plain Java: the command line, the web application and the pure modules
 * ({@code extraction}, {@code scoring}, {@code rendering}) all read and write documents through it.
 */
package org.jixiao.document;
