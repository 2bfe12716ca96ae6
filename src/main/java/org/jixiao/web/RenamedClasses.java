package org.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.util.ClassUtils;

/**
 * Reads a serialized session attribute whose classes have since moved: each old name is read as the class's present
 * one. Serialization compares a class's name without its package with the stream's, so a class that kept its own
 * name under another package reads as it was written.
 */
final class RenamedClasses extends ConfigurableObjectInputStream {

    /** Old name → present name, for the classes sessions keep (issue 14 moved the pages beside their features). */
    static final Map<String, String> RENAMED = Map.of(
            "org.jixiao.web.UploadedReports$Pending", "org.jixiao.evaluation.web.UploadedReports$Pending",
            "org.jixiao.web.UploadedReports$Pending$Warning", "org.jixiao.evaluation.web.UploadedReports$Pending$Warning",
            "org.jixiao.web.SourceSpot", "org.jixiao.evaluation.web.SourceSpot",
            "org.jixiao.web.AccountAdminController$ShownPassword",
            "org.jixiao.account.web.AccountAdminController$ShownPassword");

    private RenamedClasses(InputStream in) throws IOException {
        super(in, RenamedClasses.class.getClassLoader());
    }

    static Object read(InputStream in) throws IOException {
        try (RenamedClasses objects = new RenamedClasses(in)) {
            return objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("a session attribute of a class this version does not have: " + e.getMessage(), e);
        }
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass described) throws IOException, ClassNotFoundException {
        String present = RENAMED.get(described.getName());
        return present == null ? super.resolveClass(described)
                : ClassUtils.forName(present, RenamedClasses.class.getClassLoader());
    }
}
