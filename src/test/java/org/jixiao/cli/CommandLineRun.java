package org.jixiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jixiao.JixiaoApplication;

/** One run of the command line in this JVM: its exit code and what it wrote. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(JixiaoApplication.class, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** The lines written to stderr. */
    long errLines() {
        return err.lines().count();
    }
}
