package org.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.InvalidDocumentException;
import picocli.CommandLine;

/**
 * Runs one command and exits with its code: 0 done, 1 the document has ERROR findings, 2 bad input (one line
 * on stderr, nothing on stdout). {@code serve} returns while the server runs on.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** Runs the command and exits, unless it started the server. */
    public static void main(Class<?> application, String[] args) {
        CommandLine commandLine = commandLine(application, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        if (code != OK || !ServeCommand.isServing()) {
            System.exit(code);
        }
    }

    /** The command line writing to the given streams, as tests run it. */
    public static CommandLine commandLine(Class<?> application, PrintWriter out, PrintWriter err) {
        SpringContexts spring = new SpringContexts(application);
        CommandLine commandLine = new CommandLine(new JixiaoCommand(spring), new Factory(spring));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + e.getMessage()
                    + "（--help 查看用法）");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(describe(e));
            return BAD_INPUT;
        });
        return commandLine;
    }

    private static String describe(Exception e) {
        if (e instanceof BadInputException || e instanceof InvalidDocumentException) {
            return e.getMessage();
        }
        if (e instanceof DocumentSyntaxException syntax) {
            return syntax.describe();
        }
        if (e instanceof IOException) {
            return "无法读写文件：" + e.getMessage();
        }
        return "内部错误：" + e;
    }

    /** Gives the commands that start Spring the application to start. */
    private record Factory(SpringContexts spring) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(SpringContexts.class).newInstance(spring);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
