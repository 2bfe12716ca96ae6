/**
 * Evaluation document → the self-evaluation report in the seed's structure (一、基本情况 … 四、下一步改进措施),
 * with the sentences that carry figures generated from the data. The outline is shared by every output: the
 * web page, and the DOCX, PDF, HTML and XLSX renderers. Plain Java, no Spring.
 */
package org.jixiao.rendering;
