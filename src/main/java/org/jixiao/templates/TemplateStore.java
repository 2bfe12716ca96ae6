package org.jixiao.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The module's table, report_template, in SQL that H2 and PostgreSQL both speak. */
@Repository
class TemplateStore {

    private static final String COLUMNS = "id, region, kind, fiscal_year, version, file_name, status, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored as the next version of its region, kind and year, a draft; the unique key catches a simultaneous one. */
    long insert(String region, Kind kind, int year, String fileName, byte[] content, String by, Instant at) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM report_template WHERE region = ? AND kind = ? AND fiscal_year = ?")
                .params(region, kind.name(), year).query(Integer.class).single() + 1;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO report_template (region, kind, fiscal_year, version, file_name, content, status,
                            uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(region, kind.name(), year, version, fileName, content, TemplateStatus.DRAFT.name(), by,
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<StoredTemplate> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_template ORDER BY region, fiscal_year DESC, kind, version DESC")
                .query(TemplateStore::row).list();
    }

    Optional<StoredTemplate> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_template WHERE id = ?").param(id)
                .query(TemplateStore::row).optional();
    }

    Optional<StoredTemplate> active(String region, Kind kind, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_template WHERE region = ? AND kind = ? AND fiscal_year = ? AND status = ?")
                .params(region, kind.name(), year, TemplateStatus.ACTIVE.name()).query(TemplateStore::row).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM report_template WHERE id = ?").param(id).query(byte[].class).single();
    }

    /** The template the region's layout for its kind and year; the one that was, 停用 but kept. */
    void activate(StoredTemplate template) {
        // the versions locked first: of two activations at once the second waits and then retires the first's
        jdbc.sql("SELECT id FROM report_template WHERE region = ? AND kind = ? AND fiscal_year = ? FOR UPDATE")
                .params(template.region(), template.kind().name(), template.year()).query(Long.class).list();
        jdbc.sql("UPDATE report_template SET status = ? WHERE region = ? AND kind = ? AND fiscal_year = ? AND status = ?")
                .params(TemplateStatus.RETIRED.name(), template.region(), template.kind().name(), template.year(),
                        TemplateStatus.ACTIVE.name())
                .update();
        jdbc.sql("UPDATE report_template SET status = ? WHERE id = ?").params(TemplateStatus.ACTIVE.name(), template.id())
                .update();
    }

    private static StoredTemplate row(ResultSet rs, int n) throws SQLException {
        return new StoredTemplate(rs.getLong("id"), rs.getString("region"), Kind.valueOf(rs.getString("kind")),
                rs.getInt("fiscal_year"), rs.getInt("version"), rs.getString("file_name"),
                TemplateStatus.valueOf(rs.getString("status")), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
