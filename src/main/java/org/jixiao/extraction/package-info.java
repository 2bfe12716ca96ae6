/**
 * Published self-evaluation reports → evaluation documents. Plain Java, no Spring; PDFBox and POI stay here.
 *
 * <p>{@link org.jixiao.extraction.ReportExtractor} takes a file name and its bytes (the {@code extract} command,
 * later the web upload) and returns the document, the text it was read from, and the FUNDS_MISMATCH warnings;
 * a file that is no report (empty, binary, encrypted, damaged, over 50 MB) gives an
 * {@link org.jixiao.extraction.ExtractionException} whose message is one Chinese line naming the file.
 *
 * <p>Two steps. First the file's format gives a {@code ReportSource}: its running text (PDF via PDFBox, one
 * line per printed line; DOCX paragraphs with Word's automatic numbering written out; .txt decoded from
 * UTF-8 or GB18030), its text laid out in columns (PDF words placed at their x position), and its tables
 * (DOCX tables, XLSX sheets). Then the report's kind decides the reader:
 * <ul>
 * <li>部门整体支出绩效自评报告 ({@code DepartmentReportReader}): the running text is made one canonical flow
 * ({@code ReportText}: page numbers and repeated page headers dropped, lines joined, no whitespace next to
 * Chinese), cut into sections by their headings ({@code Sections}: numbered 一、 （一） 1. … or a line of its
 * own, titles matched by meaning), and each section read: numbered items ({@code NumberedItems}), amounts
 * after their labels in their several wordings ({@code FundsReader}, {@code Amounts}: 万元, 元 and 亿元 to exact
 * 万元), key tasks planned and analysed, merged by name ({@code KeyTasks}), indicator sentences
 * ({@code IndicatorSentences}) or an indicator table standing in the task's part of the report
 * ({@code IndicatorTables}, from a DOCX table or from the text laid out in columns).</li>
 * <li>项目支出绩效自评表 ({@code ProjectFormReader}): read from a {@code Grid} by the labels of its cells; where the
 * form is followed by the project's report text (from its 一、 heading on), that text is read as above and adds what
 * the form has no cell for ({@code ProjectReport}).</li>
 * </ul>
 * The title decides: a text whose title is a 部门整体支出绩效自评报告 is one, even with 项目支出绩效自评表 appended;
 * reading stops at its appendix ({@code Appendix}: a line 附件：…自评表), since the forms repeat the key tasks and add
 * scores. A workbook with a sheet holding such a report is read from that sheet. What a report writes where it has
 * nothing to say (无, （未填写…）) is absent ({@code Unfilled}); 单位编码, 行政区划 and 主管部门 come from lines of the
 * title block ({@code Particulars}). A key task's indicators told both as sentences and in a table are merged by
 * name ({@code IndicatorMerge}): the sentences' wording and verdicts, the table's levels (a level cell saying
 * （推断） was inferred, — says there is none), 分值 and 得分. A 分值 or 得分 marked ※ (computed by scoring rules, not
 * filled in) is no figure of the source. The names read (unit, code, region, parent, tasks, leaders, indicators) come
 * without the invisible format characters published PDFs carry in them ({@code VisibleNames}), which the format
 * refuses in names.
 *
 * <h2>The grid a 自评表 is read from</h2>
 * A grid is rows of cell texts. DOCX tables give it with a cell merged across columns standing in its first
 * column (the columns it spans follow empty) and a cell merged down empty below its first row; XLSX sheets give
 * the same by column index, merged regions holding their value in the top-left cell; text laid out in columns
 * ({@code pdftotext -layout}, or the layout made from PDFBox's word positions) is cut into cells at runs of two
 * or more spaces and placed under the columns of the nearest header line ({@code LayoutGrid}), with cells
 * wrapped over several lines joined back. Fields are found by label, never by position:
 * <pre>
 * 项目名称 | VALUE…                     (the next filled cell right of the label, or after 项目名称：)
 * 主管部门 | VALUE… | 实施单位 | VALUE…   (项目负责人 likewise)
 * LABEL…  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分      (header: any order, any extra columns)
 * …       | 年度资金总额 | n | n | n | n | n% | n       (the row whose label holds 资金总额/合计)
 * …       | 其中：当年财政拨款 | n | n | n | …           (财政拨款 / 上年结转 / 其他资金 rows: bySource)
 * 年度总体目标 | 预期目标 | 实际完成情况                  (header; the rows below, up to the indicators, hold the texts)
 * …       | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 * …       | 产出指标 | 数量指标 | NAME | TARGET | ACTUAL | n | n | TEXT   (levels carried down while blank;
 *                                                                    实施周期指标值 read where present)
 * 总分 …                                                            (ends the indicators)
 * </pre>
 * Amounts are in 万元 unless the funds header or a cell near it says (元) or 单位：元.
 */
package org.jixiao.extraction;
