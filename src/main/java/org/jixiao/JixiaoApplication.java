package org.jixiao;

import org.jixiao.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * jixiao (绩效): budget performance management for budget units and the finance bureau they report to.
 * The jar's entry point is the command line; {@code serve}, its default, starts this application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoApplication {

    public static void main(String[] args) {
        Cli.main(JixiaoApplication.class, args);
    }
}
