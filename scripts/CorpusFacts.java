import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what a reader wrote against facts written by hand, corpus by corpus.
 *
 * A facts file is a JSON list of [path, op, expected]; path: a.b[0].c, a[key=VALUE].d;
 * ops: eq, num (within 0.005), len, contains, contains_any, null. Strings compare
 * NFKC-normalised with all whitespace removed. The semantics are those of the corpus's
 * check-facts.py, kept identical so the two count the same facts on the same documents.
 *
 * Usage:
 *   java scripts/CorpusFacts.java [--forms corpus/forms.tsv] [--require PERCENT]
 *        --corpus NAME FACTS_DIR DOCS_DIR [--corpus ...]
 *   java scripts/CorpusFacts.java --one FACTS.json DOCUMENT.json
 *
 * For every ID.facts.json in FACTS_DIR the document is DOCS_DIR/ID.json; a text is
 * refused when that file is missing, empty or not JSON (its ID.err, if any, says why).
 * Numbers invented: a num fact where the document holds another number, or a null fact
 * where it holds a value. Exit 0, unless --require is given: then 1 when a corpus reads
 * fewer facts than PERCENT or any number was invented.
 */
public class CorpusFacts {

    // ---------------------------------------------------------------- JSON values
    // null -> null, true/false -> Boolean, int -> BigInteger, float -> Double,
    // string -> String, array -> List<Object>, object -> LinkedHashMap<String,Object>
    // (json.loads: a number with '.', 'e' or 'E' is a float, otherwise an int; NaN and
    // Infinity accepted; a repeated key keeps its last value).

    static final class JsonError extends Exception {
        JsonError(String m) { super(m); }
    }

    static final class Json {
        private final String s;
        private int i;

        Json(String s) { this.s = s; }

        static Object parse(String text) throws JsonError {
            Json p = new Json(text);
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.i != p.s.length()) throw new JsonError("Extra data at " + p.i);
            return v;
        }

