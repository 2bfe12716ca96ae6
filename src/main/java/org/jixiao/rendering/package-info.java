/**
 * Evaluation document → the self-evaluation report in the seed's structure (一、基本情况 … 四、下一步改进措施, then an
 * appendix with the 自评表 and the scores), or for a project its 项目支出绩效自评表 with its report text. The
 * sentences that carry figures are generated from the data; the narrative comes from the document once.
 * {@link org.jixiao.rendering.ReportOutline} is shared by every output: the web page, and the DOCX (GB/T 9704
 * layout, POI), PDF (PDFBox, with the OFL fonts of {@code /rendering/fonts} embedded as subsets), HTML and XLSX
 * (the 自评表 with formulas) renderers behind {@link org.jixiao.rendering.ReportRenderer}. Plain Java, no Spring.
 */
package org.jixiao.rendering;
