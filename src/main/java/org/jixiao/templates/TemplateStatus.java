package org.jixiao.templates;

/** Where an uploaded template stands: checked and kept (草稿), the region's layout (启用), replaced (停用). */
public enum TemplateStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
