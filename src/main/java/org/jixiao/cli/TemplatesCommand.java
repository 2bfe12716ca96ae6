package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.rendering.ShippedTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code templates}: the shipped templates, one a line: name, kind, region, description, tab-separated. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "列出内置版式模板：名称、类型、地区、说明（以制表符分隔），供 render --template 使用。")
class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("名称\t类型\t地区\t说明");
        for (ShippedTemplates.Shipped shipped : ShippedTemplates.all()) {
            out.println(String.join("\t", shipped.name(), shipped.kind(), shipped.region(), shipped.description()));
        }
        out.flush();
        return Cli.OK;
    }
}
