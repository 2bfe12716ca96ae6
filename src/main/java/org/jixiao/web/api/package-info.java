/**
 * The REST API under {@code /api/v1}: evaluations (list, read, import, export, the review steps, the audit trail),
 * score and lint of a stored or a posted document, the report as a file, extraction of an uploaded report, the
 * region's dashboard and execution monitoring. Described by OpenAPI at {@code /v3/api-docs}. The same accounts,
 * roles and permissions as the pages ({@link org.jixiao.evaluation.EvaluationAccess} decides); API clients log in
 * with HTTP Basic. JSON is written as documents are ({@link org.jixiao.document.DocumentJson}: exact decimals, Chinese
 * unescaped), errors as {@code application/problem+json} with a Chinese {@code detail}.
 *
 * <p>One package for every feature, unlike the pages: the API is one contract that clients read whole (one version
 * path, one OpenAPI description, one JSON converter, one problem format); cut by feature, that contract would be
 * spread over six modules while its shared parts stayed here. It is part of the shared {@code web} module, not a
 * module of its own: the security chain and the pages' error handling there use
 * {@link org.jixiao.web.api.ApiProblems} (the API chain's entry point, and which requests are the API's), and the API
 * uses the chain's login and the incidents, so two modules would be a cycle.
 */
package org.jixiao.web.api;
