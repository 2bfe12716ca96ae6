package org.jixiao.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.TemplateException;
import org.jixiao.rendering.TemplateInventory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions' templates (docs/templates.md, "On the web"): an upload checked at once and kept as the next version
 * of its region, kind and year, or refused whole; its preview on one of the region's evaluations with the
 * inventory; its activation, which retires the one before. Every step asks {@link TemplateAccess} first.
 */
@Service
public class RegionTemplates {

    /** The years a template may be for: those of the evaluations jixiao keeps. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int LONGEST_NAME = 255;

    private final TemplateStore store;
    private final Evaluations evaluations;
    private final EvaluationScoring scoring;

    RegionTemplates(TemplateStore store, Evaluations evaluations, EvaluationScoring scoring) {
        this.store = store;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    /** Every version of every region's templates, the newest first within a region. */
    @Transactional(readOnly = true)
    public List<StoredTemplate> all(Actor actor) {
        refuseUnlessManaging(actor);
        return store.all();
    }

    /** The regions a template may be uploaded for: those of the units. */
    @Transactional(readOnly = true)
    public List<String> regions(Actor actor) {
        refuseUnlessManaging(actor);
        return evaluations.regions();
    }

    /**
     * The upload, checked as untrusted input before anything is stored, kept as a draft.
     *
     * @param size    the upload's size as declared, so that one too large is refused before it is read
     * @throws TemplateException        a file that is no usable template, naming what and where
     * @throws IllegalArgumentException a region, year or name that will not do
     */
    @Transactional
    public StoredTemplate upload(Actor actor, String region, Kind kind, Integer year, String fileName, long size,
            InputStreamSource file) {
        refuseUnlessManaging(actor);
        if (region == null || !evaluations.regions().contains(region)) {
            throw new IllegalArgumentException("请从列表中选择模板所属的地区");
        }
        if (kind == null) {
            throw new IllegalArgumentException("请选择模板用于部门整体还是项目支出的自评");
        }
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("模板的年度应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年份");
        }
        String name = nameOf(fileName);
        if (size <= 0) {
            throw new IllegalArgumentException("请选择模板文件（.docx 或 .xlsx）");
        }
        if (size > ReportTemplate.MAX_BYTES) {
            throw new TemplateException(name + "：模板 " + size / 1024 + " KB，超过上限 " + ReportTemplate.MAX_BYTES / 1024
                    + " KB");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(ReportTemplate.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportTemplate.read(name, content);
        long id = store.insert(region, kind, year, name, content, actor.username(), Instant.now());
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public StoredTemplate find(Actor actor, long id) {
        refuseUnlessManaging(actor);
        return store.find(id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    /** The file as uploaded, any version, 停用 ones included. */
    @Transactional(readOnly = true)
    public byte[] content(Actor actor, long id) {
        find(actor, id);
        return store.content(id);
    }

    /** The template's placeholders and the rest, read again from the stored file (checked when it was stored). */
    @Transactional(readOnly = true)
    public ReportTemplate read(Actor actor, long id) {
        StoredTemplate template = find(actor, id);
        return ReportTemplate.read(template.fileName(), store.content(id));
    }

    /** The region's evaluations of the template's kind to preview it on, the template's year first. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> evaluationsFor(Actor actor, StoredTemplate template) {
        refuseUnlessManaging(actor);
        return evaluations.summaries(EvaluationFilter.ALL.withRegion(template.region())).stream()
                .filter(e -> e.kind() == template.kind())
                .sorted(Comparator.comparing((EvaluationSummary e) -> e.fiscalYear() != template.year())
                        .thenComparing(EvaluationSummary::fiscalYear, Comparator.reverseOrder())
                        .thenComparing(EvaluationSummary::title))
                .toList();
    }

    /** What the template prints blank for the evaluation, and what of it the template leaves out. */
    @Transactional(readOnly = true)
    public TemplateInventory inventory(Actor actor, long id, long evaluationId) {
        StoredTemplate template = find(actor, id);
        return read(actor, id).inventory(documentIn(template, evaluationId));
    }

    /** The evaluation in the template's layout, for a look before activating it. */
    @Transactional(readOnly = true)
    public RenderedReport preview(Actor actor, long id, long evaluationId, ReportFormat format) {
        StoredTemplate template = find(actor, id);
        return read(actor, id).render(documentIn(template, evaluationId), format);
    }

    /** The template becomes its region's for its kind and year; the one that was is 停用, kept. */
    @Transactional
    public StoredTemplate activate(Actor actor, long id) {
        StoredTemplate template = find(actor, id);
        store.activate(template);
        return store.find(id).orElseThrow();
    }

    /** The region's template in use for the kind and year, where one was activated. */
    @Transactional(readOnly = true)
    public Optional<StoredTemplate> active(String region, Kind kind, int year) {
        return store.active(region, kind, year);
    }

    /**
     * An evaluation of the template's region, scored now as its downloads are (its 得分 printed where it states
     * none); one of another region is, to this page, not there.
     */
    private EvaluationDocument documentIn(StoredTemplate template, long evaluationId) {
        EvaluationDocument document = evaluations.document(evaluationId)
                .orElseThrow(() -> new EvaluationNotFoundException(evaluationId));
        if (!template.region().equals(document.department().region())) {
            throw new EvaluationNotFoundException(evaluationId);
        }
        return document.withScore(scoring.assess(document).score());
    }

    /** The upload's own name, without a path a browser may send, control characters or characters that hide; at most 255. */
    private static String nameOf(String fileName) {
        String name = fileName == null ? "" : HiddenCharacters.strip(fileName).replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "上传的模板";
        }
        if (name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("模板的文件名超过 " + LONGEST_NAME + " 个字符，请改短后再上传");
        }
        return name;
    }

    private static void refuseUnlessManaging(Actor actor) {
        if (!TemplateAccess.canManage(actor)) {
            throw new NotPermittedException("只有系统管理员可以管理地区的报告模板");
        }
    }
}
