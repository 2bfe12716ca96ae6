package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.InvalidDocumentException;
import org.jixiao.extraction.ExtractionException;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.seal.CopyCheck;
import org.jixiao.seal.Publication;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealException;
import org.jixiao.seal.SealReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify FILE [--against SIGNED.pdf]}: whether a downloaded report is what the finance bureau published. A PDF:
 * its signature, whether anything changed or was added after signing, who signed it and when, which evaluation it
 * is. A document's JSON: against the signed PDF, whether it is the document that PDF was published from, and where
 * it differs. Exit 0 when it is, 1 when not, 2 on a file that cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "核对下载的公开报告：PDF 的数字签名是否有效、签名后是否被改动，由谁于何时公开；"
                + "JSON 文档与已签名的 PDF 是否为同一份、哪里不同。")
class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "下载的报告：PDF 或评价文档 JSON，- 表示标准输入")
    String file;

    @Option(names = "--against", paramLabel = "SIGNED.pdf", description = "核对 JSON 时所对照的已签名 PDF")
    String against;

    @Override
    public Integer call() {
        byte[] content = bytes(file);
        try {
            if (SealCheck.isPdf(content)) {
                if (against != null) {
                    throw new BadInputException("--against 只用于核对 JSON 文档；PDF 自身带有签名");
                }
                SealReport report = SealCheck.check(content);
                print(pdfReport(file, report));
                return report.valid() ? Cli.OK : Cli.FINDINGS;
            }
            String json = new String(content, StandardCharsets.UTF_8);
            SealReport signed = null;
            byte[] pdf = null;
            if (against != null) {
                pdf = bytes(against);
                if (!SealCheck.isPdf(pdf)) {
                    throw new BadInputException(against + "：不是 PDF 文件");
                }
                signed = SealCheck.check(pdf);
            }
            byte[] signedPdf = pdf;
            CopyCheck.CopyReport report = CopyCheck.check(json, signed, () -> readBack(signedPdf));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file);
            out.put("valid", report.valid());
            out.put("digest", report.digest());
            out.put("carriedDigest", report.carriedDigest());
            out.put("publishedDigest", report.publishedDigest());
            out.put("differences", report.differences());
            if (signed != null) {
                out.put("signedReport", pdfReport(against, signed));
            }
            out.put("problems", report.problems());
            print(out);
            return report.valid() ? Cli.OK : Cli.FINDINGS;
        } catch (SealException e) {
            throw new BadInputException(file + "：" + e.getMessage());
        } catch (DocumentSyntaxException e) {
            throw InputFiles.syntaxError(file, e);
        } catch (InvalidDocumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /** The document the signed PDF reads back as, for naming where a copy differs; null where it cannot be read. */
    private static EvaluationDocument readBack(byte[] pdf) {
        try {
            return new ReportExtractor().extract("signed.pdf", pdf).document();
        } catch (ExtractionException e) {
            return null;
        }
    }

    private static Map<String, Object> pdfReport(String name, SealReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", name);
        out.put("valid", report.valid());
        out.put("signed", report.signed());
        out.put("intact", report.intact());
        out.put("wholeFile", report.wholeFile());
        out.put("signer", report.signer());
        out.put("selfSigned", report.selfSigned());
        out.put("certificateFingerprint", report.certificateFingerprint());
        out.put("profile", report.profile());
        out.put("signedAt", report.signedAt() == null ? null : report.signedAt().toString());
        out.put("publication", publication(report.publication()));
        out.put("problems", report.problems());
        return out;
    }

    private static Map<String, Object> publication(Publication p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evaluation", p.evaluationId());
        out.put("unit", p.unit());
        out.put("fiscalYear", p.fiscalYear());
        out.put("documentDigest", p.documentDigest());
        out.put("publishedBy", p.publishedBy());
        out.put("publishedAt", p.publishedAt() == null ? null : p.publishedAt().toString());
        out.put("bureau", p.bureau());
        return out;
    }

    private void print(Map<String, Object> report) {
        spec.commandLine().getOut().println(DocumentJson.mapper().writeValueAsString(report));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = InputFiles.open(name)) {
            byte[] content = in.readNBytes((int) ReportExtractor.MAX_BYTES + 1);
            if (content.length > ReportExtractor.MAX_BYTES) {
                throw new BadInputException(name + "：文件超过 " + ReportExtractor.maxSize());
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + "：文件不存在");
        } catch (IOException e) {
            throw new BadInputException(name + "：无法读取：" + e.getMessage());
        }
    }
}
