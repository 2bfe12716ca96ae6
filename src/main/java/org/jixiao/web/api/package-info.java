/**
 * The REST API under {@code /api/v1}: evaluations (list, read, import, export, the review steps, the audit trail),
 * score and lint of a stored or a posted document, the report as a file, extraction of an uploaded report, the
 * region's dashboard and execution monitoring. Described by OpenAPI at {@code /v3/api-docs}. The same accounts,
 * roles and permissions as the pages ({@link org.jixiao.evaluation.EvaluationAccess} decides); API clients log in
 * with HTTP Basic. JSON is written as documents are ({@link org.jixiao.document.DocumentJson}: exact decimals, Chinese
 * unescaped), errors as {@code application/problem+json} with a Chinese {@code detail}.
 */
package org.jixiao.web.api;
