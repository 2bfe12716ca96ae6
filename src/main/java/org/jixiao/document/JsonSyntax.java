package org.jixiao.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What is wrong with broken JSON, said in Chinese: the parser's own message is English and names its internals
 * ("Unexpected character ('}' (code 125)): expected a valid value (JSON String, …"), so it is read for the kind of
 * mistake and never shown. Where the parser's wording is not one of those known, the answer is still Chinese,
 * and the line and column the caller gives still say where.
 */
public final class JsonSyntax {

    /** The parser's wording of a mistake, and how users are told it; the first that matches tells. */
    private static final List<Rule> RULES = List.of(
            new Rule("double-quote to start (?:property|field) name", "此处应为用双引号括起的属性名"),
            new Rule("colon to separate", "此处应为冒号（属性名与值之间）"),
            new Rule("comma to separate (?:Object|OBJECT)", "此处应为逗号或 }"),
            new Rule("comma to separate (?:Array|ARRAY)", "此处应为逗号或 ]"),
            new Rule("expected a valid value|was expecting \\(JSON String", "此处应为值：用双引号括起的文字、数字、数组、对象、true、false 或 null"),
            new Rule("Unexpected close marker", "括号不配对：多余或不匹配的 } 或 ]"),
            new Rule("Illegal unquoted character", "文字中有未转义的控制字符（如换行应写作 \\n）"),
            new Rule("Illegal character", "有不可见的控制字符"),
            new Rule("character escape", "文字中有无效的转义：\\ 后只能是 \" \\ / b f n r t 或 u"),
            new Rule("numeric value|Leading zeroes|Non-standard token", "数字的写法不对"));

    /** The character or word the parser stopped at: "Unexpected character ('}'" or "Unrecognized token 'tru'". */
    private static final Pattern AT = Pattern.compile("Unexpected character \\('(.)'|Unrecognized token '([^']{1,20})'");

    private JsonSyntax() {
    }

    /**
     * The mistake in Chinese, without the line and column (the caller says them): broken syntax, or a value of the
     * wrong type for the field its JSON path names.
     */
    public static String describe(JacksonException e) {
        if (e instanceof UnexpectedEndOfInputException) {
            return "内容意外结束：缺少 } 或 ]，或文本不完整";
        }
        if (!(e instanceof StreamReadException)) {
            return path(e) + " 的值类型或取值不对";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what = "不符合 JSON 语法";
        for (Rule rule : RULES) {
            if (rule.wording.matcher(message).find()) {
                what = rule.said;
                break;
            }
        }
        Matcher at = AT.matcher(message);
        if (at.find()) {
            String found = at.group(1) != null ? at.group(1) : at.group(2);
            if (found.codePoints().allMatch(c -> c >= 0x20 && Character.getType(c) != Character.FORMAT)) {
                return what + "，实为“" + found + "”";
            }
        }
        return what;
    }

    /** $.comments.general for the path Jackson reports. */
    public static String path(JacksonException e) {
        StringBuilder text = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                text.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private record Rule(Pattern wording, String said) {

        Rule(String wording, String said) {
            this(Pattern.compile(wording), said);
        }
    }
}
