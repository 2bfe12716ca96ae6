package org.jixiao.cli;

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
     */
    ConfigurableApplicationContext withoutWeb() {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--jixiao.demo.enabled=false", "--jixiao.jobs.enabled=false", "--jixiao.log.target=System.err", "--logging.level.root=WARN",
                        "--logging.level.org.flywaydb=ERROR");
    }
}