        private void ws() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') i++; else break;
            }
        }

        private JsonError err(String m) { return new JsonError(m + " at " + i); }

        private Object value() throws JsonError {
            if (i >= s.length()) throw err("Expecting value");
            char c = s.charAt(i);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                default:
                    if (s.startsWith("null", i)) { i += 4; return null; }
                    if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
                    if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
                    if (s.startsWith("NaN", i)) { i += 3; return Double.NaN; }
                    if (s.startsWith("Infinity", i)) { i += 8; return Double.POSITIVE_INFINITY; }
                    if (s.startsWith("-Infinity", i)) { i += 9; return Double.NEGATIVE_INFINITY; }
                    return number();
            }
        }

        private static final Pattern NUMBER = Pattern.compile("(-?(?:0|[1-9][0-9]*))(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

        private Object number() throws JsonError {
            Matcher m = NUMBER.matcher(s);
            m.region(i, s.length());
            if (!m.lookingAt()) throw err("Expecting value");
            i = m.end();
            if (m.group(2) == null && m.group(3) == null) return new BigInteger(m.group(1));
            return Double.parseDouble(m.group());
        }

        private Map<String, Object> object() throws JsonError {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            ws();
            if (i < s.length() && s.charAt(i) == '}') { i++; return map; }
            while (true) {
                ws();
                if (i >= s.length() || s.charAt(i) != '"') throw err("Expecting property name enclosed in double quotes");
                String k = string();
                ws();
                if (i >= s.length() || s.charAt(i) != ':') throw err("Expecting ':' delimiter");
                i++;
                ws();
                map.put(k, value());
                ws();
                if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
                if (i < s.length() && s.charAt(i) == '}') { i++; return map; }
                throw err("Expecting ',' delimiter");
            }
        }

        private List<Object> array() throws JsonError {
            List<Object> list = new ArrayList<>();
            i++;
            ws();
            if (i < s.length() && s.charAt(i) == ']') { i++; return list; }
            while (true) {
                ws();
                list.add(value());
                ws();
                if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
                if (i < s.length() && s.charAt(i) == ']') { i++; return list; }
                throw err("Expecting ',' delimiter");
            }
        }

        private String string() throws JsonError {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) throw err("Unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c < 0x20) throw err("Invalid control character");
                if (c != '\\') { b.append(c); continue; }
                if (i >= s.length()) throw err("Unterminated string");
                char e = s.charAt(i++);
                switch (e) {
                    case '"': b.append('"'); break;
                    case '\\': b.append('\\'); break;
                    case '/': b.append('/'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) throw err("Invalid \\uXXXX escape");
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw err("Invalid \\uXXXX escape");
                        }
                        i += 4;
                        break;
                    default: throw err("Invalid \\escape");
                }
            }
        }
    }

    static String readUtf8(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8: " + e.getMessage());
        }
    }

    static Object load(Path p) throws IOException, JsonError {
        String text = readUtf8(p);
        if (text.startsWith("\uFEFF")) throw new JsonError("Unexpected UTF-8 BOM");
        return Json.parse(text);
    }

    // ------------------------------------------------------- Python's str(), repr(), json.dumps()

    /** repr() of a float: the shortest digits that read back to it, fixed between 1e-4 and 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == d) { shortest = r; break; }
        }
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int decpt = digits.length() - abs.scale(); // value = 0.digits * 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            String out;
            if (decpt <= 0) out = "0." + "0".repeat(-decpt) + digits;
            else if (decpt >= digits.length()) out = digits + "0".repeat(decpt - digits.length()) + ".0";
            else out = digits.substring(0, decpt) + "." + digits.substring(decpt);
            return sign + out;
        }
        int exp = decpt - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        if (e.length() < 2) e = "0" + e;
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + e;
    }

    static String pyStr(Object v) {
        if (v instanceof String) return (String) v;
        return pyRepr(v);
    }

    static String pyRepr(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean) return ((Boolean) v) ? "True" : "False";
        if (v instanceof BigInteger) return v.toString();
        if (v instanceof Double) return floatRepr((Double) v);
        if (v instanceof String) return strRepr((String) v);
        if (v instanceof List) {
            StringBuilder b = new StringBuilder("[");
            List<?> l = (List<?>) v;
            for (int k = 0; k < l.size(); k++) { if (k > 0) b.append(", "); b.append(pyRepr(l.get(k))); }
            return b.append(']').toString();
        }
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(strRepr((String) e.getKey())).append(": ").append(pyRepr(e.getValue()));
        }
        return b.append('}').toString();
    }

    static String strRepr(String s) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(cp -> {
            if (cp == q || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\r') b.append("\\r");
            else if (cp == '\t') b.append("\\t");
            else if (!isPrintable(cp)) {
                if (cp < 0x100) b.append(String.format("\\x%02x", cp));
                else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
                else b.append(String.format("\\U%08x", cp));
            } else b.appendCodePoint(cp);
        });
        return b.append(q).toString();
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR);
    }

    /** json.dumps(v, ensure_ascii=False) */
    static String dumps(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean) return ((Boolean) v) ? "true" : "false";
        if (v instanceof BigInteger) return v.toString();
        if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) return "NaN";
            if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
            return floatRepr(d);
        }
        if (v instanceof String) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : ((String) v).toCharArray()) {
                switch (c) {
                    case '"': b.append("\\\""); break;
                    case '\\': b.append("\\\\"); break;
                    case '\n': b.append("\\n"); break;
                    case '\r': b.append("\\r"); break;
                    case '\t': b.append("\\t"); break;
                    case '\b': b.append("\\b"); break;
                    case '\f': b.append("\\f"); break;
                    default:
                        if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
                }
            }
            return b.append('"').toString();
        }
        if (v instanceof List) {
            StringBuilder b = new StringBuilder("[");
            List<?> l = (List<?>) v;
            for (int k = 0; k < l.size(); k++) { if (k > 0) b.append(", "); b.append(dumps(l.get(k))); }
            return b.append(']').toString();
        }
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(dumps(e.getKey())).append(": ").append(dumps(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Python slicing text[:n] counts code points. */
    static String head(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    // ---------------------------------------------------------------- the checker

    static final Pattern PART = Pattern.compile("[^.\\[\\]]+|\\[[^\\]]*\\]");

    static Object walk(Object doc, String path) {
        Object cur = doc;
        Matcher m = PART.matcher(path);
        while (m.find()) {
            String part = m.group();
            if (cur == null) return null;
            if (part.startsWith("[")) {
                String inner = part.substring(1, part.length() - 1);
                int eq = inner.indexOf('=');
                if (eq >= 0) {
                    String k = inner.substring(0, eq), v = inner.substring(eq + 1);
                    Object found = null;
                    if (cur instanceof List) {
                        for (Object x : (List<?>) cur) {
                            if (x instanceof Map && pyStr(((Map<?, ?>) x).get(k)).equals(v)) { found = x; break; }
                        }
                    }
                    cur = found;
                } else {
                    Integer idx = pyInt(inner);
                    if (idx == null) return null; // int() would raise: no such element
                    if (cur instanceof List) {
                        List<?> l = (List<?>) cur;
                        int j = idx < 0 ? idx + l.size() : idx;
                        cur = (j >= 0 && j < l.size()) ? l.get(j) : null;
                    } else cur = null;
                }
            } else {
                cur = (cur instanceof Map) ? ((Map<?, ?>) cur).get(part) : null;
            }
        }
        return cur;
    }

    /** int(text) as Python reads it: surrounding whitespace, a sign, digits of any script, single underscores. */
    static Integer pyInt(String text) {
        String t = pyStrip(text);
        if (t.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        int k = 0;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') { b.append(t.charAt(0)); k = 1; }
        boolean lastDigit = false, any = false;
        for (int cp, n = k; n < t.length(); n += Character.charCount(cp)) {
            cp = t.codePointAt(n);
            if (cp == '_') { if (!lastDigit) return null; lastDigit = false; continue; }
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) return null;
            b.append((char) ('0' + d));
            lastDigit = true;
            any = true;
        }
        if (!any || !lastDigit) return null;
        try { return Integer.valueOf(b.toString()); } catch (NumberFormatException e) { return null; }
    }

    static boolean pySpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
    }

    static String pyStrip(String s) {
        int a = 0, z = s.length();
        while (a < z && pySpace(s.codePointAt(a))) a += Character.charCount(s.codePointAt(a));
        while (z > a && pySpace(s.codePointBefore(z))) z -= Character.charCount(s.codePointBefore(z));
        return s.substring(a, z);
    }

    /** squeeze(): NFKC, then every whitespace character removed; anything but a string as it is. */
    static Object squeeze(Object x) {
        if (!(x instanceof String)) return x;
        String n = Normalizer.normalize((String) x, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !pySpace(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** float(x) as Python computes it, or null where Python raises TypeError or ValueError. */
    static Double pyFloat(Object x) {
        if (x instanceof Boolean) return ((Boolean) x) ? 1.0 : 0.0;
        if (x instanceof BigInteger) return ((BigInteger) x).doubleValue();
        if (x instanceof Double) return (Double) x;
        if (!(x instanceof String)) return null;
        String t = pyStrip((String) x);
        StringBuilder b = new StringBuilder();
        for (int cp, n = 0; n < t.length(); n += Character.charCount(cp)) {
            cp = t.codePointAt(n);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(cp, 10)));
            else b.appendCodePoint(cp);
        }
        String u = b.toString();
        String lower = u.toLowerCase(Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        String digits = "[0-9](?:_?[0-9])*";
        if (!u.matches("[+-]?(?:" + digits + "(?:\\.(?:" + digits + ")?)?|\\.(?:" + digits + "))(?:[eE][+-]?" + digits + ")?")) return null;
        return Double.parseDouble(u.replace("_", ""));
    }

    static boolean isNumber(Object x) {
        return x instanceof BigInteger || x instanceof Double || x instanceof Boolean;
    }

    static BigDecimal exact(Object x) {
        if (x instanceof Boolean) return ((Boolean) x) ? BigDecimal.ONE : BigDecimal.ZERO;
        if (x instanceof BigInteger) return new BigDecimal((BigInteger) x);
        return new BigDecimal((Double) x);
    }

    /** Python's == between two JSON values. */
    static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (isNumber(a) && isNumber(b)) {
            double da = a instanceof Double ? (Double) a : 0, db = b instanceof Double ? (Double) b : 0;
            if (Double.isNaN(da) || Double.isNaN(db)) return false;
            if (Double.isInfinite(da) || Double.isInfinite(db)) return a instanceof Double && b instanceof Double && da == db;
            return exact(a).compareTo(exact(b)) == 0;
        }
        if (a instanceof String && b instanceof String) return a.equals(b);
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a, y = (List<?>) b;
            if (x.size() != y.size()) return false;
            for (int k = 0; k < x.size(); k++) if (!pyEquals(x.get(k), y.get(k))) return false;
            return true;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a, y = (Map<?, ?>) b;
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !pyEquals(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    static boolean holds(Object val, String op, Object exp) {
        switch (op) {
            case "eq": return pyEquals(squeeze(val), squeeze(exp));
            case "num": {
                Double a = pyFloat(val), b = pyFloat(exp);
                return a != null && b != null && Math.abs(a - b) <= 0.005;
            }
            case "len": return val instanceof List && isNumber(exp) && pyEquals(BigInteger.valueOf(((List<?>) val).size()), exp);
            case "contains":
                return val instanceof String && exp instanceof String
                        && ((String) squeeze(val)).contains((String) squeeze(exp));
            case "contains_any": {
                if (!(exp instanceof String)) return false;
                List<?> items = val instanceof List ? (List<?>) val : java.util.Collections.singletonList(val);
                String e = (String) squeeze(exp);
                for (Object x : items) if (x instanceof String && ((String) squeeze(x)).contains(e)) return true;
                return false;
            }
            case "null": return val == null;
            default: throw new IllegalArgumentException("unknown op " + op);
        }
    }

    /** A number the document holds that no text states: a num fact missed on another number, or a null fact given a value. */
    static boolean invented(Object val, String op, Object exp) {
        if (op.equals("null")) return val != null;
        if (op.equals("num")) return (val instanceof BigInteger || val instanceof Double) && !holds(val, op, exp);
        return false;
    }

    // ---------------------------------------------------------------- one text

    static final class Fact {
        final String path, op;
        final Object expected;
        Fact(String path, String op, Object expected) { this.path = path; this.op = op; this.expected = expected; }
    }

    static List<Fact> facts(Path file) throws IOException, JsonError {
        Object o = load(file);
        List<Fact> out = new ArrayList<>();
        if (!(o instanceof List)) throw new JsonError("facts are not a list");
        for (Object f : (List<?>) o) {
            if (!(f instanceof List) || ((List<?>) f).size() != 3 || !(((List<?>) f).get(0) instanceof String) || !(((List<?>) f).get(1) instanceof String)) {
                throw new JsonError("a fact is not [path, op, expected]: " + dumps(f));
            }
            List<?> l = (List<?>) f;
            out.add(new Fact((String) l.get(0), (String) l.get(1), l.get(2)));
        }
        return out;
    }

    static final class Result {
        String corpus, id, form = "?", formName = "", province = "";
        int stated, read, invented;
        boolean refused;
        String refusal = "";
        final List<String> lines = new ArrayList<>();
    }

    static Result check(String corpus, String id, List<Fact> facts, Path doc, Path err) {
        Result r = new Result();
        r.corpus = corpus;
        r.id = id;
        r.stated = facts.size();
        Object document;
        try {
            if (!Files.isRegularFile(doc) || Files.size(doc) == 0) throw new JsonError("no document");
            document = load(doc);
        } catch (IOException | JsonError e) {
            r.refused = true;
            String why = e.getMessage();
            try {
                if (err != null && Files.isRegularFile(err)) {
                    String first = readUtf8(err).strip().lines().findFirst().orElse("");
                    if (!first.isEmpty()) why = first;
                }
            } catch (IOException ignored) {
                // keep the parse error
            }
            r.refusal = why;
            return r;
        }
        for (Fact f : facts) {
            Object val = walk(document, f.path);
            if (holds(val, f.op, f.expected)) { r.read++; continue; }
            boolean inv = invented(val, f.op, f.expected);
            if (inv) r.invented++;
            r.lines.add((inv ? "  INVENTED " : "  miss ") + f.path + " " + f.op + " " + pyRepr(f.expected)
                    + ": got " + head(dumps(val), 80));
        }
        return r;
    }

    // ---------------------------------------------------------------- the report

    static final class Tally {
        int texts, refused, stated, read, invented;
        void add(Result r) { texts++; if (r.refused) refused++; stated += r.stated; read += r.read; invented += r.invented; }
        double pct() { return stated == 0 ? 0 : 100.0 * read / stated; }
    }

    /** Columns line up in a terminal: a CJK character takes two cells. */
    static String pad(String s, int width) {
        int w = s.codePoints().map(cp -> (cp >= 0x1100 && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60))) ? 2 : 1).sum();
        return w >= width ? s : s + " ".repeat(width - w);
    }

    static String row(String name, Tally t) {
        return pad(name, 34) + String.format(Locale.ROOT, " %5d %7d %7d/%-6d %6.1f%% %8d",
                t.texts, t.refused, t.read, t.stated, t.pct(), t.invented);
    }

    static String header(String first) {
        return pad(first, 34) + String.format(Locale.ROOT, " %5s %7s %14s %7s %8s", "texts", "refused", "facts read", "%", "invented");
    }

    static Map<String, String[]> forms(Path file) throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) return m;
        for (String line : readUtf8(file).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length >= 3) m.put(c[0].strip(), new String[] {c[1].strip(), c[2].strip(), c.length > 3 ? c[3].strip() : ""});
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--one")) {
            List<Fact> fs = facts(Path.of(args[1]));
            Result r = check("one", "one", fs, Path.of(args[2]), null);
            if (r.refused) System.out.println("not JSON: " + r.refusal);
            r.lines.forEach(System.out::println);
            System.out.println("facts: " + r.read + "/" + r.stated);
            System.exit(r.read == r.stated ? 0 : 1);
        }
        Path formsFile = null;
        Double require = null;
        List<String[]> corpora = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--forms": formsFile = Path.of(args[++k]); break;
                case "--require": require = Double.valueOf(args[++k]); break;
                case "--corpus": corpora.add(new String[] {args[k + 1], args[k + 2], args[k + 3]}); k += 3; break;
                default:
                    System.err.println("usage: CorpusFacts [--forms FILE] [--require PERCENT] --corpus NAME FACTS_DIR DOCS_DIR ... | --one FACTS DOC");
                    System.exit(2);
            }
        }
        if (corpora.isEmpty()) {
            System.err.println("no --corpus given");
            System.exit(2);
        }
        Map<String, String[]> formOf = forms(formsFile);
        List<Result> results = new ArrayList<>();
        for (String[] c : corpora) {
            Path factsDir = Path.of(c[1]), docs = Path.of(c[2]);
            List<Path> files = new ArrayList<>();
            try (var s = Files.list(factsDir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".facts.json")).sorted().forEach(files::add);
            }
            // a held-out corpus is for the final measurement: its texts' misses are not shown, only its totals
            boolean heldOut = c[0].startsWith("heldout");
            System.out.println("== " + c[0] + " (" + factsDir + ")" + (heldOut ? ": held out, totals only" : ""));
            for (Path f : files) {
                String id = f.getFileName().toString().replaceFirst("\\.facts\\.json$", "");
                Result r = check(c[0], id, facts(f), docs.resolve(id + ".json"), docs.resolve(id + ".err"));
                String[] fm = formOf.get(id);
                if (fm != null) { r.province = fm[0]; r.form = fm[1]; r.formName = fm[2]; }
                results.add(r);
                if (heldOut) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "%-5s %3d/%-3d%s%s%n", id, r.read, r.stated,
                        r.refused ? "  REFUSED: " + head(r.refusal, 100) : "",
                        r.invented > 0 ? "  (" + r.invented + " invented)" : "");
                r.lines.forEach(System.out::println);
            }
            System.out.println();
        }

        Map<String, Tally> byForm = new TreeMap<>((a, b) -> {
            try { return Integer.compare(Integer.parseInt(a.split(" ")[0]), Integer.parseInt(b.split(" ")[0])); }
            catch (NumberFormatException e) { return a.compareTo(b); }
        });
        Map<String, String> formNames = new TreeMap<>();
        for (Result r : results) {
            formNames.putIfAbsent(r.form, r.formName);
        }
        for (Result r : results) {
            String key = r.form + " " + formNames.getOrDefault(r.form, "");
            byForm.computeIfAbsent(key.strip(), x -> new Tally()).add(r);
        }
        Map<String, Tally> byCorpus = new LinkedHashMap<>();
        Tally all = new Tally();
        for (Result r : results) {
            byCorpus.computeIfAbsent(r.corpus, x -> new Tally()).add(r);
            all.add(r);
        }
        System.out.println(header("form"));
        byForm.forEach((k, t) -> System.out.println(row(k, t)));
        System.out.println();
        System.out.println(header("corpus"));
        byCorpus.forEach((k, t) -> System.out.println(row(k, t)));
        System.out.println(row("overall", all));

        if (require != null) {
            boolean fail = all.invented > 0;
            for (Map.Entry<String, Tally> e : byCorpus.entrySet()) {
                if (e.getValue().pct() < require) {
                    fail = true;
                    System.out.printf(Locale.ROOT, "%s reads %.1f%% of its facts, below %.1f%%%n", e.getKey(), e.getValue().pct(), require);
                }
            }
            if (all.invented > 0) System.out.println(all.invented + " numbers invented");
            System.exit(fail ? 1 : 0);
        }
    }
}
