package org.jixiao.seal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalSheet;
import tools.jackson.databind.JsonNode;

/**
 * The digest that names one document's content, whoever wrote its JSON: the same document exported again, pretty-
 * printed or not, with its fields in another order, {@code 100} written {@code 100.00}, a missing list written
 * {@code []} or a missing value {@code null}, has the same digest; a changed figure or word does not. Left out: the
 * {@code publication} block an export adds, as it carries the digest itself, and jixiao's {@code score}, which is
 * computed from the rest by the rules of the day and no statement of the unit's (the signed PDF shows the score
 * given at publication).
 *
 * <p>The canonical form: objects with their members sorted by name (UTF-16 order, as RFC 8785), no whitespace,
 * members that are null, empty lists or empty objects left out, numbers exact in plain notation without trailing
 * zeros, strings escaped as JSON requires and nothing more; UTF-8.
 */
public final class DocumentDigest {

    /** The block an export adds, which is no part of the document's content. */
    public static final String PUBLICATION = EvaluationDocument.PUBLICATION;
    /** Top-level members the digest leaves out. */
    private static final Set<String> LEFT_OUT = Set.of(PUBLICATION, "score");

    private DocumentDigest() {
    }

    public static String of(EvaluationDocument document, SealProfile profile) {
        return of(DocumentJson.mapper().valueToTree(document), profile);
    }

    /** A goal sheet's (format jixiao/goals/v1), by the same canonical form. */
    public static String of(GoalSheet sheet, SealProfile profile) {
        return of(DocumentJson.mapper().valueToTree(sheet), profile);
    }

    /** The digest of a document's JSON text, as downloaded; broken JSON is refused as {@link DocumentJson} does. */
    public static String of(String json, SealProfile profile) {
        return of(DocumentJson.mapper().readTree(json), profile);
    }

    static String of(JsonNode document, SealProfile profile) {
        StringBuilder canonical = new StringBuilder(4096);
        write(document, canonical, true);
        byte[] hash = Crypto.digest(profile).digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return profile.prefix() + ":" + Crypto.hex(hash);
    }

    /** The profile a written digest was made with, or null where it names none this version knows. */
    public static SealProfile profileOf(String digest) {
        int colon = digest == null ? -1 : digest.indexOf(':');
        return colon < 0 ? null : SealProfile.ofPrefix(digest.substring(0, colon));
    }

    private static void write(JsonNode node, StringBuilder out, boolean top) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!(top && LEFT_OUT.contains(member.getKey())) && !empty(member.getValue())) {
                    members.add(member);
                }
            }
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out, false);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out, false);
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else {
            out.append(node.toString()); // true, false, null inside a list
        }
    }

    /** Whether a member says nothing: null, an empty list, an object of such members only. */
    private static boolean empty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isArray()) {
            return node.isEmpty();
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!empty(member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
