package org.jixiao.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.Comparison;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The entries and their versions in two tables: an entry row with its status and current version, and one row
 * per version with the content. Lists are stored one item a line (keywords: separated by spaces).
 */
@Repository
class LibraryRepository {

    private static final String CURRENT = """
            SELECT e.id, e.code, e.status, e.current_version, e.proposer_unit_id, e.proposer_region, e.updated_at,
                   v.kind, v.level1, v.level2, v.name, v.definition, v.formula, v.unit, v.comparator, v.target_basis,
                   v.example_targets, v.generic, v.keywords, v.aliases
            FROM library_entry e JOIN library_entry_version v ON v.entry_id = e.id AND v.version = e.current_version
            """;

    private final JdbcClient jdbc;

    LibraryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LibraryEntry> find(String code) {
        return jdbc.sql(CURRENT + " WHERE e.code = ?").param(code).query(LibraryRepository::entry).optional();
    }

    /** Current entries of these statuses, by code. */
    List<LibraryEntry> all(List<EntryStatus> statuses) {
        return jdbc.sql(CURRENT + " WHERE e.status IN (:statuses) ORDER BY e.code")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(LibraryRepository::entry).list();
    }

    List<EntryVersion> versions(String code) {
        return jdbc.sql("""
                SELECT v.* FROM library_entry_version v JOIN library_entry e ON e.id = v.entry_id
                WHERE e.code = ? ORDER BY v.version DESC""").param(code)
                .query((rs, n) -> new EntryVersion(rs.getInt("version"), EntryStatus.valueOf(rs.getString("status")),
                        EntryChange.valueOf(rs.getString("change_kind")), indicator(rs, code),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("note")))
                .list();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM library_entry WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    /** The codes that start with the prefix, to number a new entry after the highest. */
    List<String> codes(String prefix) {
        return jdbc.sql("SELECT code FROM library_entry WHERE code LIKE ?").param(prefix + "-%").query(String.class)
                .list();
    }

    /** A new entry with its first version. */
    LibraryEntry insert(LibraryIndicator indicator, EntryStatus status, EntryChange change, Long proposerUnitId,
            String proposerRegion, String actor, Instant at, String note) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO library_entry (code, status, current_version, proposer_unit_id, proposer_region, updated_at)
                VALUES (?, ?, 1, ?, ?, ?)""")
                .params(indicator.code(), status.name(), proposerUnitId, proposerRegion, Timestamp.from(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        insertVersion(id, 1, status, change, indicator, actor, at, note);
        return find(indicator.code()).orElseThrow();
    }

    /** A new version of an entry, which becomes its current one. */
    LibraryEntry addVersion(LibraryEntry entry, LibraryIndicator indicator, EntryStatus status, EntryChange change,
            String actor, Instant at, String note) {
        int version = entry.version() + 1;
        insertVersion(entry.id(), version, status, change, indicator, actor, at, note);
        int updated = jdbc.sql("""
                UPDATE library_entry SET status = ?, current_version = ?, updated_at = ?
                WHERE id = ? AND current_version = ?""")
                .params(status.name(), version, Timestamp.from(at), entry.id(), entry.version()).update();
        if (updated != 1) {
            throw new LibraryConflictException("指标 " + entry.code() + " 已被他人修改，请刷新后重试");
        }
        return find(entry.code()).orElseThrow();
    }

    private void insertVersion(long entryId, int version, EntryStatus status, EntryChange change,
            LibraryIndicator i, String actor, Instant at, String note) {
        jdbc.sql("""
                INSERT INTO library_entry_version (entry_id, version, status, change_kind, kind, level1, level2, name,
                    definition, formula, unit, comparator, target_basis, example_targets, generic, keywords, aliases,
                    changed_by, changed_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, version, status.name(), change.name(), i.kind().name(), i.level1().name(),
                        i.level2().name(), i.name(), i.definition(), i.formula(), i.unit(), i.comparator().symbol(),
                        i.targetBasis().name(), lines(i.exampleTargets()), i.generic(), String.join(" ", i.keywords()),
                        lines(i.aliases()), actor, Timestamp.from(at), note)
                .update();
    }

    private static LibraryEntry entry(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        Object unit = rs.getObject("proposer_unit_id");
        return new LibraryEntry(rs.getLong("id"), code, EntryStatus.valueOf(rs.getString("status")),
                rs.getInt("current_version"), indicator(rs, code), unit == null ? null : ((Number) unit).longValue(),
                rs.getString("proposer_region"), rs.getTimestamp("updated_at").toInstant());
    }

    private static LibraryIndicator indicator(ResultSet rs, String code) throws SQLException {
        return new LibraryIndicator(code, WorkKind.valueOf(rs.getString("kind")),
                IndicatorCategory.valueOf(rs.getString("level1")), IndicatorSubcategory.valueOf(rs.getString("level2")),
                rs.getString("name"), rs.getString("definition"), rs.getString("formula"), rs.getString("unit"),
                Comparison.fromSymbol(rs.getString("comparator")), TargetBasis.valueOf(rs.getString("target_basis")),
                split(rs.getString("example_targets"), "\n"), rs.getBoolean("generic"),
                split(rs.getString("keywords"), " "), split(rs.getString("aliases"), "\n"));
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }
}
