package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.InvalidDocumentException;
import org.jixiao.scoring.InvalidProfileException;
import org.jixiao.scoring.ScoringProfile;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.scoring.UnknownProfileException;
import picocli.CommandLine.Option;

/**
 * What {@code score} and {@code lint} share: the profile to use (built in, or from the folder that
 * {@code JIXIAO_PROFILES_DIR} or {@code --profiles-dir} names) and the one document they read.
 */
class ScoringOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "评分规则名称，默认 MOF_2020")
    String profile;

    @Option(names = "--profiles-dir", paramLabel = "DIR", defaultValue = "${env:JIXIAO_PROFILES_DIR}",
            description = "自定义评分规则目录（每个规则一个 .json/.yaml 文件），默认取环境变量 JIXIAO_PROFILES_DIR")
    Path profilesDir;

    ScoringProfile profile() {
        try {
            return ScoringProfiles.load(profilesDir).get(profile);
        } catch (UnknownProfileException | InvalidProfileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The one document of the file ('-' for standard input); an array or a broken document is bad input. */
    static EvaluationDocument document(String file) {
        String text = InputFiles.text(file);
        try {
            List<EvaluationDocument> documents = DocumentJson.readAll(text);
            if (documents.size() != 1 || text.stripLeading().startsWith("[")) {
                throw new BadInputException(file + ": 应为单个评价文档，实为含 " + documents.size() + " 份文档的数组");
            }
            return documents.get(0);
        } catch (DocumentSyntaxException e) {
            throw InputFiles.syntaxError(file, e);
        } catch (InvalidDocumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }
}
