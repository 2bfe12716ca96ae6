package org.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealException;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SigningKey;
import org.jixiao.support.SeedDocument;
import org.jixiao.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bureau's own keystore, named in configuration: while it cannot be read, publishing is refused with the reason
 * and nothing is published; once it is in place, reports are signed with its key, none is generated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
class BureauKeystoreTest {

    static final Path KEYSTORE;

    static {
        try {
            KEYSTORE = Files.createTempDirectory("jixiao-keystore").resolve("bureau.p12");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::h2);
        registry.add("jixiao.publication.keystore", KEYSTORE::toString);
        registry.add("jixiao.publication.keystore-password", () -> "示例口令");
    }

    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Publications publications;

    @Test
    void aKeystoreThatCannotBeReadRefusesPublishingUntilItIsInPlace() throws IOException {
        EvaluationDocument seed = SeedDocument.load();
        Department unit = new Department(seed.department().name(), null, "广州市荔湾区", null, null);
        long id = evaluations.importDocuments(List.of(seed.withDepartment(unit)), "test").get(0).id();
        long unitId = evaluations.unit(unit.name(), "广州市荔湾区").orElseThrow().id();
        Actor editor = new Actor(1, "editor", "填报人", Role.UNIT_EDITOR, unitId, null);
        Actor reviewer = new Actor(2, "reviewer", "审核人", Role.FINANCE_REVIEWER, null, "广州市荔湾区");
        workflow.submit(editor, id);
        workflow.approve(reviewer, id, null);

        assertThatThrownBy(() -> workflow.publish(reviewer, id)).isInstanceOf(SealException.class)
                .hasMessageContaining("签名密钥库不存在").hasMessageContaining(KEYSTORE.toString());
        assertThat(evaluations.find(id).orElseThrow().status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(publications.signedReport(id)).isEmpty();

        SigningKey bureau = SigningKey.generate("示例市财政局", SealProfile.INTERNATIONAL, Instant.now());
        try (OutputStream out = Files.newOutputStream(KEYSTORE)) {
            bureau.writeKeystore(out, "示例口令".toCharArray(), "bureau");
        }
        workflow.publish(reviewer, id);

        PublishedReport report = publications.signedReport(id).orElseThrow();
        assertThat(report.certificateFingerprint()).isEqualTo(bureau.fingerprint());
        assertThat(SealCheck.check(report.pdf()).signer()).isEqualTo("示例市财政局（自签名演示证书）");
        assertThat(evaluations.find(id).orElseThrow().status()).isEqualTo(EvaluationStatus.PUBLISHED);
    }
}
