package org.jixiao.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.rendering.TemplateException;
import org.jixiao.rendering.TemplateInventory;
import org.jixiao.support.SeedDocument;
import org.jixiao.support.WordFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;

/** A region's templates uploaded, versioned, previewed and activated, as the service does it, on H2 and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class RegionTemplatesContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    RegionTemplates templates;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private Actor admin;
    private Actor reviewer;
    private String region;
    private long evaluation;

    /** A region with the seed's department evaluation in it, its administrator and its reviewer. */
    @BeforeEach
    void aRegionWithAnEvaluation() {
        int run = RUN.incrementAndGet();
        region = "广州市模板区" + run;
        evaluation = evaluations.importDocuments(List.of(SeedDocument.load()
                .withDepartment(Department.named("模板单位" + run, region))), "test").get(0).id();
        admin = Actor.of(accounts.create("tp-admin-" + run, "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1"));
        reviewer = Actor.of(accounts.create("tp-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
    }

    private StoredTemplate upload(String shipped, Kind kind, int year) {
        ReportTemplate form = ShippedTemplates.named(shipped).orElseThrow();
        return upload(form.fileName(), form.content(), kind, year);
    }

    private StoredTemplate upload(String name, byte[] content, Kind kind, int year) {
        return templates.upload(admin, region, kind, year, name, content.length, new ByteArrayResource(content));
    }

    private List<StoredTemplate> ofRegion() {
        return templates.all(admin).stream().filter(t -> t.region().equals(region)).toList();
    }

    @Test
    void anUploadIsKeptWholeAsTheNextVersionOfItsRegionKindAndYear() {
        ReportTemplate form = ShippedTemplates.named("department-overall").orElseThrow();

        StoredTemplate first = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2025);
        StoredTemplate second = upload("我局模板.docx", form.content(), Kind.DEPARTMENT_OVERALL, 2025);
        StoredTemplate otherYear = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2026);
        StoredTemplate otherKind = upload("mof-2020-project", Kind.PROJECT, 2025);

        assertThat(List.of(first, second, otherYear, otherKind)).extracting(StoredTemplate::version,
                StoredTemplate::status, StoredTemplate::uploadedBy).containsExactly(
                        tuple(1, TemplateStatus.DRAFT, admin.username()), tuple(2, TemplateStatus.DRAFT, admin.username()),
                        tuple(1, TemplateStatus.DRAFT, admin.username()), tuple(1, TemplateStatus.DRAFT, admin.username()));
        assertThat(second.fileName()).isEqualTo("我局模板.docx");
        assertThat(templates.content(admin, second.id())).isEqualTo(form.content());
        assertThat(templates.find(admin, first.id())).isEqualTo(first);
        assertThat(ofRegion()).hasSize(4);
    }

    @Test
    void aBrokenTemplateIsRefusedNamingThePlaceholderAndWhereItStandsAndNothingIsStored() {
        byte[] broken = WordFiles.paragraphs("{{unit}} 年度绩效自评", "负责人：{{leaderr}}");

        assertThatThrownBy(() -> upload("错字.docx", broken, Kind.PROJECT, 2025))
                .isInstanceOf(TemplateException.class).hasMessageContaining("错字.docx")
                .hasMessageContaining("第2段").hasMessageContaining("{{leaderr}}");
        assertThat(ofRegion()).isEmpty();
    }

    @Test
    void aTemplateOverFiveMegabytesIsRefusedBeforeItIsReadAndAMacroFileAtAll() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];

        assertThatThrownBy(() -> upload("大模板.docx", large, Kind.PROJECT, 2025))
                .isInstanceOf(TemplateException.class).hasMessageContaining("大模板.docx").hasMessageContaining("超过上限");
        assertThatThrownBy(() -> upload("宏.docm", WordFiles.paragraphs("{{unit}}"), Kind.PROJECT, 2025))
                .isInstanceOf(TemplateException.class).hasMessageContaining("宏.docm");
        assertThat(ofRegion()).isEmpty();
    }

    @Test
    void aRegionWithoutUnitsAYearOutOfRangeAndAnEmptyFileAreRefused() {
        byte[] good = ShippedTemplates.named("mof-2020-project").orElseThrow().content();

        assertThatThrownBy(() -> templates.upload(admin, "无此地区", Kind.PROJECT, 2025, "a.docx", good.length,
                new ByteArrayResource(good))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("地区");
        assertThatThrownBy(() -> upload("a.docx", good, Kind.PROJECT, 1999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000 至 2100");
        assertThatThrownBy(() -> upload("a.docx", new byte[0], Kind.PROJECT, 2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("请选择模板文件");
        assertThat(ofRegion()).isEmpty();
    }

    @Test
    void activatingMakesItTheRegionsAndRetiresTheOneBeforeWhichStaysDownloadable() {
        StoredTemplate first = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2025);
        StoredTemplate second = upload("yunnan-report", Kind.DEPARTMENT_OVERALL, 2025);
        StoredTemplate project = upload("mof-2020-project", Kind.PROJECT, 2025);

        templates.activate(admin, first.id());
        templates.activate(admin, project.id());
        assertThat(templates.active(region, Kind.DEPARTMENT_OVERALL, 2025)).map(StoredTemplate::id).contains(first.id());

        templates.activate(admin, second.id());

        assertThat(templates.active(region, Kind.DEPARTMENT_OVERALL, 2025)).map(StoredTemplate::id).contains(second.id());
        assertThat(templates.find(admin, first.id()).status()).isEqualTo(TemplateStatus.RETIRED);
        // another kind's active template is not touched
        assertThat(templates.find(admin, project.id()).status()).isEqualTo(TemplateStatus.ACTIVE);
        assertThat(templates.content(admin, first.id()))
                .isEqualTo(ShippedTemplates.named("department-overall").orElseThrow().content());
        assertThat(templates.active(region, Kind.DEPARTMENT_OVERALL, 2026)).isEmpty();
    }

    @Test
    void thePreviewRendersTheRegionsEvaluationAndTheInventorySaysWhatIsMissing() {
        StoredTemplate project = upload("mof-2020-project", Kind.PROJECT, 2025);
        StoredTemplate department = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2025);

        // a project's form on a department's evaluation: the project's own fields are printed blank
        TemplateInventory inventory = templates.inventory(admin, project.id(), evaluation);
        assertThat(inventory.lacking()).contains("projectName");
        // its 总分 is the scorer's, as the built-in form prints it: not blank
        assertThat(templates.read(admin, project.id()).placeholders()).extracting(p -> p.path()).contains("totalScore");
        assertThat(inventory.lacking()).doesNotContain("totalScore");
        assertThat(templates.preview(admin, department.id(), evaluation, ReportFormat.PDF).content())
                .startsWith("%PDF".getBytes());
        assertThat(templates.preview(admin, department.id(), evaluation, ReportFormat.DOCX).content())
                .startsWith("PK".getBytes());
        assertThat(templates.evaluationsFor(admin, department)).extracting(e -> e.id()).containsExactly(evaluation);
        assertThat(templates.evaluationsFor(admin, project)).isEmpty();
    }

    @Test
    void anEvaluationOfAnotherRegionIsNotThereForThePreview() {
        StoredTemplate department = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2025);
        EvaluationDocument elsewhere = SeedDocument.load()
                .withDepartment(Department.named("别处单位" + RUN.incrementAndGet(), "广州市别处" + RUN.get()));
        long other = evaluations.importDocuments(List.of(elsewhere), "test").get(0).id();

        assertThatThrownBy(() -> templates.inventory(admin, department.id(), other))
                .isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> templates.find(admin, 0)).isInstanceOf(TemplateNotFoundException.class);
    }

    @Test
    void onlyTheAdministratorManagesTemplatesNotTheRegionsReviewer() {
        StoredTemplate stored = upload("department-overall", Kind.DEPARTMENT_OVERALL, 2025);
        byte[] good = ShippedTemplates.named("department-overall").orElseThrow().content();

        assertThatThrownBy(() -> templates.upload(reviewer, region, Kind.DEPARTMENT_OVERALL, 2025, "a.docx",
                good.length, new ByteArrayResource(good))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> templates.activate(reviewer, stored.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> templates.preview(reviewer, stored.id(), evaluation, ReportFormat.PDF))
                .isInstanceOf(NotPermittedException.class);
        assertThat(templates.find(admin, stored.id()).status()).isEqualTo(TemplateStatus.DRAFT);
    }
}
