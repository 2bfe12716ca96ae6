package org.jixiao.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** The digest names a document's content, not the way its JSON was written. */
class DocumentDigestTest {

    private final EvaluationDocument seed = SeedDocument.load();
    private final String json = DocumentJson.write(seed);

    @Test
    void theSameDocumentWrittenAnotherWayHasTheSameDigest() {
        String compact = json.replaceAll("\\n\\s*", "");
        String reordered = json.replaceFirst("\"schema\": \"jixiao/evaluation/v1\",", "")
                .replaceFirst("\\{", "{ \"extraList\": [], \"conclusionNote\": null, \"schema\": \"jixiao/evaluation/v1\",");
        String decimals = json.replace("\"fiscalYear\": 2023", "\"fiscalYear\": 2023.0");
        assertThat(List.of(compact, reordered, decimals)).doesNotContain(json);

        String digest = DocumentDigest.of(seed, SealProfile.INTERNATIONAL);
        assertThat(DocumentDigest.of(json, SealProfile.INTERNATIONAL)).isEqualTo(digest);
        assertThat(DocumentDigest.of(compact, SealProfile.INTERNATIONAL)).isEqualTo(digest);
        assertThat(DocumentDigest.of(reordered, SealProfile.INTERNATIONAL)).isEqualTo(digest);
        assertThat(DocumentDigest.of(decimals, SealProfile.INTERNATIONAL)).isEqualTo(digest);
        assertThat(digest).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void aFigureOrAWordChangedChangesIt() {
        String digest = DocumentDigest.of(json, SealProfile.INTERNATIONAL);
        String budget = seed.funds().budget().toPlainString();

        String changed = json.replaceFirst("\"budget\": " + budget, "\"budget\": " + budget + "1");

        assertThat(changed).isNotEqualTo(json);
        assertThat(DocumentDigest.of(changed, SealProfile.INTERNATIONAL)).isNotEqualTo(digest);
        assertThat(DocumentDigest.of(json.replaceFirst("妇女联合会", "妇女联合"), SealProfile.INTERNATIONAL))
                .isNotEqualTo(digest);
    }

    @Test
    void thePublicationBlockAnExportAddsIsNoPartOfTheContent() {
        String digest = DocumentDigest.of(json, SealProfile.INTERNATIONAL);
        String exported = json.replaceFirst("\\{", "{ \"publication\": { \"digest\": \"" + digest + "\" },");

        assertThat(DocumentDigest.of(exported, SealProfile.INTERNATIONAL)).isEqualTo(digest);
    }

    @Test
    void jixiaosScoreIsNoPartOfTheContent() {
        EvaluationDocument scored = seed.withScore(new Scorer(ScoringProfiles.builtIn().defaultProfile()).score(seed));
        assertThat(scored.score()).isNotNull();

        assertThat(DocumentDigest.of(scored, SealProfile.INTERNATIONAL))
                .isEqualTo(DocumentDigest.of(seed.withScore(null), SealProfile.INTERNATIONAL));
    }

    @Test
    void theGuomiProfileDigestsWithSm3AndSaysSo() {
        String sm3 = DocumentDigest.of(seed, SealProfile.GUOMI);

        assertThat(sm3).matches("sm3:[0-9a-f]{64}");
        assertThat(DocumentDigest.profileOf(sm3)).isEqualTo(SealProfile.GUOMI);
        assertThat(DocumentDigest.profileOf(DocumentDigest.of(seed, SealProfile.INTERNATIONAL)))
                .isEqualTo(SealProfile.INTERNATIONAL);
    }
}
