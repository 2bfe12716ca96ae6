package org.jixiao.cli;

import org.jixiao.JixiaoApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, for the commands that use the database. */
final class SpringContexts {

    private SpringContexts() {
    }

    /** Logs go to stderr and only from WARN up, so that stdout carries nothing but the command's output. */
    static ConfigurableApplicationContext withoutWeb() {
        return new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("jixiao.demo.enabled=false", "jixiao.log.target=System.err", "logging.level.root=WARN")
                .run();
    }
}
