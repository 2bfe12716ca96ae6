package org.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.account.SecretCipher;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SealReport;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing as a reviewer does it, on every database: the report is signed as published and kept as signed, names
 * its evaluation, its publisher and the digest of the document published; every server signs with the one key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class PublicationContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    static final String REGION = "广州市荔湾区";

    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Publications publications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecretCipher secrets;
    @Autowired
    PublicationSettings settings;

    long published() {
        int run = RUN.incrementAndGet();
        EvaluationDocument seed = SeedDocument.load();
        Department unit = new Department(seed.department().name() + run, null, REGION, null, null);
        long id = evaluations.importDocuments(List.of(seed.withDepartment(unit)), "test").get(0).id();
        long unitId = evaluations.unit(unit.name(), REGION).orElseThrow().id();
        Actor editor = new Actor(100 + run, "editor" + run, "填报人", Role.UNIT_EDITOR, unitId, null);
        Actor reviewer = new Actor(200 + run, "reviewer" + run, "荔湾区财政局审核人", Role.FINANCE_REVIEWER, null, REGION);
        workflow.submit(editor, id);
        workflow.approve(reviewer, id, "同意");
        workflow.publish(reviewer, id);
        return id;
    }

    @Test
    void thePublishedReportIsSignedAndNamesWhatWasPublished() {
        long id = published();
        StoredEvaluation stored = evaluations.find(id).orElseThrow();

        PublishedReport report = publications.signedReport(id).orElseThrow();
        SealReport check = SealCheck.check(report.pdf());

        assertThat(check.valid()).as(check.problems().toString()).isTrue();
        assertThat(check.publication().evaluationId()).isEqualTo(id);
        assertThat(check.publication().publishedBy()).isEqualTo("荔湾区财政局审核人");
        assertThat(check.publication().documentDigest()).isEqualTo(report.documentDigest())
                .isEqualTo(DocumentDigest.of(stored.document(), SealProfile.INTERNATIONAL));
        assertThat(check.certificateFingerprint()).isEqualTo(report.certificateFingerprint());
        assertThat(report.selfSigned()).isTrue();
        assertThat(report.signer()).isEqualTo("jixiao 演示财政部门（自签名演示证书）");
        assertThat(publications.withDigest(report.documentDigest())).extracting(PublishedReport::evaluationId)
                .contains(id);
    }

    @Test
    void everyPublicationIsSignedWithTheOneKeyKeptInTheDatabase() {
        PublishedReport first = publications.signedReport(published()).orElseThrow();
        PublishedReport second = publications.signedReport(published()).orElseThrow();
        // a second server on this database (or this one restarted) reads the key this one kept
        PublicationKeys anotherServer = new PublicationKeys(settings, jdbc, secrets);

        assertThat(second.certificateFingerprint()).isEqualTo(first.certificateFingerprint());
        assertThat(anotherServer.key().fingerprint()).isEqualTo(first.certificateFingerprint());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication_key").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theGeneratedKeyIsKeptSealedAndOneKeptPlainIsSealedAgainAtTheNextStart() {
        String fingerprint = publications.signedReport(published()).orElseThrow().certificateFingerprint();
        String kept = new String(jdbc.sql("SELECT keystore FROM publication_key").query(byte[].class).single(),
                StandardCharsets.ISO_8859_1);
        assertThat(kept).startsWith("aes-gcm:");
        // as an installation upgraded to sealing holds it: the key itself, as PEM
        jdbc.sql("UPDATE publication_key SET keystore = ?").param(secrets.open(kept, "publication_key:1")).update();

        PublicationKeys restarted = new PublicationKeys(settings, jdbc, secrets);
        restarted.run(null);

        assertThat(restarted.key().fingerprint()).isEqualTo(fingerprint);
        assertThat(new String(jdbc.sql("SELECT keystore FROM publication_key").query(byte[].class).single(),
                StandardCharsets.ISO_8859_1)).startsWith("aes-gcm:").isNotEqualTo(kept);
    }

    @Test
    void oneMadePublicBeforeReportsWereSignedIsSignedAtItsFirstDownload() {
        long id = published();
        // as an installation upgraded to signing holds it: published, no signed report
        jdbc.sql("DELETE FROM published_report WHERE evaluation_id = ?").param(id).update();

        PublishedReport first = publications.signedReport(id).orElseThrow();
        PublishedReport again = publications.signedReport(id).orElseThrow();

        assertThat(SealCheck.check(first.pdf()).valid()).isTrue();
        assertThat(first.publishedBy()).isEqualTo(Publications.BEFORE_SIGNING);
        assertThat(again.pdf()).isEqualTo(first.pdf());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_report WHERE evaluation_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anEvaluationNotPublishedHasNoSignedReport() {
        int run = RUN.incrementAndGet();
        EvaluationDocument seed = SeedDocument.load();
        Department unit = new Department(seed.department().name() + "草稿" + run, null, REGION, null, null);
        long id = evaluations.importDocuments(List.of(seed.withDepartment(unit)), "test").get(0).id();

        assertThat(publications.signedReport(id)).isEmpty();
    }
}
