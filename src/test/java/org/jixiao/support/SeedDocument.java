package org.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;

/** The reviewed document of the seed report (广州市荔湾区妇女联合会, 2023), as the demo data ships it. */
public final class SeedDocument {

    public static final String RESOURCE = "/demo/liwan-women-federation-2023.json";

    private SeedDocument() {
    }

    public static EvaluationDocument load() {
        return DocumentJson.read(json());
    }

    public static String json() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            return DocumentJson.readText(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
