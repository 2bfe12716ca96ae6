package org.jixiao.rendering;

import java.util.List;

/**
 * What a template and a document have not in common, shown before a template is used.
 *
 * @param lacking what the template uses that the document leaves empty (printed blank)
 * @param unused  what the document holds that the template does not print
 */
public record TemplateInventory(List<String> lacking, List<String> unused) {

    public TemplateInventory {
        lacking = List.copyOf(lacking);
        unused = List.copyOf(unused);
    }
}
