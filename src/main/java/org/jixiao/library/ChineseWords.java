package org.jixiao.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese text cut into words by Lucene's smartcn analyzer (a hidden Markov model over a word dictionary), for
 * the library's index and its queries. The analyzer loads its dictionaries once, on first use, and is shared:
 * it is safe for concurrent use.
 */
final class ChineseWords {

    /**
     * Words that occur in nearly every task and goal and so say nothing of its kind of work: left out of queries
     * (they stay in the index, where BM25 weighs them down anyway).
     */
    private static final Set<String> UNINFORMATIVE = Set.of("项目", "工作", "专项", "经费", "资金", "开展", "提高", "提升",
            "加强", "推进", "完成", "年度", "全年", "进一步", "相关", "有关", "按", "及", "和", "与", "的", "等", "为", "对", "在",
            "是", "了", "年", "个", "以上", "不少于", "达到", "实现", "保障", "积极", "有序", "持续", "稳步", "大力", "坚持", "落实",
            "做", "好", "抓", "全面", "各项", "一期", "二期", "运营", "支持", "规范", "情况", "目标", "服务");

    private ChineseWords() {
    }

    static Analyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The informative words of a text, in order of first occurrence. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = Holder.ANALYZER.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!UNINFORMATIVE.contains(word) && !isNumber(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '%') {
                return false;
            }
        }
        return true;
    }

    private static final class Holder {
        static final Analyzer ANALYZER = new SmartChineseAnalyzer();
    }
}
