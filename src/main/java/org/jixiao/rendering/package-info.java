/**
 * Evaluation document → the self-evaluation report in the seed's structure (一、基本情况 … 四、下一步改进措施, then an
 * appendix with the 自评表 and the scores), or for a project its 项目支出绩效自评表 with its report text. The
 * sentences that carry figures are generated from the data; the narrative comes from the document once.
 * {@link org.jixiao.rendering.ReportOutline} is shared by every output: the web page, and the DOCX (GB/T 9704
 * layout, POI), PDF (PDFBox, with the OFL fonts of {@code /rendering/fonts} embedded as subsets), HTML and XLSX
 * (the 自评表 with formulas) renderers behind {@link org.jixiao.rendering.ReportRenderer}. Plain Java, no Spring.
 *
 * <p>A rendered report reads back with {@code extract} as the document it came from, its score aside: so the report
 * says what the unit stated and marks what the program added, in words a reader understands too. Levels the program
 * inferred read 产出指标（推断）, a missing level —; a 分值 or 得分 the scoring rules gave, where the document states
 * none, is marked ※ with a note under the form; a rate the document does not state shows as missing in the text
 * (the 自评表 computes it); 单位编码, a 行政区划 the unit's name does not say, and a department's 主管部门 stand under
 * the title; a key task's 项目负责人 in its analysis and its form. Lists whose items do not end a sentence end each
 * item with ；, so that the next number begins an item. Tables are set so that their heads fit their columns on one
 * line, cells top-aligned, as a PDF's columns are found by position.
 */
package org.jixiao.rendering;
