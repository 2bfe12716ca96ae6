package org.jixiao.cli;

import java.sql.SQLException;
import org.jixiao.cli.internal.BadInputException;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for the commands that need it: the web server for {@code serve}, the
 * application without its web server for {@code import} and {@code export}. Given the application class by
 * the entry point, so that the command line does not depend on it.
 */
final class SpringContexts {

    /** H2's code for a database file another process holds open (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_FILE_IN_USE = 90020;

    private final Class<?> application;

    SpringContexts(Class<?> application) {
        this.application = application;
    }

    /** The web application; it runs on after this returns. */
    void serve(String... args) {
        new SpringApplicationBuilder(application).run(args);
    }

    /**
     * Logs go to stderr and only from WARN up, so that stdout carries nothing but the command's output; no demo
     * data (it belongs to the first start of the server). Given as arguments, these win over application.properties.
     * The embedded database's file is open to one process at a time: while the server holds it, the command fails
     * with one line, the reason followed by {@code instead}, what to do instead; Spring's own report of the failed
     * start is silenced for it, and logged here for any other failure.
     */
    ConfigurableApplicationContext withoutWeb(String instead) {
        try {
            return new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run("--jixiao.demo.enabled=false", "--jixiao.jobs.enabled=false", "--jixiao.log.target=System.err",
                            "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR",
                            "--logging.level.org.springframework.boot.SpringApplication=OFF",
                            "--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=OFF");
        } catch (RuntimeException e) {
            if (fileInUse(e)) {
                throw new BadInputException("数据库正由运行中的 jixiao 服务器使用，命令行不能同时打开：" + instead, e);
            }
            LoggerFactory.getLogger(SpringContexts.class).error("Application run failed", e);
            throw e;
        }
    }

    private static boolean fileInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
                return true;
            }
        }
        return false;
    }
}
