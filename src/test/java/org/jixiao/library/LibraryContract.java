package org.jixiao.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.Comparison;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The library as stored, on H2 and on PostgreSQL: the shipped entries loaded once, curation and proposals with
 * their access rules, a new version for every change with the old ones kept, retiring, import and export round
 * trips, lint advice citing an entry, and the region's statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class LibraryContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    IndicatorLibrary library;
    @Autowired
    LibraryStatistics statistics;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    EvaluationScoring scoring;

    private Actor admin;
    private Actor editor;
    private Actor leader;
    private Actor reviewer;
    private Actor otherReviewer;
    private String region;
    private int run;

    @BeforeEach
    void peopleOfARegion() {
        run = RUN.incrementAndGet();
        region = "广州市指标区" + run;
        evaluations.importDocuments(List.of(Documents.seedOf("指标单位" + run, region, 2023)), "test");
        long unit = evaluations.unit("指标单位" + run, region).orElseThrow().id();
        admin = Actor.of(accounts.create("lib-admin-" + run, "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1"));
        editor = Actor.of(accounts.create("lib-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        leader = Actor.of(accounts.create("lib-leader-" + run, "王五", Role.PROJECT_LEADER, unit, null, "secret-pass-1"));
        reviewer = Actor.of(accounts.create("lib-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
        otherReviewer = Actor.of(accounts.create("lib-reviewer-x-" + run, "他区审核人", Role.FINANCE_REVIEWER, null,
                "广州市他区", "secret-pass-1"));
    }

    @Test
    void everyInstallationStartsWithTheShippedLibrary() {
        List<LibraryEntry> entries = library.browse(null, null, false);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(257);
        Map<WorkKind, Long> perKind = entries.stream().filter(e -> !e.indicator().generic())
                .collect(Collectors.groupingBy(e -> e.indicator().kind(), Collectors.counting()));
        assertThat(perKind.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(150);
        for (WorkKind kind : List.of(WorkKind.WOMEN_CHILDREN, WorkKind.FAMILY_EDUCATION, WorkKind.SCIENCE_POPULARISATION,
                WorkKind.ARCHIVES, WorkKind.PUBLIC_CULTURE, WorkKind.SPORTS, WorkKind.IT_OPERATIONS, WorkKind.TRAINING,
                WorkKind.REPAIR, WorkKind.SUBSIDY)) {
            assertThat(perKind.get(kind)).as(kind.label()).isGreaterThanOrEqualTo(10);
        }
        LibraryEntry shipped = library.entry(editor, "DA-005");
        assertThat(shipped.name()).isEqualTo("库房温湿度达标率");
        assertThat(library.versions(editor, "DA-005")).extracting(EntryVersion::change).endsWith(EntryChange.SHIPPED);
        assertThat(library.isGeneric("服务对象满意度（%）")).isTrue();
        assertThat(library.isGeneric("库房温湿度达标率")).isFalse();
    }

    @Test
    void onlyAdministratorsCurate() {
        LibraryIndicator indicator = indicator("档案志愿讲解服务场次" + run);

        for (Actor notAdmin : List.of(editor, leader, reviewer)) {
            assertThatThrownBy(() -> library.create(notAdmin, indicator)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> library.retire(notAdmin, "DA-001", null)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> library.exportJson(notAdmin)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> library.importFile(notAdmin, "x.json", "{}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(NotPermittedException.class);
        }
        LibraryEntry created = library.create(admin, indicator);

        assertThat(created.code()).startsWith("DA-");
        assertThat(created.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(library.suggest("档案志愿讲解", null, List.of(), 5)).extracting(Suggestion::code).contains(created.code());
    }

    @Test
    void everyEditIsANewVersionAndTheOldOnesStayReadable() {
        LibraryEntry created = library.create(admin, indicator("档案展览观众人次" + run));
        LibraryIndicator changed = new LibraryIndicator(null, WorkKind.ARCHIVES, IndicatorCategory.OUTPUT,
                IndicatorSubcategory.QUANTITY, created.name(), "档案展览全年接待的观众人次（含线上展览）。", null, "万人次",
                Comparison.AT_LEAST, TargetBasis.HISTORY, List.of("≥2万人次"), false, List.of("展览"), List.of());

        LibraryEntry edited = library.edit(admin, created.code(), 1, changed, "单位改为万人次");

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.indicator().unit()).isEqualTo("万人次");
        List<EntryVersion> versions = library.versions(editor, created.code());
        assertThat(versions).extracting(EntryVersion::version).containsExactly(2, 1);
        assertThat(versions.get(1).indicator().unit()).isEqualTo("人次");
        assertThat(versions.get(0).note()).isEqualTo("单位改为万人次");
        assertThat(versions.get(0).changedBy()).isEqualTo(admin.username());
        // an edit from a stale version is refused, and so is one that changes nothing
        assertThatThrownBy(() -> library.edit(admin, created.code(), 1, changed, null))
                .isInstanceOf(LibraryConflictException.class);
        assertThat(library.edit(admin, created.code(), 2, changed, null).version()).isEqualTo(2);
    }

    @Test
    void aRetiredEntryIsKeptButNeitherSuggestedNorCited() {
        LibraryEntry created = library.create(admin, indicator("档案修复裱糊页数" + run));

        LibraryEntry retired = library.retire(admin, created.code(), "与 DA-001 重复");

        assertThat(retired.status()).isEqualTo(EntryStatus.RETIRED);
        assertThat(retired.version()).isEqualTo(2);
        assertThat(library.browse(null, null, false)).extracting(LibraryEntry::code).doesNotContain(created.code());
        assertThat(library.browse(null, null, true)).extracting(LibraryEntry::code).contains(created.code());
        assertThat(library.suggest("档案修复裱糊", null, List.of(), 20)).extracting(Suggestion::code)
                .doesNotContain(created.code());
        assertThat(library.byName(created.name())).isEmpty();
        assertThat(library.entry(editor, created.code()).status()).isEqualTo(EntryStatus.RETIRED);
        assertThat(library.reinstate(admin, created.code(), null).status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(library.versions(admin, created.code())).extracting(EntryVersion::change)
                .containsExactly(EntryChange.REINSTATED, EntryChange.RETIRED, EntryChange.CREATED);
    }

    @Test
    void unitsProposeAndTheReviewerOfTheirRegionDecides() {
        assertThatThrownBy(() -> library.propose(reviewer, indicator("x" + run), null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> library.propose(admin, indicator("y" + run), null))
                .isInstanceOf(NotPermittedException.class);
        LibraryEntry proposal = library.propose(leader, indicator("社区档案服务点建成数" + run), "我区已有试点");

        assertThat(proposal.status()).isEqualTo(EntryStatus.PROPOSED);
        assertThat(proposal.proposerRegion()).isEqualTo(region);
        assertThat(library.browse(null, null, false)).extracting(LibraryEntry::code).doesNotContain(proposal.code());
        assertThat(library.proposals(editor)).extracting(LibraryEntry::code).contains(proposal.code());
        assertThat(library.proposals(otherReviewer)).extracting(LibraryEntry::code).doesNotContain(proposal.code());
        assertThatThrownBy(() -> library.entry(otherReviewer, proposal.code()))
                .isInstanceOf(LibraryEntryNotFoundException.class);
        assertThatThrownBy(() -> library.approve(editor, proposal.code(), null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> library.approve(admin, proposal.code(), null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> library.edit(admin, proposal.code(), 1, proposal.indicator(), null))
                .isInstanceOf(LibraryConflictException.class);

        LibraryEntry approved = library.approve(reviewer, proposal.code(), "同意");

        assertThat(approved.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(library.browse(null, null, false)).extracting(LibraryEntry::code).contains(proposal.code());
        assertThat(library.versions(editor, proposal.code())).extracting(EntryVersion::changedBy)
                .containsExactly(reviewer.username(), leader.username());
        assertThatThrownBy(() -> library.approve(reviewer, proposal.code(), null)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsTheProposalOutOfTheLibrary() {
        LibraryEntry proposal = library.propose(editor, indicator("档案寄存服务户数" + run), null);

        assertThatThrownBy(() -> library.reject(reviewer, proposal.code(), " ")).isInstanceOf(IllegalArgumentException.class);
        LibraryEntry rejected = library.reject(reviewer, proposal.code(), "与 DA-007 重复");

        assertThat(rejected.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(library.byName(proposal.name())).isEmpty();
        assertThat(library.versions(editor, proposal.code()).get(0).note()).isEqualTo("与 DA-007 重复");
    }

    @Test
    void aNameInUseCannotBeTakenTwice() {
        assertThatThrownBy(() -> library.create(admin, indicator("库房温湿度达标率")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DA-005");
        assertThatThrownBy(() -> library.propose(editor, indicator("案件办结率"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FE-002");
    }

    @Test
    void exportedJsonAndExcelImportBackToTheSameLibrary() {
        byte[] json = library.exportJson(admin);
        byte[] xlsx = library.exportXlsx(admin);

        ImportResult again = library.importFile(admin, "指标库.json", json);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).as(new String(json, StandardCharsets.UTF_8).substring(0, 1500)).isEmpty();
        ImportResult fromExcel = library.importFile(admin, "指标库.xlsx", xlsx);
        assertThat(fromExcel.created()).isEmpty();
        assertThat(fromExcel.updated()).isEmpty();
        assertThat(fromExcel.unchanged()).hasSize(again.unchanged().size());
        Map<String, LibraryIndicator> read = LibraryFiles.readXlsx("指标库.xlsx", xlsx).stream()
                .map(e -> e.indicator()).collect(Collectors.toMap(LibraryIndicator::code, Function.identity()));
        for (LibraryEntry entry : library.exportable()) {
            assertThat(read.get(entry.code())).as(entry.code()).isEqualTo(entry.indicator());
        }
        assertThat(library.exportJson(admin)).isEqualTo(json);
    }

    @Test
    void anImportedChangeIsANewVersionAndABadFileChangesNothing() {
        String name = "档案编研成果数" + run;
        String code = library.create(admin, indicator(name)).code();
        String json = new String(library.exportJson(admin), StandardCharsets.UTF_8);
        String changed = json.replace("\"name\" : \"" + name + "\"", "\"name\" : \"档案编研成果出版数" + run + "\"");
        assertThat(changed).isNotEqualTo(json);

        ImportResult result = library.importFile(admin, "changed.json", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.updated()).containsExactly(code);
        assertThat(result.created()).isEmpty();
        assertThat(library.entry(admin, code).version()).isEqualTo(2);
        assertThat(library.versions(admin, code).get(0).change()).isEqualTo(EntryChange.IMPORTED);
        String broken = changed.replace("\"name\" : \"档案编研成果出版数" + run + "\"", "\"name\" : \"\"");
        assertThatThrownBy(() -> library.importFile(admin, "broken.json", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(code).hasMessageContaining("名称");
        assertThatThrownBy(() -> library.importFile(admin, "x.txt", "a".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".json 或 .xlsx");
        assertThat(library.entry(admin, code).version()).isEqualTo(2);
    }

    @Test
    void lintAdviceCitesTheEntryOfAnIndicator() {
        var seed = Documents.seedOf("引用单位" + run, region, 2023);

        var findings = scoring.assess(seed).findings();

        assertThat(findings).as(findings.toString())
                .filteredOn(f -> "服务对象满意度（%）".equals(f.indicator()) && f.code().equals("GENERIC_INDICATOR"))
                .singleElement().satisfies(f -> assertThat(f.suggestion()).contains("指标库 GEN-001"));
        assertThat(findings).filteredOn(f -> "召开会议次数".equals(f.indicator()) && f.code().equals("TRIVIAL_TARGET"))
                .singleElement().satisfies(f -> assertThat(f.suggestion()).contains("GEN-004"));
        // a finding that is not about the indicator's definition does not cite it
        assertThat(findings).filteredOn(f -> "案件办结率".equals(f.indicator()) && f.code().equals("NO_ACTUAL_VALUE"))
                .singleElement().satisfies(f -> assertThat(f.suggestion()).doesNotContain("FE-002"));
    }

    @Test
    void theRegionsStatisticsCountUsesAndGenericShares() {
        String other = "指标统计单位" + run;
        evaluations.importDocuments(List.of(Documents.seedOf(other, region, 2023)), "test");

        LibraryStatistics.Report report = statistics.report(reviewer, region, 2023);

        assertThat(report.units()).hasSize(2);
        assertThat(report.indicators()).isEqualTo(16);
        LibraryStatistics.NameUse satisfaction = report.names().stream()
                .filter(n -> n.name().startsWith("服务对象满意度")).findFirst().orElseThrow();
        assertThat(satisfaction.uses()).isEqualTo(2);
        assertThat(satisfaction.units()).isEqualTo(2);
        assertThat(satisfaction.generic()).isTrue();
        assertThat(satisfaction.code()).isEqualTo("GEN-001");
        assertThat(satisfaction.medianTarget()).isEqualByComparingTo("95");
        // 服务对象满意度, 召开会议次数 and 开展主题活动 of the seed's 8 indicators are generic
        assertThat(report.units()).allSatisfy(u -> {
            assertThat(u.generic()).isEqualTo(3);
            assertThat(u.genericPercent()).isEqualByComparingTo("37.5");
        });
        assertThatThrownBy(() -> statistics.report(otherReviewer, region, 2023)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> statistics.report(editor, region, 2023)).isInstanceOf(NotPermittedException.class);
        assertThat(statistics.report(admin, region, 2023).indicators()).isEqualTo(16);
    }

    private static LibraryIndicator indicator(String name) {
        return new LibraryIndicator(null, WorkKind.ARCHIVES, IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,
                name, "全年完成的数量。", null, "人次", Comparison.AT_LEAST, TargetBasis.HISTORY, List.of("≥100人次"), false,
                List.of("档案"), List.of());
    }
}
