package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code serve [--port N]}: the web application on the configured database. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动 Web 应用（默认端口 8080）。")
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    private final SpringContexts spring;

    @Option(names = "--port", paramLabel = "N", description = "HTTP 端口，默认 8080")
    Integer port;

    /** Spring Boot's own options (--server.address=..., --spring.profiles.active=...) pass through. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ServeCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        spring.serve(args.toArray(String[]::new));
        serving = true;
        return Cli.OK;
    }

    static boolean isServing() {
        return serving;
    }
}
