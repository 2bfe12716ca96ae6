package org.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.rendering.TemplateException;

/** {@code --template FILE|NAME}: a shipped template by name, else a file; a template's refusal is bad input. */
final class Templates {

    private static final long MAX_FILE = 5L * 1024 * 1024;

    private Templates() {
    }

    /** The template named or in the file; null for {@code default}, the built-in layout. */
    static ReportTemplate chosen(String nameOrFile) {
        if (nameOrFile.equals(ShippedTemplates.DEFAULT)) {
            return null;
        }
        try {
            Optional<ReportTemplate> shipped = ShippedTemplates.named(nameOrFile);
            if (shipped.isPresent()) {
                return shipped.get();
            }
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("--template " + nameOrFile + "：既不是内置模板名（见 jixiao templates），也不是文件");
            }
            if (Files.size(file) > MAX_FILE) {
                throw new BadInputException(file + "：模板超过 5 MB");
            }
            return ReportTemplate.read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (TemplateException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedReport render(ReportTemplate template, EvaluationDocument document, ReportFormat format) {
        if (!template.formats().contains(format)) {
            throw new BadInputException("--format " + format.extension() + "：模板 " + template.fileName() + " 只生成 "
                    + String.join("、", template.formats().stream().map(ReportFormat::extension).toList()));
        }
        try {
            return template.render(document, format);
        } catch (TemplateException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
