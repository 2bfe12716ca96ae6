package org.jixiao.evaluation;

import org.jixiao.document.Department;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A budget unit (预算单位) that reports to a finance bureau; known by its name within its region. */
@Table("unit")
public class Unit {

    @Id
    private Long id;
    private String name;
    private String code;
    /** '' where the region is not known, so that (name, region) stays unique. */
    private String region;
    private String parent;
    @Version
    private Long version;

    @PersistenceCreator
    Unit() {
    }

    public static Unit of(Department department) {
        Unit unit = new Unit();
        unit.name = department.name().strip();
        unit.region = department.region() == null ? "" : department.region().strip();
        unit.update(department);
        return unit;
    }

    /** Takes the code and the parent a newer document states; keeps what it does not state. */
    void update(Department department) {
        if (department.code() != null) {
            code = department.code();
        }
        if (department.parent() != null) {
            parent = department.parent();
        }
    }

    public Department toDepartment() {
        return new Department(name, code, region(), parent, null);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    /** The region, or null where unknown. */
    public String region() {
        return region == null || region.isEmpty() ? null : region;
    }

    public String parent() {
        return parent;
    }
}
